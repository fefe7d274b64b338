"""The account dialog driven end to end against a real Pebble."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.services.container import Services
from tests.support.pebble import EAB_KEYS, Pebble
from tests.support.ports import free_port
from tests.ui.conftest import MakeCtx
from ui.dialogs.account_dialog import AccountDialog
from ui.tasks import TaskRunner

pytestmark = [pytest.mark.gui, pytest.mark.pebble]


def _open(qtbot: QtBot, ctx: object) -> AccountDialog:
    dialog = AccountDialog(ctx, initial="custom")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _check_directory(qtbot: QtBot, dialog: AccountDialog, url: str) -> None:
    dialog.url.setText(url)
    with qtbot.waitSignal(dialog.directory_checked, timeout=20000):
        dialog.url.editingFinished.emit()


def test_register_at_pebble(qtbot: QtBot, pebble: Pebble, pebble_services: Services,
                            make_ctx: MakeCtx) -> None:
    dialog = _open(qtbot, make_ctx(pebble_services))
    assert dialog.url.isVisible() and not dialog.eab.isHidden()  # custom CA: EAB offered
    _check_directory(qtbot, dialog, pebble.directory)
    assert dialog.eab.isHidden()  # Pebble's directory says EAB is not required
    # Pebble's terms of service are shown, and nobody agrees to them for the user.
    terms = "data:text/plain,Do%20what%20thou%20wilt"
    assert not dialog.tos.isHidden() and terms in dialog.tos_link.text()
    dialog.emails.setText("admin@example, x")
    assert not dialog.create_button.isEnabled()
    dialog.emails.setText("admin@example.com")
    assert not dialog.create_button.isEnabled()
    assert "terms of service" in dialog.status.text()
    assert dialog.form.request_fields()["agree_tos"] is False
    dialog.tos.setChecked(True)
    assert dialog.create_button.isEnabled(), dialog.status.text()
    with qtbot.waitSignal(dialog.account_created, timeout=30000) as blocker:
        dialog.create_button.click()
    account = blocker.args[0]
    assert [a.id for a in pebble_services.accounts.list()] == [account.id]
    assert account.contacts == ("admin@example.com",)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_unreachable_ca_says_so(qtbot: QtBot, pebble_services: Services,
                                make_ctx: MakeCtx) -> None:
    dialog = _open(qtbot, make_ctx(pebble_services))
    _check_directory(qtbot, dialog, f"https://127.0.0.1:{free_port()}/dir")
    assert dialog.status.text().startswith("Connection refused")
    assert not dialog.tos.isVisible()
    assert dialog.form.request_fields()["agree_tos"] is False  # terms unknown: not agreed
    # The cause stays while other fields are edited, and Create stays disabled ...
    dialog.emails.setText("admin@example.com")
    assert dialog.status.text().startswith("Connection refused")
    assert not dialog.create_button.isEnabled()
    # It can be asked again (network back, CA bundle fixed) ...
    assert dialog.check_again.isVisible()
    with qtbot.waitSignal(dialog.directory_checked, timeout=20000):
        dialog.check_again.click()
    assert dialog.status.text().startswith("Connection refused")
    # ... and it is forgotten when the URL changes.
    dialog.url.textEdited.emit("https://127.0.0.1:1/other")
    assert not dialog.check_again.isVisible()
    assert not dialog.status.text().startswith("Connection refused")


def test_enter_means_create(qtbot: QtBot, pebble: Pebble, pebble_services: Services,
                            make_ctx: MakeCtx) -> None:
    dialog = _open(qtbot, make_ctx(pebble_services))
    assert dialog.create_button.isDefault()
    dialog.emails.setFocus()
    with qtbot.assertNotEmitted(dialog.rejected):  # nothing to create yet: stays open
        QTest.keyClick(dialog.emails, Qt.Key.Key_Return)
    assert dialog.isVisible()
    _check_directory(qtbot, dialog, pebble.directory)
    dialog.tos.setChecked(True)
    dialog.emails.setText("admin@example.com")
    with qtbot.waitSignal(dialog.account_created, timeout=30000):
        QTest.keyClick(dialog.emails, Qt.Key.Key_Return)


def test_bad_input_blocks_create(qtbot: QtBot, services: Services, make_ctx: MakeCtx) -> None:
    dialog = _open(qtbot, make_ctx(services, inline=True))
    dialog.url.setText("ftp://nope")
    assert not dialog.create_button.isEnabled()
    assert "directory URL" in dialog.status.text()
    dialog.url.setText("https://127.0.0.1:1/dir")
    dialog.emails.setText("not-an-address")
    assert "not an e-mail address" in dialog.status.text()


def test_eab_required_by_the_ca(qtbot: QtBot, pebble_factory: object, home: object,
                                make_ctx: MakeCtx) -> None:
    from app.services.bootstrap import open_services

    server = pebble_factory(config={  # type: ignore[operator]
        "externalAccountBindingRequired": True, "externalAccountMACKeys": EAB_KEYS})
    services = open_services(home, ca_bundle=str(server.ca_bundle))  # type: ignore[arg-type]
    dialog = _open(qtbot, make_ctx(services))
    _check_directory(qtbot, dialog, server.directory)
    assert not dialog.eab.isHidden()  # offered for custom CAs
    # The directory says EAB is required: Create waits for the key ID and HMAC key.
    dialog.tos.setChecked(True)
    assert not dialog.create_button.isEnabled()
    assert "EAB" in dialog.status.text()
    assert dialog.created is None and services.accounts.list() == []
    dialog.eab_kid.setText("kid-1")
    assert not dialog.create_button.isEnabled()  # both or neither
    dialog.eab_hmac.setText(EAB_KEYS["kid-1"])
    with qtbot.waitSignal(dialog.account_created, timeout=30000):
        dialog.create_button.click()
    assert [a.eab_kid for a in services.accounts.list()] == ["kid-1"]
    services.close()


def test_a_late_answer_about_the_previous_ca_is_ignored(qtbot: QtBot, pebble: Pebble,
                                                       pebble_services: Services,
                                                       make_ctx: MakeCtx) -> None:
    """The dialog opens on a public CA and asks it at once (refused here: loopback only);
    the admin picks "Other CA" before the answer comes. That answer is about the public CA:
    neither its error nor its terms may appear for the CA the admin is typing in."""
    ctx = make_ctx(pebble_services)
    runner = ctx.tasks
    assert isinstance(runner, TaskRunner)
    dialog = AccountDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.choice.custom
    dialog.select_ca("custom")  # before the public CA's answer is delivered
    qtbot.waitUntil(lambda: runner.active == 0, timeout=20000)  # ... now it was
    assert dialog.status.text().startswith("Enter the CA's directory URL"), dialog.status.text()
    assert not dialog.check_again.isVisible() and not dialog.busy.isVisible()
    _check_directory(qtbot, dialog, pebble.directory)
    assert not dialog.tos.isHidden() and "data:text/plain" in dialog.tos_link.text()
