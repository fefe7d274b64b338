"""Pending orders: Resume (continue where it stopped) and Cancel (give it up at the CA)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from app.domain import OrderRecord
from ui.context import AppContext
from ui.errors import show_error
from ui.tasks import Lane
from ui.theme import icon
from ui.views.confirm import confirm
from ui.views.table_view import FilteredTable


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrderActions", text)


class OrderActions(QObject):
    changed = Signal()
    status = Signal(str)
    resume_requested = Signal(object)  # OrderRecord: the window opens the wizard on it

    def __init__(self, ctx: AppContext, view: FilteredTable, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.view = view
        self.window = window
        self.resume_action = QAction(icon("renew"), _tr("&Resume"), self)
        self.resume_action.setToolTip(_tr("Continue the order where it stopped: certdesk shows "
                                          "what is still needed (e.g. DNS records) and asks "
                                          "the CA again"))
        self.resume_action.triggered.connect(self._on_resume_triggered)
        self.cancel_action = QAction(icon("revoke"), _tr("&Cancel order…"), self)
        self.cancel_action.setToolTip(_tr("Give the order up: its authorizations are released "
                                          "at the CA and temporary records or files removed"))
        self.cancel_action.triggered.connect(self._on_cancel_triggered)
        for action in (self.resume_action, self.cancel_action):
            action.setStatusTip(action.toolTip())
        view.set_actions([self.resume_action, self.cancel_action], delete=self.cancel_action,
                         buttons=[self.resume_action, self.cancel_action])
        self.hint = QLabel(_tr("Resume continues where the order stopped; Cancel gives it up "
                               "at the CA."))
        self.hint.setWordWrap(True)
        view.button_row.insertWidget(view.button_row.count() - 1, self.hint, 1)
        view.row_selected.connect(self._on_view_row_selected)
        self._on_view_row_selected(None)

    def selected(self) -> OrderRecord | None:
        row = self.view.selected()
        return row if isinstance(row, OrderRecord) else None

    def _on_view_row_selected(self, _row: object) -> None:
        has = self.selected() is not None
        self.resume_action.setEnabled(has)
        self.cancel_action.setEnabled(has)

    def _on_resume_triggered(self) -> None:
        order = self.selected()
        if order is not None:
            self.resume_requested.emit(order)

    def _on_cancel_triggered(self) -> None:
        order = self.selected()
        if order is None:
            return
        certificates, order_id = self.ctx.services.certificates, order.id
        confirm(self.window, _tr("Cancel the order"),
                _tr("Give up the order for {names}?").format(names=", ".join(order.identifiers)),
                _tr("certdesk tells the CA to release the order's pending authorizations and "
                    "removes the temporary DNS records or files it created. The order cannot "
                    "be resumed afterwards; a new certificate needs a new order."),
                _tr("C&ancel order"),
                lambda: self.ctx.tasks.run(lambda _c: certificates.cancel_order(order_id),
                                           on_success=self._on_cancelled,
                                           on_failure=self._on_failed, lane=Lane.NETWORK,
                                           owner=self, name="cancel order"))

    def _on_cancelled(self, result: object) -> None:
        text = _tr("Order cancelled.")
        problems = list(getattr(result, "problems", ()))
        if problems:
            text += " " + _tr("Not undone: {what}").format(what="; ".join(problems))
        self.status.emit(text)
        self.changed.emit()

    def _on_failed(self, exc: BaseException) -> None:
        show_error(self.window, exc)
        self.changed.emit()
