"""A certificate's export targets (app.storage rows handed out by TargetService)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from app.services.targets import COMMAND_PRESETS
from ui.models.certificate_rows import Expiry
from ui.models.dates import local_time
from ui.models.table import Column, RowTableModel
from ui.theme import expiry_color


def _tr(text: str) -> str:
    return QCoreApplication.translate("TargetModel", text)


def command_label(command: str | None) -> str:
    """The preset's name when the command is one, else the command itself."""
    if not command:
        return "—"
    for preset in COMMAND_PRESETS:
        if preset.command == command:
            return preset.label
    return command


def last_run_text(target: Any) -> str:
    if target.last_run_at is None:
        return _tr("never")
    when = local_time(target.last_run_at)
    status = _tr("ok") if target.last_status == "ok" else _tr("failed")
    return f"{status}, {when}"


def _status_color(target: Any) -> QColor | None:
    if target.last_status is None:
        return None
    return expiry_color(Expiry.OK if target.last_status == "ok" else Expiry.EXPIRED)


class TargetTableModel(RowTableModel[Any]):
    """Rows are export targets (frozen dataclasses with folder, formats, command, last_*)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(_tr("Folder"), lambda t: t.folder, tooltip=lambda t: t.folder),
            Column(_tr("Formats"), lambda t: ", ".join(t.formats)),
            Column(_tr("Then run"), lambda t: command_label(t.command),
                   tooltip=lambda t: t.command or ""),
            Column(_tr("Last run"), last_run_text, color=_status_color,
                   sort=lambda t: t.last_run_at.timestamp() if t.last_run_at else 0.0,
                   tooltip=lambda t: t.last_message or ""),
            Column(_tr("On renewal"), lambda t: _tr("yes") if t.enabled else _tr("no"),
                   check=lambda t: bool(t.enabled)),
        ], parent)
