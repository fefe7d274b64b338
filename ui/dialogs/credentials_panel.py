"""DNS provider credentials: the saved sets, and a form generated from a provider's fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.errors import show_error
from ui.views.row_keys import RowKeys


def _tr(text: str) -> str:
    return QCoreApplication.translate("CredentialsPanel", text)


class CredentialsPanel(QWidget):
    saved = Signal(str)
    tested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.creds = ctx.services.dns_credentials
        self.providers: list[Any] = []  # loaded on a worker: the catalog imports a lot
        self.list = QListWidget()
        self.list.setAccessibleName(_tr("Saved DNS credentials"))
        self.test_button = QPushButton(_tr("&Test credentials"))
        self.test_button.setAccessibleName(_tr("Test the selected credentials"))
        self.test_button.clicked.connect(self._on_test_clicked)
        self.remove_button = QPushButton(_tr("&Remove"))
        self.remove_button.setAccessibleName(_tr("Remove the selected credentials"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.row_keys = RowKeys(self.list, [self.test_button, self.remove_button],
                                delete=self.remove_button, activate=self.test_button)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        add = QGroupBox(_tr("Add credentials"))
        self.add_form = QFormLayout(add)
        self.name = QLineEdit()
        self.name.setAccessibleName(_tr("Credentials name"))
        self.name.setPlaceholderText(_tr("e.g. cloudflare-main"))
        self.provider = QComboBox()
        self.provider.setAccessibleName(_tr("DNS provider"))
        self.add_form.addRow(_tr("&Name:"), self.name)
        self.add_form.addRow(_tr("&Provider:"), self.provider)
        self.field_box = QWidget()
        self.fields = QFormLayout(self.field_box)
        self.add_form.addRow(self.field_box)
        self.save_button = QPushButton(_tr("&Save credentials"))
        self.save_button.setAccessibleName(_tr("Save credentials"))
        self.save_button.clicked.connect(self._on_save_clicked)
        self.add_form.addRow("", self.save_button)
        self.inputs: dict[str, QLineEdit] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("Saved credentials (values are stored encrypted):")))
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(add)
        self.provider.currentIndexChanged.connect(self._on_provider_current_index_changed)
        self.save_button.setEnabled(False)
        self.reload()
        creds = self.creds
        ctx.tasks.run(lambda _c: creds.providers(), on_success=self._on_providers_loaded,
                      on_failure=lambda exc: show_error(self, exc), owner=self,
                      name="dns providers")

    def _on_providers_loaded(self, providers: list[Any]) -> None:
        self.providers = list(providers)
        self.provider.blockSignals(True)
        for info in self.providers:
            self.provider.addItem(info.title + ("" if info.available else
                                                f" ({info.note or _tr('unavailable')})"),
                                  info.name)
        self.provider.blockSignals(False)
        self.save_button.setEnabled(bool(self.providers))
        self._on_provider_current_index_changed(self.provider.currentIndex())

    def reload(self) -> None:
        creds = self.creds
        self.ctx.tasks.run(lambda _c: creds.saved(), on_success=self._on_loaded,
                           on_failure=lambda exc: show_error(self, exc), owner=self,
                           name="credentials")

    def _on_loaded(self, saved: list[Any]) -> None:
        self.list.clear()
        for summary in saved:
            self.list.addItem(f"{summary.name} — {summary.provider}")
            self.list.item(self.list.count() - 1).setData(0x0100, summary.name)
        has = self.list.count() > 0
        self.test_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _on_provider_current_index_changed(self, index: int) -> None:
        while self.fields.rowCount():
            self.fields.removeRow(0)
        self.inputs.clear()
        if not self.providers:
            return
        info = self.providers[max(index, 0)]
        for spec in info.fields:
            edit = QLineEdit(spec.default)
            edit.setAccessibleName(spec.label)
            if spec.secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            if spec.help:
                edit.setToolTip(spec.help)
            edit.setPlaceholderText(_tr("required") if spec.required else _tr("optional"))
            self.fields.addRow(spec.label + ":", edit)
            self.inputs[spec.name] = edit

    def selected_name(self) -> str | None:
        item = self.list.currentItem() or (self.list.item(0) if self.list.count() else None)
        return None if item is None else str(item.data(0x0100))

    def _on_save_clicked(self) -> None:
        creds, name = self.creds, self.name.text().strip()
        provider = str(self.provider.currentData())
        values = {k: e.text().strip() for k, e in self.inputs.items()}
        self.ctx.tasks.run(lambda _c: creds.add(name, provider, values),
                           on_success=lambda s: self._on_saved(s.name),
                           on_failure=lambda exc: show_error(self, exc), owner=self,
                           name="save credentials")

    def _on_saved(self, name: str) -> None:
        self.name.clear()
        for edit in self.inputs.values():
            edit.clear()
        self.saved.emit(name)
        self.reload()

    def _on_test_clicked(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        creds = self.creds
        self.ctx.tasks.run(lambda _c: creds.test(name), on_success=self._on_tested,
                           on_failure=lambda exc: show_error(self, exc), owner=self,
                           name="test credentials")

    def _on_tested(self, text: str) -> None:
        self.tested.emit(text)
        box = QMessageBox(QMessageBox.Icon.Information, _tr("DNS credentials"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.open()

    def _on_remove_clicked(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        creds = self.creds
        self.ctx.tasks.run(lambda _c: creds.remove(name), on_success=lambda _r: self.reload(),
                           on_failure=lambda exc: show_error(self, exc), owner=self,
                           name="remove credentials")
