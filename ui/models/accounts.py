"""ACME accounts table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from app.services.keys import KeyType
from ui.models.table import Column, RowTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccountModel", text)


def status_text(status: str) -> str:
    return {"valid": _tr("Active"), "deactivated": _tr("Deactivated"),
            "revoked": _tr("Revoked by the CA"), "unknown": _tr("Unknown")}.get(status, status)


def _key_label(key_type: str) -> str:
    try:
        return KeyType(key_type).label
    except ValueError:
        return key_type


class AccountTableModel(RowTableModel[Any]):
    """Rows are app.domain.Account objects (frozen dataclasses)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(_tr("Name"), lambda a: a.name),
            Column(_tr("CA directory"), lambda a: a.directory_url),
            Column(_tr("Contacts"), lambda a: ", ".join(
                c.removeprefix("mailto:") for c in a.contacts)),
            Column(_tr("Key"), lambda a: _key_label(a.key_type)),
            Column(_tr("Status"), lambda a: status_text(a.status)),
            Column(_tr("Created"), lambda a: a.created_at.astimezone().strftime("%Y-%m-%d"),
                   sort=lambda a: a.created_at.timestamp()),
        ], parent)
