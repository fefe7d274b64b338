"""After a restore, the dialog lists the commands the backup brought back; they run only once
the user allows them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services.container import Services, build_services
from app.services.targets import TargetSpec
from app.storage.store import Store
from tests.support.local_ca import LocalCA
from tests.ui.conftest import MakeCtx
from ui.dialogs.restore_dialog import RestoreDialog

pytestmark = pytest.mark.gui

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Services]:
    services = build_services(Store.open(tmp_path / "other-home"))
    yield services
    services.close()


def test_restored_commands_are_shown_and_allowed(qtbot: QtBot, tmp_path: Path,
                                                 services: Services, other: Services,
                                                 make_ctx: MakeCtx) -> None:
    ca = LocalCA("Commands")
    leaf = ca.issue(("commands.test",))
    cert = services.inventory.import_certificate(leaf.cert_pem + ca.chain_pem,
                                               key_data=leaf.key_pem)
    services.targets.add_target(cert.id, TargetSpec(folder=str(tmp_path / "deploy"),
                                                  formats=("pem",),
                                                  command="systemctl reload planted"))
    out = tmp_path / "b.certdesk-backup"
    services.backup.backup(out, PASSPHRASE)

    dialog = RestoreDialog(make_ctx(other, inline=True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.commands.isVisible()
    dialog.path.setText(str(out))
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.restored, timeout=20000):
        dialog.restore_button.click()
    assert dialog.commands.isVisible()
    assert "systemctl reload planted" in dialog.commands.listing.text()
    [target] = other.targets.list_targets(cert.id)
    held = other.targets.run_target(target.id)
    assert not held.ok and "not run" in held.message
    with qtbot.waitSignal(dialog.commands.confirmed, timeout=20000):
        dialog.commands.allow.click()
    assert other.backup.awaiting_commands() == []
    assert "allowed" in dialog.commands.listing.text()

    again = RestoreDialog(make_ctx(other, inline=True))  # nothing waits any more
    qtbot.addWidget(again)
    again.show()
    assert not again.commands.isVisible()
