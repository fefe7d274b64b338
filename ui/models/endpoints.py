"""Endpoints (host:port) that should serve a certificate, with their last check."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from app.services.monitoring import Endpoint
from ui.models.certificate_rows import Expiry
from ui.models.dates import local_time
from ui.models.table import Column, RowTableModel
from ui.theme import expiry_color


def _tr(text: str) -> str:
    return QCoreApplication.translate("EndpointModel", text)


# Worst first (as app.endpoints.compare.STATUSES); None: never checked.
_ORDER = ("unreachable", "mismatch", "expired", "stale", "expiring", "unknown", "ok")


def status_text(status: str | None) -> str:
    return {
        None: _tr("Not checked yet"), "ok": _tr("OK"), "stale": _tr("Old certificate"),
        "expiring": _tr("Expiring"), "expired": _tr("Expired"),
        "mismatch": _tr("Wrong certificate"), "unreachable": _tr("Unreachable"),
        "unknown": _tr("Not issued by certdesk"),
    }.get(status, status or "")


def is_warning(status: str | None) -> bool:
    return status is not None and status != "ok"


def status_color(status: str | None) -> QColor:
    if status is None:
        return expiry_color(Expiry.NONE)
    if status == "ok":
        return expiry_color(Expiry.OK)
    # As the attention list: an expired certificate is critical, every other warning is one.
    return expiry_color(Expiry.EXPIRED if status == "expired" else Expiry.SOON)


def _date(value: dt.datetime | None) -> str:
    return local_time(value)


class EndpointTableModel(RowTableModel[Endpoint]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(_tr("Address"), lambda e: e.address),
            Column(_tr("Server name (SNI)"), lambda e: e.server_name or _tr("(the host)")),
            Column(_tr("Status"), lambda e: status_text(e.status),
                   sort=lambda e: _ORDER.index(e.status) if e.status in _ORDER else -1,
                   color=lambda e: status_color(e.status)),
            Column(_tr("Last checked"), lambda e: _date(e.checked_at),
                   sort=lambda e: e.checked_at.timestamp() if e.checked_at else 0.0),
            Column(_tr("Details"), lambda e: e.message or "", tooltip=lambda e: e.message or ""),
        ], parent)
