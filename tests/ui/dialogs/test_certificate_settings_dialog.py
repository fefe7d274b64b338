"""The renewal settings of one certificate: method and automatic renewal."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from app.challenge_options import Http01Listener, Http01Webroot
from app.errors import InvalidInput
from app.services.container import Services
from app.wizard.methods import MethodKey
from tests.support.certificates import add_certificate
from tests.ui.conftest import MakeCtx
from ui.dialogs.certificate_settings_dialog import CertificateSettingsDialog

pytestmark = pytest.mark.gui


def test_a_value_the_method_refuses_is_shown_and_nothing_saved(
        qtbot: QtBot, services: Services, make_ctx: MakeCtx,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("ui.dialogs.certificate_settings_dialog.show_error",
                        lambda parent, exc: shown.append(exc))
    cert = add_certificate(services.store, not_before=dt.datetime.now(dt.UTC), days=90,
                           options=Http01Listener(port=8080))
    dialog = CertificateSettingsDialog(make_ctx(services, inline=True), cert)
    qtbot.addWidget(dialog)
    dialog.method.setCurrentIndex(dialog.method.findData(MethodKey.HTTP_WEBROOT.value))
    dialog.save_button.click()  # no document root given
    assert len(shown) == 1 and isinstance(shown[0], InvalidInput)
    assert "webroot" in shown[0].message
    assert services.certificates.get(cert.id).validation.default.options == Http01Listener(
        port=8080)

    assert dialog.form is not None
    dialog.form.set_value("webroot", "/srv/www")
    with qtbot.waitSignal(dialog.settings_saved, timeout=5000):
        dialog.save_button.click()
    assert services.certificates.get(cert.id).validation.default.options == Http01Webroot(
        webroot="/srv/www")
