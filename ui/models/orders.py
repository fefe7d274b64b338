"""Pending (resumable) orders table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from ui.models.certificate_rows import display_name
from ui.models.table import Column, RowTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrderModel", text)


def state_text(state: str) -> str:
    return {
        "created": _tr("Prepared"), "submitted": _tr("Sent to the CA"),
        "validating": _tr("Validating"), "awaiting-user": _tr("Waiting for you"),
        "finalizing": _tr("Finalizing"), "downloading": _tr("Downloading"),
        "completed": _tr("Completed"), "failed": _tr("Failed"), "cancelled": _tr("Cancelled"),
    }.get(state, state)


class OrderTableModel(RowTableModel[Any]):
    """Rows are app.domain.OrderRecord objects."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(_tr("Names"), lambda o: ", ".join(display_name(n) for n in o.identifiers)),
            Column(_tr("Kind"), lambda o: _tr("Renewal") if o.kind == "renew" else _tr("New")),
            Column(_tr("State"), lambda o: state_text(o.state), tooltip=lambda o: o.error or ""),
            Column(_tr("Updated"), lambda o: o.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                   sort=lambda o: o.updated_at.timestamp()),
            Column(_tr("Problem"), lambda o: o.error or ""),
        ], parent)
