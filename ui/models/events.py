"""The activity log table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from ui.models.certificate_rows import Expiry
from ui.models.dates import local_time
from ui.models.event_names import event_name
from ui.models.table import Column, RowTableModel
from ui.theme import expiry_color


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventModel", text)


def _level_color(event: Any) -> QColor | None:
    if event.level == "error":
        return expiry_color(Expiry.EXPIRED)
    if event.level == "warning":
        return expiry_color(Expiry.SOON)
    return None


def _level_text(level: str) -> str:
    return {"info": _tr("Info"), "warning": _tr("Warning"), "error": _tr("Error")}.get(
        level, level)


class EventTableModel(RowTableModel[Any]):
    """Rows are app.domain.Event objects, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(_tr("When"), lambda e: local_time(e.at, seconds=True),
                   sort=lambda e: (e.at.timestamp(), e.id)),
            Column(_tr("Level"), lambda e: _level_text(e.level), color=_level_color),
            Column(_tr("What"), lambda e: event_name(e.kind)),
            Column(_tr("Message"), lambda e: e.message),
        ], parent)
