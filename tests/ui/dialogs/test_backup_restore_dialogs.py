"""Backup from one home, restore into a second empty home; refusal for a non-empty home."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services.container import Services, build_services
from app.services.preferences import PreferencesService
from app.services.targets import TargetSpec
from app.storage.store import Store
from tests.support.local_ca import LocalCA
from tests.ui.conftest import MakeCtx
from ui.dialogs.backup_dialog import BackupDialog
from ui.dialogs.restore_dialog import RestoreDialog
from ui.views.passphrase_fields import passphrase_strength

pytestmark = pytest.mark.gui

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Services]:
    services = build_services(Store.open(tmp_path / "other-home"))
    yield services
    services.close()


def fill(services: Services, tmp_path: Path) -> str:
    ca = LocalCA("Backup")
    leaf = ca.issue(("backup.test",))
    cert = services.inventory.import_certificate(leaf.cert_pem + ca.chain_pem,
                                               key_data=leaf.key_pem, label="Backed up")
    services.targets.add_target(cert.id, TargetSpec(folder=str(tmp_path / "deploy"),
                                                  formats=("pfx",), password="pfx-pw"))
    return str(cert.id)


def test_backup_then_restore_into_an_empty_home(qtbot: QtBot, tmp_path: Path,
                                                services: Services, other: Services,
                                                make_ctx: MakeCtx) -> None:
    cert_id = fill(services, tmp_path)
    out = tmp_path / "certdesk.certdesk-backup"
    backup = BackupDialog(make_ctx(services))  # the threaded runner
    qtbot.addWidget(backup)
    backup.show()
    assert not backup.backup_button.isEnabled()
    backup.path.setText(str(out))
    backup.passphrase.first.setText("short")
    assert not backup.backup_button.isEnabled()
    assert "Too short" in backup.passphrase.hint.text()
    backup.passphrase.first.setText(PASSPHRASE)
    backup.passphrase.second.setText(PASSPHRASE + "x")
    assert not backup.backup_button.isEnabled()
    assert "differ" in backup.passphrase.hint.text()
    backup.passphrase.second.setText(PASSPHRASE)
    assert backup.backup_button.isEnabled()
    assert backup.passphrase.meter.value() == 4
    with qtbot.waitSignal(backup.backed_up, timeout=20000) as blocker:
        backup.backup_button.click()
        assert backup.progress.isVisible()  # shown until the worker's result is delivered
        assert not backup.backup_button.isEnabled()
    assert not backup.progress.isVisible()
    assert blocker.args[0].certificates == 1 and blocker.args[0].targets == 1
    assert "written" in backup.status.text() and str(out) in backup.status.text()
    assert out.exists() and b"backup.test" not in out.read_bytes()
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600

    restore = RestoreDialog(make_ctx(other, inline=True))
    qtbot.addWidget(restore)
    restore.show()
    assert restore.empty is True and "empty" in restore.where.text()
    restore.path.setText(str(out))
    restore.passphrase.setText("not the passphrase")
    restore.restore_button.click()
    assert "passphrase is wrong" in restore.status.text()
    assert other.certificates.list() == []
    restore.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(restore.restored, timeout=20000):
        restore.restore_button.click()
    assert "was restored" in restore.status.text()
    assert not restore.restore_button.isEnabled()
    [cert] = other.certificates.list()
    assert (cert.id, cert.label) == (cert_id, "Backed up")
    assert other.inventory.material(cert.id).key is not None
    [target] = other.targets.list_targets(cert.id)
    assert target.has_password and other.targets.run_target(target.id).ok


def test_restore_explains_a_non_empty_home(qtbot: QtBot, tmp_path: Path, services: Services,
                                           make_ctx: MakeCtx) -> None:
    fill(services, tmp_path)
    dialog = RestoreDialog(make_ctx(services, inline=True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty is False
    text = dialog.where.text()
    assert "already holds 1 certificate(s)" in text and "certdesk --home" in text
    dialog.path.setText(str(tmp_path / "any.certdesk-backup"))
    dialog.passphrase.setText(PASSPHRASE)
    assert not dialog.restore_button.isEnabled()


def test_restore_shows_the_services_refusal(qtbot: QtBot, tmp_path: Path, services: Services,
                                            other: Services, make_ctx: MakeCtx) -> None:
    fill(services, tmp_path)
    out = tmp_path / "b.certdesk-backup"
    services.backup.backup(out, PASSPHRASE)
    # Only a changed setting: no certificates or accounts, but not empty for the service.
    PreferencesService(other.store).set("reminder_days", [20])
    dialog = RestoreDialog(make_ctx(other, inline=True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(out))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.start()
    assert "already holds data" in dialog.status.text()
    assert other.certificates.list() == []


def test_backup_does_not_overwrite_a_typed_path(qtbot: QtBot, tmp_path: Path,
                                                services: Services, make_ctx: MakeCtx) -> None:
    out = tmp_path / "exists.certdesk-backup"
    out.write_bytes(b"old")
    dialog = BackupDialog(make_ctx(services, inline=True))
    qtbot.addWidget(dialog)
    dialog.path.setText(str(out))
    dialog.passphrase.first.setText(PASSPHRASE)
    dialog.passphrase.second.setText(PASSPHRASE)
    dialog.start()
    assert "Not overwriting" in dialog.status.text() and out.read_bytes() == b"old"
    assert dialog.backup_button.isEnabled()  # can try again with another name


@pytest.mark.parametrize(("text", "score"), [
    ("abc", 0), ("password", 1), ("kitten12", 1), ("Kitten12!x", 2),
    ("blue kitten river", 3), (PASSPHRASE, 4), ("aaaaaaaaaaaaaaaaaaaaaaaa", 1)])
def test_passphrase_strength(text: str, score: int) -> None:
    assert passphrase_strength(text).score == score
