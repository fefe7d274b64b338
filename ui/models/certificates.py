"""The certificate inventory table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from app.domain import CertificateState
from ui.models.certificate_rows import (
    CertificateRow,
    Expiry,
    auto_renew_text,
    expires_text,
    names_text,
    status_text,
)
from ui.models.table import Column, RowTableModel
from ui.theme import expiry_color


def _tr(text: str) -> str:
    return QCoreApplication.translate("CertificateModel", text)


def expiry_tooltip(row: CertificateRow) -> str:
    if row.status == CertificateState.REVOKED:
        return _tr("Revoked: clients no longer trust it. Re-issue it, or remove it.")
    return {
        Expiry.EXPIRED: _tr("Expired: renew it now."),
        Expiry.URGENT: _tr("Expires very soon: renew it now."),
        Expiry.SOON: _tr("Due for renewal."),
        Expiry.OK: _tr("Valid."),
        Expiry.NONE: _tr("No certificate has been issued yet."),
    }[row.expiry]


def _color(row: CertificateRow) -> QColor:
    return expiry_color(row.expiry)


class CertificateTableModel(RowTableModel[CertificateRow]):
    COL_NAMES, COL_CA, COL_EXPIRES, COL_STATUS, COL_METHOD, COL_AUTO = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(_tr("Names"), names_text, sort=lambda r: r.sort_name,
                   tooltip=lambda r: "\n".join(r.names)),
            Column(_tr("CA"), lambda r: r.ca),
            Column(_tr("Expires"), expires_text,
                   sort=lambda r: r.not_after.timestamp() if r.not_after else float("inf"),
                   color=_color, tooltip=expiry_tooltip),
            Column(_tr("Status"), status_text),
            Column(_tr("Validation"), lambda r: r.method),
            Column(_tr("Auto-renew"), auto_renew_text, check=lambda r: r.auto_renew),
        ], parent, search=lambda r: r.search)
