"""Add or edit one export target: folder, formats (explained), password, command, name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.export_formats import FORMATS, ExportFormat
from app.services.inventory import safe_basename
from app.services.targets import COMMAND_PRESETS, TargetSpec
from ui.context import AppContext
from ui.errors import describe, show_error
from ui.tasks import Lane
from ui.views.markup import escape

CUSTOM = "custom"


def _tr(text: str) -> str:
    return QCoreApplication.translate("TargetEditor", text)


class TargetEditor(QDialog):
    saved = Signal(object)  # the stored export target

    def __init__(self, ctx: AppContext, cert: Any, target: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cert = cert
        self.target = target
        self.service = ctx.services.targets
        self.has_key = bool(cert.current and cert.current.key_secret_id)
        title = _tr("Edit export target") if target else _tr("Add an export target")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("targetEditor")
        self.setMinimumWidth(620)

        self.folder = QLineEdit(target.folder if target else "")
        self.folder.setAccessibleName(_tr("Folder"))
        self.folder.setPlaceholderText(_tr("where the files are written, e.g. /etc/nginx/certs"))
        browse = QPushButton(_tr("&Browse…"))
        browse.setAccessibleName(_tr("Choose the folder"))
        browse.clicked.connect(self._on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)

        self.format_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        chosen = set(target.formats) if target else {ExportFormat.PEM.value}
        for i, info in enumerate(FORMATS.values()):
            box = QCheckBox(info.label)
            box.setAccessibleName(info.label)
            box.setAccessibleDescription(info.description)
            box.setToolTip(info.description)
            box.setChecked(info.format.value in chosen)
            if info.needs_key and not self.has_key:
                box.setEnabled(False)
                box.setChecked(False)
                box.setToolTip(_tr("certdesk does not hold this certificate's private key."))
            box.toggled.connect(lambda on, i=info: self._on_format_toggled(i, on))
            grid.addWidget(box, i // 2, i % 2)
            self.format_boxes[info.format.value] = box
        self.format_help = QLabel()
        self.format_help.setWordWrap(True)
        self.format_help.setAccessibleName(_tr("About the format"))
        self.format_help.setMinimumHeight(self.format_help.fontMetrics().lineSpacing() * 3)

        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(_tr("Password"))
        self.forget_password = QCheckBox(_tr("Forget the saved password"))
        self.forget_password.setAccessibleName(_tr("Forget the saved password"))
        self.forget_password.setVisible(bool(target and target.has_password))
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.forget_password)
        self.friendly_name = QLineEdit(target.friendly_name or "" if target else "")
        self.friendly_name.setAccessibleName(_tr("Friendly name"))
        self.friendly_name.setPlaceholderText(cert.label)
        self.friendly_name.setToolTip(_tr("The name Windows and keystores show for the PFX."))
        self.basename = QLineEdit(target.basename if target else "")
        self.basename.setAccessibleName(_tr("File name"))
        self.basename.setPlaceholderText(safe_basename(cert.label))
        self.basename.setToolTip(_tr("The name of single-file exports, e.g. NAME.pfx; PEM "
                                     "files keep certbot's names."))

        self.preset = QComboBox()
        self.preset.setAccessibleName(_tr("Command preset"))
        self.preset.addItem(_tr("No command"), "")
        for preset in COMMAND_PRESETS:
            self.preset.addItem(preset.label, preset.key)
        self.preset.addItem(_tr("Custom command"), CUSTOM)
        self.command = QLineEdit(target.command or "" if target else "")
        self.command.setAccessibleName(_tr("Command"))
        self.command.setPlaceholderText(_tr("run in the folder after the files are written"))
        self.command_help = QLabel()
        self.command_help.setWordWrap(True)
        self.command_help.setAccessibleName(_tr("About the command"))
        self.timeout = QSpinBox()
        self.timeout.setRange(1, 3600)
        self.timeout.setSuffix(_tr(" s"))
        self.timeout.setValue(target.command_timeout if target else 120)
        self.timeout.setAccessibleName(_tr("Command time limit in seconds"))
        self.enabled = QCheckBox(_tr("Run again after every renewal"))
        self.enabled.setAccessibleName(_tr("Run again after every renewal"))
        self.enabled.setChecked(target.enabled if target else True)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(_tr("Status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(_tr("&Save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(_tr("Save"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._buddy(_tr("&Folder:"), self.folder), folder_row)
        formats_label = QLabel(_tr("Formats:"))
        formats_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        form.addRow(formats_label, grid)
        form.addRow("", self.format_help)
        self.password_label = self._buddy(_tr("&Password:"), self.password)
        form.addRow(self.password_label, password_row)
        self.friendly_label = self._buddy(_tr("Friendly &name:"), self.friendly_name)
        form.addRow(self.friendly_label, self.friendly_name)
        form.addRow(self._buddy(_tr("File na&me:"), self.basename), self.basename)
        form.addRow(self._buddy(_tr("&Then run:"), self.preset), self.preset)
        form.addRow(self._buddy(_tr("&Command:"), self.command), self.command)
        form.addRow("", self.command_help)
        form.addRow(self._buddy(_tr("T&ime limit:"), self.timeout), self.timeout)
        form.addRow("", self.enabled)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.preset.currentIndexChanged.connect(self._on_preset_changed)
        self.command.textChanged.connect(self._on_command_text_changed)
        for edit in (self.folder, self.password):
            edit.textChanged.connect(self._sync)
        self.forget_password.toggled.connect(self._sync)
        self._on_command_text_changed(self.command.text())
        self.command.setCursorPosition(0)
        self.format_help.setText(_tr("Point at a format to see what it is for. PEM suits "
                                     "nginx and Apache; PFX suits IIS and Windows."))
        self._sync()

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    # -- state ----------------------------------------------------------------------------
    def formats(self) -> tuple[str, ...]:
        return tuple(name for name, box in self.format_boxes.items() if box.isChecked())

    def _password_need(self) -> str:
        needs = {FORMATS[ExportFormat(f)].password for f in self.formats()}
        return "required" if "required" in needs else "optional" if "optional" in needs \
            else "none"

    def _sync(self, *_args: object) -> None:
        need = self._password_need()
        keeps = bool(self.target and self.target.has_password
                     and not self.forget_password.isChecked())
        self.form.setRowVisible(self.password_label, need != "none")
        if keeps:
            self.password.setPlaceholderText(_tr("saved; leave empty to keep it"))
        else:
            self.password.setPlaceholderText(_tr("required for PFX") if need == "required"
                                              else _tr("optional: encrypts the key file"))
        pfx = {"pfx", "pfx-compat"} & set(self.formats())
        self.form.setRowVisible(self.friendly_label, bool(pfx))
        problem = ""
        if not self.folder.text().strip():
            problem = _tr("Choose a folder.")
        elif not self.formats():
            problem = _tr("Choose at least one format.")
        elif need == "required" and not self.password.text() and not keeps:
            problem = _tr("PFX files need a password.")
        self.status.setText(problem)
        self.save_button.setEnabled(not problem)

    def _on_format_toggled(self, info: Any, on: bool) -> None:
        if on:
            self.format_help.setText(f"<b>{escape(info.label)}</b>: "
                                     f"{escape(info.description)}")
        self._sync()

    def _on_preset_changed(self, _index: int) -> None:
        key = self.preset.currentData()
        preset = next((p for p in COMMAND_PRESETS if p.key == key), None)
        if preset is not None:
            self.command.setText(preset.command)
            self.command.setCursorPosition(0)  # the start says what it is
        elif key == "":
            self.command.clear()
        self._show_command_help()

    def _on_command_text_changed(self, text: str) -> None:
        match = next((p for p in COMMAND_PRESETS if p.command == text.strip()), None)
        key = match.key if match else (CUSTOM if text.strip() else "")
        index = self.preset.findData(key)
        if index != self.preset.currentIndex():
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(index)
            self.preset.blockSignals(False)
        self._show_command_help()

    def _show_command_help(self) -> None:
        key = self.preset.currentData()
        preset = next((p for p in COMMAND_PRESETS if p.key == key), None)
        if preset is not None:
            text = preset.description
        elif key == CUSTOM:
            text = _tr("Runs in the target folder. It gets CERTDESK_CERT_ID, CERTDESK_FILES, "
                       "CERTDESK_PFX and CERTDESK_PASSWORD in its environment.")
        else:
            text = _tr("Optional: reload a server or import the certificate into a "
                       "certificate store after the files are written.")
        self.command_help.setText(text)

    def _on_browse_clicked(self) -> None:
        path = QFileDialog.getExistingDirectory(self, _tr("Export target folder"),
                                                self.folder.text())
        if path:
            self.folder.setText(path)

    def spec(self) -> TargetSpec:
        return TargetSpec(
            folder=self.folder.text().strip(), formats=self.formats(),
            password=self.password.text() or None,
            basename=self.basename.text().strip() or None,
            friendly_name=self.friendly_name.text().strip() or None,
            command=self.command.text().strip() or None,
            command_timeout=self.timeout.value(), enabled=self.enabled.isChecked(),
            clear_password=self.forget_password.isChecked() and not self.password.text())

    # -- saving ---------------------------------------------------------------------------
    def _on_buttons_accepted(self) -> None:
        service, spec, cert_id = self.service, self.spec(), self.cert.id
        target_id = self.target.id if self.target else None
        self.save_button.setEnabled(False)
        self.status.setText(_tr("Saving…"))

        def save(_c: object) -> Any:
            if target_id:
                return service.update_target(target_id, spec)
            return service.add_target(cert_id, spec)

        self.ctx.tasks.run(save, on_success=self._on_saved, on_failure=self._on_failed,
                           lane=Lane.STORE, owner=self, name="save target")

    def _on_saved(self, target: Any) -> None:
        self.saved.emit(target)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._sync()
        self.status.setText(describe(exc).summary)
        show_error(self, exc)
