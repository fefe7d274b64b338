"""Deployment of one export target: the Windows preset run after it wrote its files (with a
dry run), and the endpoint that must serve the new certificate afterwards (with a check now).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.deploy_presets import PRESETS, PresetKey, StartTls, WindowsPreset
from app.services.deployments import (
    DeploymentInfo,
    DeploymentService,
    DryRun,
    VerificationResult,
)
from app.services.targets import ExportTarget
from ui.context import AppContext
from ui.errors import show_error
from ui.tasks import Lane, TaskControl

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeploymentDialog", text)


OptionField = QLineEdit | QComboBox | QCheckBox


class DeploymentDialog(QDialog):
    loaded = Signal(object)  # DeploymentInfo
    saved = Signal(object)  # DeploymentInfo
    dry_run_shown = Signal(object)  # DryRun
    checked = Signal(object)  # VerificationResult

    def __init__(self, ctx: AppContext, target: ExportTarget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target = target
        self.service: DeploymentService = ctx.services.deployments
        self.setWindowTitle(_tr("Deployment of {folder}").format(folder=target.folder))
        self.setObjectName("deploymentDialog")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(self._preset_box())
        layout.addWidget(self._verify_box())
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setAccessibleName(_tr("Dry run and check results"))
        self.output.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.output.setMaximumBlockCount(400)
        layout.addWidget(self.output, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.option_fields: dict[str, OptionField] = {}
        self._on_preset_changed()
        self._load()

    # -- building -----------------------------------------------------------------------------
    def _preset_box(self) -> QGroupBox:
        box = QGroupBox(_tr("After the files are written (Windows)"))
        form = QFormLayout(box)
        self.preset = QComboBox()
        self.preset.setAccessibleName(_tr("Deployment preset"))
        self.preset.addItem(_tr("Nothing more"), None)
        for p in PRESETS.values():
            self.preset.addItem(_tr(p.label), p.key.value)
        self.preset.currentIndexChanged.connect(self._on_preset_changed)
        form.addRow(_tr("&Preset:"), self.preset)
        self.options_box = QWidget()
        self.options_form = QFormLayout(self.options_box)
        self.options_form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.options_box)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setAccessibleName(_tr("What the preset changes"))
        form.addRow(self.about)
        self.dry_run_button = QPushButton(_tr("&Dry run"))
        self.dry_run_button.setAccessibleName(_tr("Show what the preset would change"))
        self.dry_run_button.clicked.connect(self._on_dry_run_clicked)
        form.addRow("", self.dry_run_button)
        return box

    def _verify_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Check that the new certificate is served"))
        form = QFormLayout(box)
        self.endpoint = QLineEdit()
        self.endpoint.setAccessibleName(_tr("Endpoint"))
        self.endpoint.setPlaceholderText(_tr("host:port, e.g. www.example.com:443 (empty: "
                                             "no check)"))
        self.sni = QLineEdit()
        self.sni.setAccessibleName(_tr("Server name (SNI)"))
        self.sni.setPlaceholderText(_tr("default: the host"))
        self.starttls = QComboBox()
        self.starttls.setAccessibleName(_tr("STARTTLS"))
        self.starttls.addItem(_tr("TLS from the start"), StartTls.NONE.value)
        self.starttls.addItem(_tr("SMTP STARTTLS (25, 587)"), StartTls.SMTP.value)
        self.starttls.addItem(_tr("IMAP STARTTLS (143)"), StartTls.IMAP.value)
        self.within = QSpinBox()
        self.within.setAccessibleName(_tr("Seconds the deploy may take"))
        self.within.setRange(1, 3600)
        self.within.setValue(60)
        self.within.setSuffix(_tr(" s"))
        row = QHBoxLayout()
        self.check_button = QPushButton(_tr("&Check now"))
        self.check_button.setAccessibleName(_tr("Check the endpoint now"))
        self.check_button.clicked.connect(self._on_check_clicked)
        row.addWidget(self.check_button)
        row.addStretch(1)
        form.addRow(_tr("&Endpoint:"), self.endpoint)
        form.addRow(_tr("&Server name:"), self.sni)
        form.addRow(_tr("S&TARTTLS:"), self.starttls)
        form.addRow(_tr("&Within:"), self.within)
        form.addRow("", row)
        return box

    def _current_preset(self) -> WindowsPreset | None:
        value = self.preset.currentData()
        return PRESETS[PresetKey(value)] if value else None

    def _on_preset_changed(self, *_args: object) -> None:
        while self.options_form.rowCount():
            self.options_form.removeRow(0)
        self.option_fields = {}
        p = self._current_preset()
        self.dry_run_button.setEnabled(p is not None)
        if p is None:
            self.about.setText(_tr("Only the files (and the target's command, if any)."))
            return
        for option in p.options:
            field: OptionField
            if option.flag:
                field = QCheckBox(_tr(option.description))
                field.setChecked(option.default == "1")
            elif option.choices:
                field = QComboBox()
                for choice in option.choices:
                    field.addItem(choice, choice)
                field.setCurrentIndex(max(field.findData(option.default), 0))
                field.setToolTip(_tr(option.description))
            else:
                field = QLineEdit(option.default)
                field.setPlaceholderText(_tr(option.description))
            field.setAccessibleName(option.key)
            self.option_fields[option.key] = field
            self.options_form.addRow(option.key + ":", field)
        self.about.setText(_tr("It will: {changes}.\n{elevation}").format(
            changes="; ".join(p.changes), elevation=p.elevation))

    def _options(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for key, field in self.option_fields.items():
            if isinstance(field, QCheckBox):
                values[key] = "1" if field.isChecked() else ""
            elif isinstance(field, QComboBox):
                values[key] = str(field.currentData())
            else:
                values[key] = field.text().strip()
        return values

    # -- loading ------------------------------------------------------------------------------
    def _load(self) -> None:
        service, target_id = self.service, self.target.id
        self.ctx.tasks.run(lambda _c: service.info(target_id), on_success=self._on_loaded,
                           on_failure=lambda exc: show_error(self, exc), lane=Lane.STORE,
                           owner=self, name="deployment info")

    def _on_loaded(self, info: DeploymentInfo) -> None:
        if info.preset is not None:
            self.preset.setCurrentIndex(max(self.preset.findData(info.preset.preset), 0))
            for key, value in info.preset.options.items():
                field = self.option_fields.get(key)
                if isinstance(field, QCheckBox):
                    field.setChecked(bool(value))
                elif isinstance(field, QComboBox):
                    field.setCurrentIndex(max(field.findData(value), 0))
                elif isinstance(field, QLineEdit):
                    field.setText(str(value))
        v = info.verification
        if v is not None:
            host = f"[{v.host}]" if ":" in v.host else v.host
            self.endpoint.setText(f"{host}:{v.port}")
            self.sni.setText(v.server_name)
            self.starttls.setCurrentIndex(max(self.starttls.findData(v.starttls), 0))
            self.within.setValue(v.within_seconds)
            if v.status:
                self.output.setPlainText(_tr("Last check: {status}: {message}").format(
                    status=v.status, message=v.message or ""))
        self.loaded.emit(info)

    # -- actions ------------------------------------------------------------------------------
    def _apply(self) -> Callable[[TaskControl], DeploymentInfo]:
        """On a worker: store the preset and the endpoint as the form shows them."""
        target_id = self.target.id
        p = self._current_preset()
        options = self._options()
        endpoint = self.endpoint.text().strip()
        sni = self.sni.text().strip()
        starttls = StartTls(self.starttls.currentData())
        within = self.within.value()

        def apply(_control: TaskControl) -> DeploymentInfo:
            if p is None:
                self.service.clear_preset(target_id)
            else:
                self.service.set_preset(target_id, p.key, options)
            if endpoint:
                self.service.set_verification(target_id, endpoint, server_name=sni,
                                              starttls=starttls, within_seconds=within)
            else:
                self.service.clear_verification(target_id)
            return self.service.info(target_id)

        return apply

    def _on_save_clicked(self) -> None:
        self.save_button.setEnabled(False)
        self.ctx.tasks.run(self._apply(), on_success=self._on_saved,
                           on_failure=self._on_save_failed, lane=Lane.STORE, owner=self,
                           name="save deployment")

    def _on_saved(self, info: DeploymentInfo) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(info)
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_error(self, exc)

    def _on_dry_run_clicked(self) -> None:
        """Save first (the dry run shows the stored settings), then ask for the dry run."""
        apply = self._apply()
        service, target_id = self.service, self.target.id

        def dry_run(control: TaskControl) -> DryRun:
            apply(control)
            return service.dry_run(target_id)

        self.dry_run_button.setEnabled(False)
        self.ctx.tasks.run(dry_run, on_success=self._on_dry_run,
                           on_failure=self._on_action_failed, owner=self, name="dry run")

    def _on_dry_run(self, report: DryRun) -> None:
        self.dry_run_button.setEnabled(True)
        lines = [_tr("Would run:"), report.invocation, "", _tr("Changes, in order:")]
        lines += [f"  - {c}" for c in report.preset.changes]
        lines += ["", report.script_output if report.script_output is not None else
                  _tr("The script's own dry run runs only on Windows.")]
        self.output.setPlainText("\n".join(lines))
        self.dry_run_shown.emit(report)

    def _on_check_clicked(self) -> None:
        apply = self._apply()
        service, target_id = self.service, self.target.id

        def check(control: TaskControl) -> VerificationResult:
            apply(control)
            return service.verify(target_id, cancel=control.cancel)

        self.check_button.setEnabled(False)
        self.output.setPlainText(_tr("Checking {endpoint}…").format(
            endpoint=self.endpoint.text().strip()))
        self.ctx.tasks.run(check, on_success=self._on_checked,
                           on_failure=self._on_action_failed, owner=self, name="check endpoint")

    def _on_checked(self, result: VerificationResult) -> None:
        self.check_button.setEnabled(True)
        self.output.setPlainText(result.message)
        self.checked.emit(result)

    def _on_action_failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.dry_run_button.setEnabled(self._current_preset() is not None)
        show_error(self, exc)
