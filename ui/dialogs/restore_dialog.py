"""Restore an encrypted backup into this (empty) data folder.

A backup only goes into an empty data folder, so nothing is overwritten or mixed; the dialog
checks first and says what to do when this one already holds certificates or accounts.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.dialogs.backup_dialog import SUFFIX, summary_text
from ui.errors import show_error
from ui.tasks import Lane
from ui.views.job_status import busy_bar, cancel_becomes_close, show_failure, status_label
from ui.views.markup import escape
from ui.views.restored_commands import RestoredCommandsPanel


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def new_home_example() -> str:
    folder = "%USERPROFILE%\\certdesk-restored" if sys.platform == "win32" \
        else "~/certdesk-restored"
    return f"certdesk --home {folder}"


class RestoreDialog(QDialog):
    checked = Signal(bool)  # whether this data folder is empty
    restored = Signal(object)  # BackupSummary

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.backup
        self.home = str(ctx.preferences.locations().home)
        self.empty: bool | None = None
        self.summary: Any = None
        title = _tr("Restore a backup")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("restoreDialog")
        self.setMinimumWidth(580)
        intro = QLabel(_tr("Brings back everything a certdesk backup holds: accounts, "
                           "certificates, keys, settings, DNS credentials and export targets. "
                           "A backup is only restored into an empty data folder, so nothing "
                           "is overwritten or mixed."))
        intro.setWordWrap(True)
        self.where = QLabel(_tr("Checking the data folder {home}…").format(home=self.home))
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.RichText)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setAccessibleName(_tr("Data folder"))
        self.path = QLineEdit()
        self.path.setAccessibleName(_tr("Backup file"))
        self.path.setPlaceholderText(_tr("the backup file to restore"))
        self.browse = QPushButton(_tr("&Browse…"))
        self.browse.setAccessibleName(_tr("Choose the backup file"))
        self.browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(_tr("Passphrase"))
        self.passphrase.setPlaceholderText(_tr("the passphrase chosen for the backup"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        file_label = QLabel(_tr("Backup &file:"))
        file_label.setBuddy(self.path)
        pass_label = QLabel(_tr("Pass&phrase:"))
        pass_label.setBuddy(self.passphrase)
        form.addRow(file_label, row)
        form.addRow(pass_label, self.passphrase)
        self.progress = busy_bar()
        self.status = status_label()
        self.commands = RestoredCommandsPanel(ctx)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(_tr("&Restore"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setAccessibleName(_tr("Restore"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.where)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.commands)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.path.textChanged.connect(self._sync)
        self.passphrase.textChanged.connect(self._sync)
        self.passphrase.returnPressed.connect(self.start)
        self._sync()
        self._check_home()

    # -- the data folder ------------------------------------------------------------------
    def _check_home(self) -> None:
        services = self.ctx.services

        def count(_c: object) -> tuple[int, int]:
            return len(services.certificates.list()), len(services.accounts.list())

        self.ctx.tasks.run(count, on_success=self._on_counted,
                           on_failure=lambda exc: show_error(self, exc), lane=Lane.STORE,
                           owner=self, name="restore check")

    def _on_counted(self, counts: tuple[int, int]) -> None:
        certificates, accounts = counts
        self.empty = not certificates and not accounts
        home = escape(self.home)
        if self.empty:
            self.where.setText(_tr("This data folder is empty, so the backup can be restored "
                                   "here:<br><tt>{home}</tt>").format(home=home))
        else:
            self.where.setText(_tr(
                "<b>This data folder already holds {certificates} certificate(s) and "
                "{accounts} account(s)</b>, so a backup cannot be restored into it:<br>"
                "<tt>{home}</tt><br><br>To restore, start certdesk with a new, empty data "
                "folder, then choose File ▸ Restore… there:<br><tt>{command}</tt><br><br>"
                "To replace this data instead: back it up first, quit certdesk and move the "
                "folder away.").format(certificates=certificates, accounts=accounts,
                                       home=home, command=escape(new_home_example())))
            self.where.setFrameShape(QFrame.Shape.StyledPanel)
            self.where.setMargin(8)
        for widget in (self.path, self.passphrase, self.browse):
            widget.setEnabled(self.empty)
        self._sync()
        if not self.empty:  # restored earlier: commands may still wait for the user
            self.commands.load()
        self.checked.emit(self.empty)

    # -- input ----------------------------------------------------------------------------
    def _sync(self, *_args: object) -> None:
        busy = self.progress.isVisible()
        ready = bool(self.path.text().strip() and self.passphrase.text())
        self.restore_button.setEnabled(ready and self.empty is not False and not busy
                                       and self.summary is None)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, _tr("Choose the backup"), self.path.text() or str(Path.home()),
            _tr("certdesk backups (*{suffix});;All files (*)").format(suffix=SUFFIX))
        if path:
            self.path.setText(path)
            self.passphrase.setFocus()

    # -- restoring ------------------------------------------------------------------------
    def start(self) -> None:
        if not self.restore_button.isEnabled():
            return
        service, path, passphrase = self.service, self.path.text().strip(), \
            self.passphrase.text()
        self.progress.setVisible(True)
        self._sync()
        self.status.setText(escape(_tr("Decrypting and restoring…")))
        self.ctx.tasks.run(lambda _c: service.restore(path, passphrase),
                           on_success=self._on_done, on_failure=self._on_failed,
                           lane=Lane.STORE, owner=self, name="restore")

    def _on_done(self, summary: Any) -> None:
        self.summary = summary
        self.progress.setVisible(False)
        self._sync()
        created = summary.created_at[:16].replace("T", " ")
        self.status.setText(
            "<b>" + escape(_tr("The backup of {created} was restored.").format(
                created=created)) + "</b><br>" + escape(summary_text(summary)) + ".")
        self.where.setText(_tr("Restored into <tt>{home}</tt>.").format(
            home=escape(self.home)))
        cancel_becomes_close(self.buttons)
        self.commands.load()
        self.restored.emit(summary)

    def _on_failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self._sync()
        show_failure(self, self.status, exc)
