"""Revoke a certificate at the CA, with a reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ui.context import AppContext
from ui.errors import show_error
from ui.views.markup import escape


def _tr(text: str) -> str:
    return QCoreApplication.translate("RevokeDialog", text)


REASONS = (("unspecified", "No particular reason"),
           ("keyCompromise", "The private key was exposed"),
           ("superseded", "Replaced by another certificate"),
           ("cessationOfOperation", "The site or service is gone"),
           ("affiliationChanged", "The names changed owner"))


class RevokeDialog(QDialog):
    def __init__(self, ctx: AppContext, cert: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cert = cert
        self.setWindowTitle(_tr("Revoke {label}").format(label=cert.label))
        self.setObjectName("revokeDialog")
        warning = QLabel(_tr("<b>Revoking cannot be undone.</b> Browsers stop trusting "
                             "{label} and servers using it show errors until they get a new "
                             "certificate.").format(label=escape(cert.label)))
        warning.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setAccessibleName(_tr("Reason"))
        for key, text in REASONS:
            self.reason.addItem(_tr(text), key)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.revoke_button = self.buttons.addButton(_tr("Revoke"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(warning)
        form.addRow(_tr("&Reason:"), self.reason)
        form.addRow(self.buttons)

    def _on_buttons_accepted(self) -> None:
        certificates, cert_id = self.ctx.services.certificates, self.cert.id
        reason = str(self.reason.currentData())
        self.revoke_button.setEnabled(False)
        self.ctx.tasks.run(lambda _c: certificates.revoke(cert_id, reason),
                           on_success=lambda _r: self.accept(), on_failure=self._on_failed,
                           owner=self, name="revoke")

    def _on_failed(self, exc: BaseException) -> None:
        self.revoke_button.setEnabled(True)
        show_error(self, exc)
