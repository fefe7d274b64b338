"""Import certificates from files (PEM, DER, PFX, P7B): preview first, then store."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ui.context import AppContext
from ui.dialogs.export_dialog import inventory_of
from ui.errors import show_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.inventory = inventory_of(ctx)
        self.setWindowTitle(_tr("Import a certificate"))
        self.setObjectName("importDialog")
        self.setMinimumWidth(520)
        self.path = QLineEdit()
        self.path.setAccessibleName(_tr("File"))
        self.path.setPlaceholderText(_tr("PEM, DER, PFX/P12 or P7B file"))
        browse = QPushButton(_tr("&Browse…"))
        browse.setAccessibleName(_tr("Choose a file"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(_tr("Password (PFX)"))
        self.password.setPlaceholderText(_tr("only for protected PFX files"))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(_tr("Preview"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(_tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(_tr("&File:"), row)
        form.addRow(_tr("&Password:"), self.password)
        form.addRow(self.preview)
        form.addRow(self.buttons)
        self.path.editingFinished.connect(self._load_preview)
        self.password.editingFinished.connect(self._load_preview)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, _tr("Import a certificate"), "",
            _tr("Certificates (*.pem *.crt *.cer *.der *.pfx *.p12 *.p7b);;All files (*)"))
        if path:
            self.path.setText(path)
            self._load_preview()

    def _load_preview(self) -> None:
        path = self.path.text().strip()
        if not path:
            return
        inventory, password = self.inventory, self.password.text() or None
        self.ctx.tasks.run(lambda _c: inventory.preview(Path(path).read_bytes(),
                                                        password=password),
                           on_success=self._on_preview, on_failure=self._on_preview_failed,
                           owner=self, name="import preview")

    def _on_preview(self, preview: Any) -> None:
        text = _tr("<b>{label}</b><br>{names}").format(
            label=html.escape(preview.label), names=html.escape(", ".join(preview.identifiers)))
        if preview.duplicate_of:
            text += "<br>" + _tr("This certificate is already in certdesk.")
        self.preview.setText(text)
        self.import_button.setEnabled(not preview.duplicate_of)

    def _on_preview_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(False)
        self.preview.setText(html.escape(str(exc)))

    def _on_buttons_accepted(self) -> None:
        inventory, path = self.inventory, self.path.text().strip()
        password = self.password.text() or None
        self.import_button.setEnabled(False)
        self.ctx.tasks.run(lambda _c: inventory.import_file(path, password=password),
                           on_success=lambda _c: self.accept(),
                           on_failure=lambda exc: show_error(self, exc), owner=self,
                           name="import")
