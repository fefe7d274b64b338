"""Certificate actions against Pebble: renewal settings, re-issue through the prefilled
wizard, remove with the Delete key; the certificate table's context menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.services.container import Services
from app.wizard.flow import Page
from app.wizard.memory import SETTING
from app.wizard.methods import MethodKey
from tests.support.acme_env import http_plan, issue, new_account
from tests.support.pebble import Pebble
from tests.ui.actions.conftest import accept_confirm, open_window, reload
from tests.ui.conftest import MakeCtx
from ui.dialogs.certificate_settings_dialog import CertificateSettingsDialog
from ui.wizard.new_certificate import NewCertificateWizard

pytestmark = [pytest.mark.gui, pytest.mark.pebble]


def test_settings_reissue_and_remove(qtbot: QtBot, pebble: Pebble, pebble_services: Services,
                                     make_ctx: MakeCtx) -> None:
    account = new_account(pebble_services, pebble)
    cert = issue(pebble_services, account, ["act.example.com"], http_plan(pebble))
    window = open_window(qtbot, make_ctx(pebble_services))
    actions = window.certificate_actions
    assert not actions.remove_action.isEnabled()
    window.inventory.table.selectRow(0)
    assert actions.settings_action.isEnabled() and actions.reissue_action.isEnabled()
    menu = [a.text() for a in window.inventory.context_menu().actions() if a.text()]
    for action in (window.renew_action, window.revoke_action, actions.settings_action,
                   actions.reissue_action, actions.remove_action):
        assert action.text() in menu

    actions.settings_action.trigger()
    dialog = window.findChild(CertificateSettingsDialog)
    assert dialog is not None
    assert dialog.form is not None and dialog.form.values()["port"] == pebble.http_port
    dialog.auto_renew.setChecked(False)
    dialog.method.setCurrentIndex(dialog.method.findData(MethodKey.DNS_MANUAL.value))
    with qtbot.waitSignal(dialog.settings_saved, timeout=10000):
        dialog.save_button.click()
    changed = pebble_services.certificates.get(cert.id)
    assert changed.auto_renew is False and changed.validation.default.method == "dns-01"
    assert changed.current_version_id == cert.current_version_id
    restored = http_plan(pebble)
    pebble_services.certificates.update_settings(cert.id, validation=restored,
                                                 auto_renew=True)
    # The reload the saved settings started may have read them before this change.
    reload(qtbot, window, until=lambda snap: snap.certificates[cert.id].auto_renew
           and snap.certificates[cert.id].validation == restored)

    window.inventory.table.selectRow(0)
    actions.reissue_action.trigger()
    wizard = window.findChild(NewCertificateWizard)
    assert wizard is not None
    assert wizard.names_page.edit.toPlainText() == "act.example.com"
    wizard.names_page.edit.setPlainText("act.example.com\nwww.act.example.com")
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == Page.VALIDATION
    form = wizard.validation_page.form_for(MethodKey.HTTP_LISTENER)
    assert form.values()["port"] == pebble.http_port  # prefilled from the certificate
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == Page.DONE, timeout=60000)
    [again] = pebble_services.certificates.list()
    assert again.id == cert.id and again.identifiers == ("act.example.com",
                                                         "www.act.example.com")
    memory = pebble_services.store.settings.get(SETTING)  # remembered for next time
    assert memory["methods"]["www.act.example.com"] == MethodKey.HTTP_LISTENER.value
    assert memory["values"]["http-listener"]["port"] == pebble.http_port
    wizard.done(0)
    reload(qtbot, window, until=lambda snap: snap.certificates[cert.id].identifiers
           == again.identifiers)

    window.tabs.setCurrentWidget(window.splitter)
    window.inventory.table.selectRow(0)
    window.inventory.table.setFocus()
    QTest.keyClick(window.inventory.table, Qt.Key.Key_Delete)
    assert "private keys" in accept_confirm(qtbot)
    qtbot.waitUntil(lambda: not pebble_services.certificates.list(), timeout=10000)
