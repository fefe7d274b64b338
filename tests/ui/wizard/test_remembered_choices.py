"""The wizard opens with last time's listener address and port, resolvers and method per
name."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.services.container import Services
from app.wizard.flow import Page
from app.wizard.memory import SETTING
from app.wizard.methods import MethodKey
from tests.ui.conftest import MakeCtx
from ui.wizard.new_certificate import NewCertificateWizard

pytestmark = pytest.mark.gui


def test_choices_come_back(qtbot: QtBot, services: Services, make_ctx: MakeCtx) -> None:
    ctx = make_ctx(services, inline=True)
    services.store.settings.set(SETTING, {
        "values": {"http-listener": {"address": "127.0.0.1", "port": 8080},
                   "dns-manual": {"resolvers": ["192.0.2.53:53"]}},
        "methods": {"*.example.com": "dns-manual", ".example.com": "http-listener"}})
    wizard = NewCertificateWizard(ctx, [])
    qtbot.addWidget(wizard)
    wizard.flow.set_names("www.example.com\n*.example.com")
    wizard.setStartId(int(Page.VALIDATION))
    wizard.show()
    page = wizard.validation_page
    assert wizard.flow.method_for("www.example.com") is MethodKey.HTTP_LISTENER
    assert wizard.flow.method_for("*.example.com") is MethodKey.DNS_MANUAL
    http = page.form_for(MethodKey.HTTP_LISTENER).values()
    assert (http["address"], http["port"]) == ("127.0.0.1", 8080)
    assert page.form_for(MethodKey.DNS_MANUAL).values()["resolvers"] == "192.0.2.53:53"
    assert "port 8080" in page.form_for(MethodKey.HTTP_LISTENER).description.text()
    wizard.reject()
