"""Pending (resumable) orders table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from app.domain import OrderState
from ui.models.certificate_rows import display_name
from ui.models.dates import local_time
from ui.models.table import Column, RowTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrderModel", text)


def state_text(state: OrderState) -> str:
    return {
        OrderState.CREATED: _tr("Prepared"), OrderState.SUBMITTED: _tr("Sent to the CA"),
        OrderState.VALIDATING: _tr("Validating"), OrderState.AWAITING_USER: _tr("Waiting for you"),
        OrderState.FINALIZING: _tr("Finalizing"), OrderState.DOWNLOADING: _tr("Downloading"),
        OrderState.COMPLETED: _tr("Completed"), OrderState.FAILED: _tr("Failed"),
        OrderState.CANCELLED: _tr("Cancelled"),
    }.get(state, state)


class OrderTableModel(RowTableModel[Any]):
    """Rows are app.domain.OrderRecord objects."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(_tr("Names"), lambda o: ", ".join(display_name(n) for n in o.identifiers)),
            Column(_tr("Kind"), lambda o: _tr("Renewal") if o.kind == "renew" else _tr("New")),
            Column(_tr("State"), lambda o: state_text(o.state), tooltip=lambda o: o.error or ""),
            Column(_tr("Updated"), lambda o: local_time(o.updated_at),
                   sort=lambda o: o.updated_at.timestamp()),
            Column(_tr("Problem"), lambda o: o.error or ""),
        ], parent)
