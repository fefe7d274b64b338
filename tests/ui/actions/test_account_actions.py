"""The Accounts tab against Pebble: contacts, key rollover, register again, deactivate,
remove, add an existing account from its key file; context menu and Delete key."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.crypto.keys import key_to_pem
from app.services.container import Services
from tests.support.acme_env import new_account
from tests.support.pebble import Pebble
from tests.ui.actions.conftest import accept_confirm, confirm_box, open_window, reload
from tests.ui.conftest import MakeCtx
from ui.dialogs.contacts_dialog import ContactsDialog
from ui.dialogs.recover_account_dialog import RecoverAccountDialog

pytestmark = [pytest.mark.gui, pytest.mark.pebble]


def test_account_lifecycle_from_the_accounts_tab(qtbot: QtBot, pebble: Pebble,
                                                 pebble_services: Services,
                                                 make_ctx: MakeCtx, tmp_path: Path) -> None:
    account = new_account(pebble_services, pebble)
    window = open_window(qtbot, make_ctx(pebble_services, inline=True))
    actions = window.account_actions
    view = window.accounts_view
    window.tabs.setCurrentWidget(view)
    assert not actions.contacts_action.isEnabled()
    view.table.selectRow(0)
    assert actions.contacts_action.isEnabled() and actions.remove_action.isEnabled()
    menu_texts = [a.text() for a in view.context_menu().actions() if a.text()]
    assert actions.rollover_action.text() in menu_texts
    assert actions.recover_action.text() in menu_texts

    # Double-click (activation) edits the contacts.
    view.row_activated.emit(view.selected())
    dialog = window.findChild(ContactsDialog)
    assert dialog is not None
    dialog.emails.setText("ops@example.com, second@example.com")
    dialog.save_button.click()
    reload(qtbot, window)
    assert pebble_services.accounts.get(account.id).contacts == ("ops@example.com",
                                                                  "second@example.com")

    view.table.selectRow(0)
    old_key = pebble_services.accounts.get(account.id).key_secret_id
    actions.rollover_action.trigger()
    accept_confirm(qtbot)
    reload(qtbot, window)
    assert pebble_services.accounts.get(account.id).key_secret_id != old_key

    view.table.selectRow(0)
    actions.reregister_action.trigger()
    assert "terms of service" in accept_confirm(qtbot)
    reload(qtbot, window)
    assert pebble_services.accounts.get(account.id).status == "valid"

    # Remove locally with the Delete key, then add it back from its key file.
    key_file = tmp_path / "account.pem"
    key_file.write_bytes(key_to_pem(pebble_services.accounts.account_key(
        pebble_services.accounts.get(account.id))))
    view.table.selectRow(0)
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_Delete)
    assert "stays at the CA" in accept_confirm(qtbot)
    reload(qtbot, window)
    assert pebble_services.accounts.list() == []

    actions.recover_action.trigger()
    recover = window.findChild(RecoverAccountDialog)
    assert recover is not None
    assert not recover.add_button.isEnabled()
    recover.ca.setCurrentIndex(recover.ca.count() - 1)  # "Other CA"
    recover.url.setText(pebble.directory)
    recover.key_file.set_path(str(key_file))
    recover.ca_bundle.set_path(str(pebble.ca_bundle))
    assert recover.add_button.isEnabled()
    recover.add_button.click()
    reload(qtbot, window)
    [back] = pebble_services.accounts.list()
    assert back.uri == account.uri

    view.table.selectRow(0)
    actions.deactivate_action.trigger()
    assert "cannot be undone" in accept_confirm(qtbot)
    reload(qtbot, window)
    assert pebble_services.accounts.get(back.id).status == "deactivated"
    view.table.selectRow(0)
    assert not actions.contacts_action.isEnabled()


def test_cancel_in_a_confirmation_changes_nothing(qtbot: QtBot, pebble: Pebble,
                                                  pebble_services: Services,
                                                  make_ctx: MakeCtx) -> None:
    new_account(pebble_services, pebble)
    window = open_window(qtbot, make_ctx(pebble_services, inline=True))
    window.tabs.setCurrentWidget(window.accounts_view)
    window.accounts_view.table.selectRow(0)
    window.account_actions.remove_action.trigger()
    box = confirm_box(qtbot)
    assert box.defaultButton() is not None
    box.defaultButton().click()  # Cancel is the default for destructive actions
    reload(qtbot, window)
    assert len(pebble_services.accounts.list()) == 1
