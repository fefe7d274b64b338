"""ACME accounts table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from ui.models.table import Column, RowTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccountModel", text)


class AccountTableModel(RowTableModel[Any]):
    """Rows are app.domain.Account objects (frozen dataclasses)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(_tr("Name"), lambda a: a.name),
            Column(_tr("CA directory"), lambda a: a.directory_url),
            Column(_tr("Contacts"), lambda a: ", ".join(
                c.removeprefix("mailto:") for c in a.contacts)),
            Column(_tr("Key"), lambda a: a.key_type),
            Column(_tr("Status"), lambda a: a.status),
            Column(_tr("Created"), lambda a: a.created_at.astimezone().strftime("%Y-%m-%d"),
                   sort=lambda a: a.created_at.timestamp()),
        ], parent)
