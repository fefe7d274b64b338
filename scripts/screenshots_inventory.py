"""Screens of the inventory dialogs (import, export targets, backup, restore), for
scripts/screenshots.py.

Called from screenshots.main() with the demo context (filled store) and the empty one;
runs no commands and touches nothing outside the scratch folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

Save = Callable[[QWidget, Path, str], None]


def render(ctx: Any, empty: Any, window: Any, out: Path, tmp: Path, save: Save,
           demo_chain: Callable[..., tuple[str, str]], demo_ca: Callable[[], Any]) -> None:
    from app.services.targets import COMMAND_PRESETS, TargetSpec
    from ui.dialogs.backup_dialog import BackupDialog
    from ui.dialogs.import_dialog import ImportDialog
    from ui.dialogs.restore_dialog import RestoreDialog
    from ui.dialogs.target_editor import TargetEditor
    from ui.dialogs.targets_dialog import TargetsDialog

    # Import: a certificate and its key dropped together, previewed.
    drop = tmp / "Downloads"
    drop.mkdir(exist_ok=True)
    pem, key = demo_chain(["intranet.example.com", "wiki.intranet.example.com"], 212, 397,
                          demo_ca())
    (drop / "intranet.example.com.crt").write_text(pem)
    (drop / "intranet.example.com.key").write_text(key)
    dialog = ImportDialog(ctx, window, files=[str(drop / "intranet.example.com.crt"),
                                              str(drop / "intranet.example.com.key")])
    dialog.show()
    dialog.adjustSize()
    save(dialog, out, "import-dialog")
    dialog.reject()

    # Export targets: nginx (PEM) that ran, IIS (PFX compat) with the Windows preset.
    cert = next(c for c in ctx.services.certificates.list() if c.label == "www.example.com")
    targets = ctx.services.targets
    srv = tmp / "srv" / "www.example.com"
    srv.mkdir(parents=True, exist_ok=True)
    nginx = targets.add_target(cert.id, TargetSpec(folder=str(srv), formats=("pem",)))
    result = targets.run_target(nginx.id)  # before it gets a command: nothing is run
    targets.update_target(nginx.id, TargetSpec(folder=str(srv), formats=("pem",),
                                               command=COMMAND_PRESETS[0].command))
    iis = targets.add_target(cert.id, TargetSpec(
        folder=str(tmp / "iis-share"), formats=("pfx-compat",), password="demo-password",
        friendly_name="www.example.com (2026)", command=COMMAND_PRESETS[2].command))
    targets_dialog = TargetsDialog(ctx, cert, window)
    targets_dialog.show()
    targets_dialog.table.selectRow(0)
    targets_dialog.show_results([result])
    save(targets_dialog, out, "targets-dialog")

    editor = TargetEditor(ctx, cert, targets.get(iis.id), targets_dialog)
    editor.show()
    editor.format_boxes["pfx-compat"].setChecked(False)
    editor.format_boxes["pfx-compat"].setChecked(True)  # shows why pfx-compat exists
    editor.adjustSize()
    save(editor, out, "target-editor")
    editor.reject()
    targets_dialog.reject()

    # Backup: filled in, a strong passphrase.
    backup = BackupDialog(ctx, window)
    backup.path.setText(f"/home/admin/certdesk-{dt.date.today().isoformat()}.certdesk-backup")
    backup.passphrase.first.setText("correct horse battery staple")
    backup.passphrase.second.setText("correct horse battery staple")
    backup.show()
    backup.adjustSize()
    save(backup, out, "backup-dialog")
    backup.reject()

    # Restore: into an empty data folder, and the explanation when it is not empty.
    restore = RestoreDialog(empty, window)
    restore.path.setText("/media/usb/certdesk-2026-05-01.certdesk-backup")
    restore.passphrase.setText("correct horse battery staple")
    restore.show()
    restore.adjustSize()
    save(restore, out, "restore-dialog")
    restore.reject()
    refused = RestoreDialog(ctx, window)
    refused.show()
    refused.adjustSize()
    save(refused, out, "restore-dialog-not-empty")
    refused.reject()
