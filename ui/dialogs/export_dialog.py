"""Export a certificate: pick a format (explained), a destination and, for PFX, a password."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
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
from ui.errors import describe, show_error
from ui.views.markup import escape


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


class ExportDialog(QDialog):
    exported = Signal(list)  # written paths

    def __init__(self, ctx: AppContext, cert: Any, parent: QWidget | None = None, *,
                 fmt: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cert = cert
        self.inventory = ctx.services.inventory
        self._exporting = False
        self.setWindowTitle(_tr("Export {label}").format(label=cert.label))
        self.setObjectName("exportDialog")
        self.setMinimumWidth(520)
        self.format = QComboBox()
        self.format.setAccessibleName(_tr("Format"))
        self.infos = list(self.inventory.formats())
        for info in self.infos:
            self.format.addItem(info.label, info.format.value)
        if fmt:
            self.format.setCurrentIndex(max(self.format.findData(fmt), 0))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setAccessibleName(_tr("Destination"))
        browse = QPushButton(_tr("&Browse…"))
        browse.setAccessibleName(_tr("Choose the destination"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(_tr("Password"))
        self.password_label = QLabel(_tr("&Password:"))
        self.password_label.setBuddy(self.password)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(_tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(_tr("&Format:"), self.format)
        form.addRow("", self.description)
        save_label = QLabel(_tr("&Save to:"))
        save_label.setBuddy(self.path)
        form.addRow(save_label, row)
        form.addRow(self.password_label, self.password)
        form.addRow(self.status)
        form.addRow(self.buttons)
        # Every field re-checks what is missing, the password as much as the path.
        self.format.currentIndexChanged.connect(self._sync)
        self.path.textChanged.connect(self._sync)
        self.password.textChanged.connect(self._sync)
        self._sync()

    def _grow_to_fit(self) -> None:
        """A longer description (the 3DES one) makes the dialog taller instead of being cut
        at top and bottom: a top-level layout does not grow for wrapped text by itself."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.isVisible():
            need = layout.totalHeightForWidth(self.width())
            if need > self.height():
                self.resize(self.width(), need)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._grow_to_fit()

    @property
    def info(self) -> Any:
        return self.infos[max(self.format.currentIndex(), 0)]

    def _sync(self, *_args: object) -> None:
        info = self.info
        self.description.setText(info.description)
        self._grow_to_fit()
        needs_password = info.password != "none"
        self.password.setVisible(needs_password)
        self.password_label.setVisible(needs_password)
        self.password.setPlaceholderText(_tr("required") if info.password == "required"
                                         else _tr("optional"))
        missing = self.missing()
        self.export_button.setEnabled(not missing and not self._exporting)
        if not self._exporting:
            self.status.setText(missing)

    def missing(self) -> str:
        """What still keeps Export disabled, in words ("" when nothing)."""
        info = self.info
        if not self.path.text().strip():
            return (_tr("Choose the folder to export into.") if info.folder
                    else _tr("Choose where to save the file."))
        if info.password == "required" and not self.password.text():
            return _tr("Enter a password to protect the exported key.")
        return ""

    def _on_browse_clicked(self) -> None:
        info = self.info
        if info.folder:
            path = QFileDialog.getExistingDirectory(self, _tr("Export into folder"))
        else:
            path, _ = QFileDialog.getSaveFileName(self, _tr("Export as"),
                                                  self.cert.label + info.suffix)
        if path:
            self.path.setText(path)

    def _on_buttons_accepted(self) -> None:
        inventory, cert_id = self.inventory, self.cert.id
        fmt, out = self.info.format, self.path.text().strip()
        password = self.password.text() or None
        self._exporting = True
        self.export_button.setEnabled(False)
        self.status.setText(_tr("Exporting…"))
        self.ctx.tasks.run(lambda _c: inventory.export(cert_id, fmt, out, password=password),
                           on_success=self._on_exported, on_failure=self._on_failed,
                           owner=self, name="export")

    def _on_exported(self, result: Any) -> None:
        paths = [str(f.path) for f in result.files]
        self.exported.emit(paths)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._exporting = False
        self._sync()
        report = describe(exc)  # shown once: here, and in the error box only for a bug
        self.status.setText(f"<b>{escape(report.summary)}</b> {escape(report.hint)}")
        if report.bug:
            show_error(self, exc)
