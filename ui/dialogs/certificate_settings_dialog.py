"""Change how a certificate is renewed (validation method, automatic renewal) without
issuing it again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain import AnyCertificate, ManagedCertificate, ValidationPlan
from app.errors import InvalidInput
from app.services.identifiers import parse_identifiers
from app.wizard.methods import METHODS, MethodKey, method, method_of, to_challenge
from app.wizard.reissue import method_values
from ui.context import AppContext
from ui.errors import show_error
from ui.models.certificate_rows import display_name
from ui.views.markup import escape
from ui.wizard.method_form import MethodForm


def _tr(text: str) -> str:
    return QCoreApplication.translate("CertificateSettingsDialog", text)


class CertificateSettingsDialog(QDialog):
    settings_saved = Signal(object)  # ManagedCertificate

    def __init__(self, ctx: AppContext, cert: AnyCertificate,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cert = cert
        self.setObjectName("certificateSettingsDialog")
        self.setWindowTitle(_tr("Renewal settings of {label}").format(label=cert.label))
        intro = QLabel(_tr("These settings apply from the next renewal on; the current "
                           "certificate stays as it is. To change the names or the key, use "
                           "“Re-issue…”."))
        intro.setWordWrap(True)
        self.auto_renew = QCheckBox(_tr("Renew &automatically"))
        self.auto_renew.setAccessibleName(_tr("Renew automatically"))
        self.auto_renew.setChecked(cert.auto_renew)
        identifiers = parse_identifiers(list(cert.identifiers))
        self.method = QComboBox()
        self.method.setAccessibleName(_tr("Validation method"))
        for info in METHODS:
            if all(info.accepts(i) for i in identifiers):
                self.method.addItem(_tr(info.label), info.key.value)
        self._current = method_of(cert.validation.default)
        if self._current is not None:
            self.method.setCurrentIndex(self.method.findData(self._current.value))
        self.form_holder = QVBoxLayout()
        self.form: MethodForm | None = None
        overrides = [display_name(n) for n in cert.validation.per_name]
        self.note = QLabel(escape(_tr("These names keep their own method: {names}").format(
            names=", ".join(overrides))) if overrides else "")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(overrides))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.auto_renew)
        form.addRow(_tr("&Validation:"), self.method)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(self.form_holder)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.method.currentIndexChanged.connect(self._on_method_current_index_changed)
        self._on_method_current_index_changed(self.method.currentIndex())

    def method_key(self) -> MethodKey:
        return MethodKey(self.method.currentData())

    def _on_method_current_index_changed(self, _index: int) -> None:
        if self.form is not None:
            self.form_holder.removeWidget(self.form)
            self.form.deleteLater()
        key = self.method_key()
        saved = method_values(self.cert.validation.default) if key == self._current else {}
        credentials = [str(saved["credentials"])] if saved.get("credentials") else []
        self.form = MethodForm(method(key), credentials)
        if key == self._current:
            for name, value in method_values(self.cert.validation.default).items():
                if name in self.form.inputs:
                    self.form.set_value(name, " ".join(value) if isinstance(value, list)
                                        else value)
        self.form_holder.addWidget(self.form)

    def plan(self) -> ValidationPlan:
        assert self.form is not None
        config = to_challenge(method(self.method_key()), self.form.values())
        return ValidationPlan(config, dict(self.cert.validation.per_name))

    def _on_buttons_accepted(self) -> None:
        certificates, cert_id = self.ctx.services.certificates, self.cert.id
        try:
            plan = self.plan()
        except InvalidInput as exc:  # e.g. a blank webroot, a port out of range
            show_error(self, exc)
            return
        auto = self.auto_renew.isChecked()
        self.save_button.setEnabled(False)
        self.ctx.tasks.run(
            lambda _c: certificates.update_settings(cert_id, validation=plan, auto_renew=auto),
            on_success=self._on_saved, on_failure=self._on_failed, owner=self,
            name="certificate settings")

    def _on_saved(self, cert: ManagedCertificate) -> None:
        self.settings_saved.emit(cert)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_error(self, exc)
