"""A file path with a Browse… button (CA bundle, account key file, ...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileField", text)


class FileField(QWidget):
    changed = Signal(str)

    def __init__(self, name: str, caption: str, file_filter: str,
                 parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self._caption = caption
        self._filter = file_filter
        self.edit = QLineEdit()
        self.edit.setAccessibleName(name)
        self.edit.setPlaceholderText(placeholder)
        self.edit.textChanged.connect(self.changed)
        self.browse = QPushButton(_tr("Browse…"))
        self.browse.setAccessibleName(_tr("Choose a file for {name}").format(name=name))
        self.browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)
        self.setFocusProxy(self.edit)

    def path(self) -> str:
        return self.edit.text().strip()

    def set_path(self, path: str) -> None:
        self.edit.setText(path)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self._caption, self.path(), self._filter)
        if path:
            self.edit.setText(path)
