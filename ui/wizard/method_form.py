"""A form generated from a validation method's FieldSpecs (and a provider's fields)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.wizard.methods import FieldSpec, MethodInfo


def _tr(text: str) -> str:
    return QCoreApplication.translate("MethodForm", text)


class MethodForm(QWidget):
    """Edits the option values of one method; `changed` fires on every edit."""

    changed = Signal()
    test_requested = Signal(str)  # credential set name

    def __init__(self, info: MethodInfo, credential_names: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.inputs: dict[str, QWidget] = {}
        layout = QFormLayout(self)
        self.description = QLabel()
        self.description.setWordWrap(True)
        layout.addRow(self.description)
        for spec in info.fields:
            widget = self._input(spec, credential_names)
            self.inputs[spec.key] = widget
            label = QLabel(_tr(spec.label) + ":")
            label.setBuddy(widget)
            widget.setAccessibleName(_tr(spec.label))
            if spec.help:
                widget.setToolTip(_tr(spec.help))
            layout.addRow(label, self._wrap(spec, widget))
        self.changed.connect(self._on_changed_describe)
        self._on_changed_describe()

    def _on_changed_describe(self) -> None:
        """The description follows the values (e.g. the port the listener uses)."""
        translated = MethodInfo(self.info.key, self.info.label, _tr(self.info.description),
                                self.info.challenge, self.info.mode, self.info.manual,
                                self.info.fields)
        self.description.setText(translated.describe(self.values()))

    def _input(self, spec: FieldSpec, credential_names: Sequence[str]) -> QWidget:
        if spec.kind == "int":
            box = QSpinBox()
            box.setRange(1, 65535)
            box.setValue(int(spec.default or 80))
            box.valueChanged.connect(self.changed)
            return box
        if spec.kind == "credentials":
            combo = QComboBox()
            combo.addItems(list(credential_names))
            combo.setPlaceholderText(_tr("Add credentials in Settings → DNS credentials"))
            combo.currentIndexChanged.connect(self.changed)
            return combo
        edit = QLineEdit()
        edit.setPlaceholderText(_tr(spec.placeholder) if spec.placeholder else "")
        if spec.default is not None:
            edit.setText(str(spec.default))
        if spec.kind == "secret":
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.textChanged.connect(self.changed)
        return edit

    def _wrap(self, spec: FieldSpec, widget: QWidget) -> QWidget:
        if spec.kind not in ("path", "credentials"):
            return widget
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget, 1)
        if spec.kind == "path":
            button = QPushButton(_tr("Browse…"))
            button.setAccessibleName(_tr("Choose a folder for {label}").format(label=spec.label))
            button.clicked.connect(lambda: self._browse(widget))
        else:
            button = QPushButton(_tr("&Test credentials"))
            button.setAccessibleName(_tr("Test the DNS credentials"))
            button.clicked.connect(lambda: self.test_requested.emit(self.values().get(
                "credentials", "")))
        box.addWidget(button)
        return row

    def _browse(self, widget: QWidget) -> None:
        path = QFileDialog.getExistingDirectory(self, _tr("Choose the document root"))
        if path and isinstance(widget, QLineEdit):
            widget.setText(path)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QSpinBox):
                out[key] = widget.value()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentText()
            elif isinstance(widget, QLineEdit):
                out[key] = widget.text().strip()
        if self.info.mode == "provider":
            out.pop("provider", None)  # the provider is stored with the credentials
        return out

    def set_value(self, key: str, value: Any) -> None:
        widget = self.inputs[key]
        if isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findText(str(value)))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))
