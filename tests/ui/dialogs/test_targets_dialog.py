"""The export targets editor: add, edit, run now (files and permissions), remove."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.services.container import Services
from app.services.targets import COMMAND_PRESETS, TargetSpec
from tests.support.local_ca import LocalCA
from tests.ui.conftest import MakeCtx
from ui.dialogs.targets_dialog import TargetsDialog
from ui.models.targets import TargetTableModel

pytestmark = pytest.mark.gui

POSIX = os.name == "posix"


@pytest.fixture(scope="module")
def ca() -> LocalCA:
    return LocalCA("Targets")


def imported(services: Services, ca: LocalCA, *, with_key: bool = True) -> Any:
    leaf = ca.issue(("deploy.test",))
    inventory = services.inventory
    return inventory.import_certificate(leaf.cert_pem + ca.chain_pem,
                                        key_data=leaf.key_pem if with_key else None)


def open_dialog(qtbot: QtBot, ctx: object, cert: Any) -> TargetsDialog:
    dialog = TargetsDialog(ctx, cert)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_add_edit_and_run_a_target(qtbot: QtBot, tmp_path: Path, ca: LocalCA,
                                   services: Services, make_ctx: MakeCtx) -> None:
    cert = imported(services, ca)
    folder = tmp_path / "deploy"
    folder.mkdir()
    dialog = open_dialog(qtbot, make_ctx(services, inline=True), cert)
    assert dialog.model.rowCount() == 0 and not dialog.run_button.isEnabled()

    editor = dialog.add()
    assert editor.format_boxes["pem"].isChecked()
    assert not editor.save_button.isEnabled()  # no folder yet
    editor.folder.setText(str(folder))
    assert editor.save_button.isEnabled()
    assert not editor.password.isVisible()  # pem needs none
    editor.format_boxes["pfx"].setChecked(True)
    assert editor.password.isVisible() and editor.friendly_name.isVisible()
    assert "AES-256" in editor.format_help.text()
    assert not editor.save_button.isEnabled()  # PFX needs a password
    editor.password.setText("pfx-secret")
    editor.friendly_name.setText("Deploy cert")
    editor.command.setText('test -f privkey.pem && printf %s "$CERTDESK_PFX" > ran.txt')
    assert editor.preset.currentData() == "custom"
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save_button.click()
    [target] = services.targets.list_targets(cert.id)
    assert target.formats == ("pem", "pfx") and target.has_password
    assert target.friendly_name == "Deploy cert" and target.folder == str(folder)
    assert dialog.model.rowCount() == 1 and dialog.selected().id == target.id

    # Edit: the form comes back filled in; the saved password is kept when left empty.
    editor2 = dialog.edit_selected()
    assert editor2 is not None
    assert editor2.folder.text() == str(folder)
    assert editor2.format_boxes["pfx"].isChecked() and editor2.format_boxes["pem"].isChecked()
    assert "saved" in editor2.password.placeholderText()
    assert editor2.save_button.isEnabled()
    editor2.format_boxes["pfx-compat"].setChecked(True)
    assert "3DES" in editor2.format_help.text()  # why pfx-compat exists is explained
    with qtbot.waitSignal(editor2.saved, timeout=5000):
        editor2.save_button.click()
    target = services.targets.get(target.id)
    assert target.formats == ("pem", "pfx", "pfx-compat") and target.has_password

    # Run now: the files are written (keys owner-only), the command ran, the result shows.
    with qtbot.waitSignal(dialog.ran, timeout=10000) as blocker:
        dialog.run_button.click()
    [result] = blocker.args[0]
    assert result.ok, result.message
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["cert.pem", "chain.pem", "deploy.test-compat.pfx", "deploy.test.pfx",
                     "fullchain.pem", "privkey.pem", "ran.txt"]
    assert (folder / "ran.txt").read_text() == str(folder / "deploy.test.pfx")
    if POSIX:
        for private in ("privkey.pem", "deploy.test.pfx", "deploy.test-compat.pfx"):
            assert mode(folder / private) == 0o600, private
        assert mode(folder / "cert.pem") & 0o077 != 0o077  # not needlessly world-writable
    assert "Done" in dialog.outcome.text() and "privkey.pem" in dialog.outcome.text()
    assert dialog.model.index(0, 3).data().startswith("ok")


def test_run_on_a_worker_reports_a_failing_command(qtbot: QtBot, tmp_path: Path, ca: LocalCA,
                                                   services: Services,
                                                   make_ctx: MakeCtx) -> None:
    cert = imported(services, ca)
    services.targets.add_target(
        cert.id, TargetSpec(folder=str(tmp_path), formats=("der",), command="exit 3"))
    dialog = open_dialog(qtbot, make_ctx(services), cert)  # the threaded runner
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    with qtbot.waitSignal(dialog.ran, timeout=10000) as blocker:
        dialog.run_button.click()
    assert not blocker.args[0][0].ok
    assert "Failed" in dialog.outcome.text() and "code 3" in dialog.outcome.text()
    assert (tmp_path / "deploy.test.cer").exists()
    qtbot.waitUntil(lambda: dialog.model.index(0, 3).data().startswith("failed"), timeout=5000)


def test_presets_fill_the_command(qtbot: QtBot, ca: LocalCA, services: Services,
                                  make_ctx: MakeCtx) -> None:
    cert = imported(services, ca)
    dialog = open_dialog(qtbot, make_ctx(services, inline=True), cert)
    editor = dialog.add()
    assert editor.preset.currentData() == ""
    for preset in COMMAND_PRESETS:
        editor.preset.setCurrentIndex(editor.preset.findData(preset.key))
        assert editor.command.text() == preset.command
        assert editor.command_help.text() == preset.description
    editor.command.setText("systemctl reload nginx")
    assert editor.preset.currentData() == "nginx"
    editor.command.setText("my-deploy.sh")
    assert editor.preset.currentData() == "custom"
    editor.preset.setCurrentIndex(editor.preset.findData(""))
    assert editor.command.text() == ""


def test_without_a_key_the_key_formats_are_off(qtbot: QtBot, ca: LocalCA, services: Services,
                                               make_ctx: MakeCtx) -> None:
    cert = imported(services, ca, with_key=False)
    dialog = open_dialog(qtbot, make_ctx(services, inline=True), cert)
    editor = dialog.add()
    for name in ("pfx", "pfx-compat", "key"):
        assert not editor.format_boxes[name].isEnabled()
    assert editor.format_boxes["p7b"].isEnabled()


def test_remove_asks_first(qtbot: QtBot, tmp_path: Path, ca: LocalCA, services: Services,
                           make_ctx: MakeCtx) -> None:
    cert = imported(services, ca)
    targets = services.targets
    targets.add_target(cert.id, TargetSpec(folder=str(tmp_path), formats=("pem",)))
    dialog = open_dialog(qtbot, make_ctx(services, inline=True), cert)
    dialog.remove_selected()
    assert dialog.confirm_box is not None
    dialog.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(targets.list_targets(cert.id)) == 1
    dialog.remove_selected()
    assert dialog.confirm_box is not None
    dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert targets.list_targets(cert.id) == []
    assert dialog.model.rowCount() == 0 and not dialog.remove_button.isEnabled()


def test_target_model(qtmodeltester: ModelTester, tmp_path: Path, ca: LocalCA,
                      services: Services) -> None:
    cert = imported(services, ca)
    targets = services.targets
    targets.add_target(cert.id, TargetSpec(folder=str(tmp_path / "a"), formats=("pem",),
                                           command=COMMAND_PRESETS[0].command))
    second = targets.add_target(cert.id, TargetSpec(folder=str(tmp_path / "b"),
                                                    formats=("der", "p7b"), enabled=False))
    targets.run_target(second.id)
    model = TargetTableModel()
    model.set_rows(targets.list_targets(cert.id))
    qtmodeltester.check(model)
    texts = {model.index(r, 2).data() for r in range(2)}
    assert COMMAND_PRESETS[0].label in texts and "—" in texts
