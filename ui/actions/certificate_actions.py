"""Certificate actions beyond renew/export/revoke: renewal settings, re-issue with changes,
remove (with its keys); and the certificate table's context menu and Delete key."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.domain import AnyCertificate, CertificateState
from app.wizard.reissue import reissuable
from ui.actions.make import make_action
from ui.context import AppContext
from ui.errors import show_error
from ui.tasks import Lane
from ui.views.confirm import confirm
from ui.views.markup import escape
from ui.views.table_view import FilteredTable


def _tr(text: str) -> str:
    return QCoreApplication.translate("CertificateActions", text)


class CertificateActions(QObject):
    changed = Signal()
    status = Signal(str)
    reissue_requested = Signal(object)  # AnyCertificate: the window opens the wizard

    def __init__(self, ctx: AppContext, view: FilteredTable, window: QWidget,
                 selected: Callable[[], AnyCertificate | None],
                 others: Sequence[QAction | None]) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._selected = selected

        def make(text: str, icon_name: str, tip: str, slot: Callable[[], object]) -> QAction:
            return make_action(self, text, icon_name, tip, slot)

        self.settings_action = make(_tr("Renewal se&ttings…"), "settings",
                                    _tr("Validation method and automatic renewal of the "
                                        "selected certificate"), self._on_settings_triggered)
        self.reissue_action = make(_tr("Re-&issue…"), "new",
                                   _tr("Get the certificate again with other names or another "
                                       "key"), self._on_reissue_triggered)
        self.remove_action = make(_tr("Remo&ve…"), "quit",
                                  _tr("Delete the certificate and its keys from certdesk"),
                                  self._on_remove_triggered)
        view.set_actions([*others, None, self.settings_action, self.reissue_action, None,
                          self.remove_action], delete=self.remove_action)
        view.row_selected.connect(lambda _row: self.update_enabled())
        self.update_enabled()

    def update_enabled(self) -> None:
        cert = self._selected()
        acme = cert is not None and cert.source == "acme"
        self.settings_action.setEnabled(acme)
        self.reissue_action.setEnabled(cert is not None and reissuable(cert))
        self.remove_action.setEnabled(cert is not None)

    def _on_settings_triggered(self) -> None:
        cert = self._selected()
        if cert is None:
            return
        from ui.dialogs.certificate_settings_dialog import CertificateSettingsDialog

        dialog = CertificateSettingsDialog(self.ctx, cert, self.window)
        dialog.settings_saved.connect(lambda _c: self._on_done(_tr("Settings saved.")))
        dialog.open()

    def _on_reissue_triggered(self) -> None:
        cert = self._selected()
        if cert is not None:
            self.reissue_requested.emit(cert)

    def _on_remove_triggered(self) -> None:
        cert = self._selected()
        if cert is None:
            return
        certificates, cert_id = self.ctx.services.certificates, cert.id
        revoke_hint = (_tr(" It stays valid at the CA until it expires; revoke it first if "
                           "its key may be compromised.")
                       if cert.current is not None
                       and cert.status is not CertificateState.REVOKED else "")
        confirm(self.window, _tr("Remove the certificate"),
                _tr("Remove {label} and its private keys?").format(
                    label=escape(cert.label)),
                _tr("certdesk deletes the certificate, all its earlier versions and their "
                    "private keys, and stops renewing it. Files you exported stay where they "
                    "are. This cannot be undone.") + revoke_hint,
                _tr("&Remove"),
                lambda: self.ctx.tasks.run(lambda _c: certificates.remove(cert_id),
                                           on_success=lambda _r: self._on_done(
                                               _tr("The certificate was removed.")),
                                           on_failure=self._on_failed, lane=Lane.STORE,
                                           owner=self, name="remove certificate"))

    def _on_done(self, message: str) -> None:
        self.status.emit(message)
        self.changed.emit()

    def _on_failed(self, exc: BaseException) -> None:
        show_error(self.window, exc)
        self.changed.emit()
