"""Back up everything (accounts, certificates, keys, settings, credentials, targets) into one
file sealed with a passphrase; restorable on another machine (see restore_dialog)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.tasks import Lane
from ui.views.job_status import busy_bar, cancel_becomes_close, show_failure, status_label
from ui.views.markup import escape
from ui.views.passphrase_fields import PassphraseFields

SUFFIX = ".certdesk-backup"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("BackupDialog", text, None, n)


def summary_text(summary: Any) -> str:
    return _tr("{accounts}, {certificates} with {versions}, {targets} and {secrets}").format(
        accounts=_tr("%n account(s)", summary.accounts),
        certificates=_tr("%n certificate(s)", summary.certificates),
        versions=_tr("%n version(s)", summary.versions),
        targets=_tr("%n export target(s)", summary.targets),
        secrets=_tr("%n encrypted secret(s)", summary.secrets))


class BackupDialog(QDialog):
    backed_up = Signal(object)  # BackupSummary

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.backup
        self._confirmed_path = ""  # chosen in the save dialog, which asked about replacing
        title = _tr("Back up certdesk")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("backupDialog")
        self.setMinimumWidth(560)
        intro = QLabel(_tr("Saves everything into one file encrypted with a passphrase: ACME "
                           "accounts and their keys, certificates and their keys, settings, "
                           "DNS credentials and export targets. Restore it on this or another "
                           "computer with File ▸ Restore…"))
        intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setAccessibleName(_tr("Backup file"))
        self.path.setPlaceholderText(_tr("where to save the backup"))
        browse = QPushButton(_tr("&Browse…"))
        browse.setAccessibleName(_tr("Choose where to save the backup"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        path_label = QLabel(_tr("&Save to:"))
        path_label.setBuddy(self.path)
        form.addRow(path_label, row)
        self.passphrase = PassphraseFields(form, self)
        self.progress = busy_bar()  # encrypting takes a moment
        self.status = status_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.backup_button = self.buttons.addButton(_tr("&Back up"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.backup_button.setAccessibleName(_tr("Back up"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.path.textChanged.connect(self._sync)
        self.passphrase.changed.connect(self._sync)
        self.summary: Any = None
        self._sync()

    def _sync(self, *_args: object) -> None:
        if self.summary is not None or self.progress.isVisible():
            return
        problem = "" if self.path.text().strip() else _tr("Choose where to save the backup.")
        problem = problem or self.passphrase.problem()
        self.backup_button.setEnabled(not problem)

    def _on_browse_clicked(self) -> None:
        name = f"certdesk-{dt.date.today().isoformat()}{SUFFIX}"
        start = self.path.text() or str(Path.home() / name)
        path, _ = QFileDialog.getSaveFileName(
            self, _tr("Save the backup"), start,
            _tr("certdesk backups (*{suffix});;All files (*)").format(suffix=SUFFIX))
        if path:
            self._confirmed_path = path
            self.path.setText(path)

    def start(self) -> None:
        passphrase = self.passphrase.passphrase()
        out = self.path.text().strip()
        if passphrase is None or not out:
            return
        service, force = self.service, out == self._confirmed_path
        self._set_busy(True, _tr("Encrypting and writing the backup…"))
        self.ctx.tasks.run(lambda _c: service.backup(out, passphrase, force=force),
                           on_success=self._on_done, on_failure=self._on_failed,
                           lane=Lane.STORE, owner=self, name="backup")

    def _set_busy(self, busy: bool, text: str) -> None:
        self.progress.setVisible(busy)
        self.backup_button.setEnabled(not busy)
        self.status.setText(escape(text))

    def _on_done(self, summary: Any) -> None:
        self.summary = summary
        self.progress.setVisible(False)
        self.backup_button.setEnabled(False)
        self.status.setText(
            "<b>" + escape(_tr("The backup was written.")) + "</b><br>"
            + escape(summary.path) + "<br>" + escape(summary_text(summary)) + ".<br>"
            + escape(_tr("Keep the passphrase safe: without it the backup cannot be "
                              "restored.")))
        cancel_becomes_close(self.buttons)
        self.backed_up.emit(summary)

    def _on_failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        show_failure(self, self.status, exc)
        self._sync()
