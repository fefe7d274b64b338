"""Wizard wording: name errors in plain words without HTML entities, the HTTP help follows
the chosen port, a wildcard with HTTP-01 says it needs DNS."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.services.container import Services
from app.wizard.flow import NewCertificateFlow
from app.wizard.methods import MethodKey, method
from tests.ui.conftest import MakeCtx
from ui.wizard.method_form import MethodForm
from ui.wizard.names_page import NamesPage
from ui.wizard.validation_page import ValidationPage

pytestmark = pytest.mark.gui


def test_name_errors_read_plainly(qapp: object) -> None:
    page = NamesPage(NewCertificateFlow(account_ids=["a"]))
    page.edit.setPlainText("bad..name")
    text = page.feedback.text()
    assert "&#x27;" not in text and "'bad..name'" in text
    assert "two dots in a row" in text and "Empty Label" not in text


def test_http_help_follows_the_port(qapp: object) -> None:
    form = MethodForm(method(MethodKey.HTTP_LISTENER))
    assert "port 80 of this computer" in form.description.text()
    form.set_value("port", 8080)
    assert "port 8080 of this computer" in form.description.text()


def test_wildcard_with_http_says_it_needs_dns(qtbot: QtBot, services: Services,
                                              make_ctx: MakeCtx) -> None:
    flow = NewCertificateFlow(account_ids=["a"])
    page = ValidationPage(make_ctx(services, inline=True), flow)
    qtbot.addWidget(page)
    flow.set_names("www.example.com\n*.example.com")
    flow.set_method(MethodKey.HTTP_LISTENER)
    page.initializePage()
    combo = page.table.cellWidget(1, 1)
    assert isinstance(combo, QComboBox)
    assert combo.currentIndex() == -1
    assert "Wildcards need DNS" in combo.placeholderText()
    assert "only DNS validation" in page.problem.text()
