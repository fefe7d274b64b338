"""A private CA: its TLS is trusted through the CA bundle chosen in the account dialog."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.services.container import Services
from tests.support.pebble import Pebble
from tests.ui.conftest import MakeCtx
from ui.dialogs.account_dialog import AccountDialog

pytestmark = [pytest.mark.gui, pytest.mark.pebble]


def test_ca_bundle_field_for_a_private_ca(qtbot: QtBot, pebble: Pebble, services: Services,
                                          make_ctx: MakeCtx) -> None:
    dialog = AccountDialog(make_ctx(services), initial="custom")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ca_bundle.isVisible()
    dialog.url.setText(pebble.directory)
    with qtbot.waitSignal(dialog.directory_checked, timeout=20000) as refused:
        dialog.url.editingFinished.emit()
    assert isinstance(refused.args[0] if refused.args else None, Exception)
    assert "CA bundle" in dialog.status.text()
    dialog.ca_bundle.set_path(str(pebble.ca_bundle))
    with qtbot.waitSignal(dialog.directory_checked, timeout=20000) as checked:
        dialog.ca_bundle.edit.editingFinished.emit()
    assert checked.args is not None and not isinstance(checked.args[0], Exception)
    dialog.emails.setText("admin@example.com")
    dialog.tos.setChecked(True)
    with qtbot.waitSignal(dialog.account_created, timeout=30000) as created:
        dialog.create_button.click()
    account = created.args[0] if created.args else None
    assert account is not None and account.ca_bundle == str(pebble.ca_bundle.resolve())
    dialog.select_ca("letsencrypt")
    assert not dialog.ca_bundle.isVisible()
