"""What needs the admin, worst first: rows from MonitoringService.attention()."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from app.services.monitoring import AttentionItem, HealthState
from ui.models.certificate_rows import Expiry
from ui.models.dates import local_time
from ui.models.table import Column, RowTableModel
from ui.theme import expiry_color


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttentionModel", text)


def kind_text(kind: str) -> str:
    return {
        "expired": _tr("Expired"), "expiring": _tr("Expiring"),
        "renewal_failed": _tr("Renewal failed"), "manual_action": _tr("Needs you"),
        "endpoint": _tr("Endpoint"), "order_failed": _tr("Order failed"),
        "notification_failed": _tr("Notification not sent"),
        "deployment_failed": _tr("Deployment failed"),
    }.get(kind, kind)


def severity_text(severity: HealthState) -> str:
    return {HealthState.CRITICAL: _tr("Critical"), HealthState.EXPIRING: _tr("Warning"),
            HealthState.OK: _tr("OK")}[severity]


def severity_color(severity: HealthState) -> QColor:
    return expiry_color({HealthState.CRITICAL: Expiry.EXPIRED,
                         HealthState.EXPIRING: Expiry.SOON}.get(severity, Expiry.OK))


def _date(value: dt.datetime | None) -> str:
    return local_time(value, empty="")


@dataclass(frozen=True, slots=True)
class AttentionRow:
    """One item plus its place in the service's worst-first order (the default sort)."""

    order: int
    item: AttentionItem

    @property
    def id(self) -> str:  # stable across reloads, so the selection survives them
        return f"{self.item.kind}:{self.item.certificate_id}:{self.item.endpoint_id or ''}"

    @property
    def certificate_id(self) -> str:
        return self.item.certificate_id


def attention_rows(items: Sequence[AttentionItem]) -> tuple[AttentionRow, ...]:
    return tuple(AttentionRow(i, item) for i, item in enumerate(items))


class AttentionTableModel(RowTableModel[AttentionRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(_tr("Severity"), lambda r: severity_text(r.item.severity),
                   sort=lambda r: r.order, color=lambda r: severity_color(r.item.severity)),
            Column(_tr("Certificate"), lambda r: r.item.label,
                   tooltip=lambda r: r.item.label),
            Column(_tr("Problem"), lambda r: kind_text(r.item.kind)),
            Column(_tr("Since"), lambda r: _date(r.item.since),
                   sort=lambda r: r.item.since.timestamp() if r.item.since else 0.0),
            Column(_tr("What happened"), lambda r: r.item.message,
                   tooltip=lambda r: r.item.message),
            Column(_tr("What to do"), lambda r: r.item.hint, tooltip=lambda r: r.item.hint),
        ], parent)

    def counts(self) -> tuple[int, int]:
        """(critical, warnings) among the rows, for the tab title."""
        critical = sum(1 for r in self.rows if r.item.severity is HealthState.CRITICAL)
        return critical, len(self.rows) - critical
