"""The certificate inventory table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from app.domain import CertificateState
from ui.models.certificate_rows import CertificateRow, Expiry
from ui.models.table import Column, RowTableModel
from ui.theme import expiry_color


def _tr(text: str) -> str:
    return QCoreApplication.translate("CertificateModel", text)


def expires_text(row: CertificateRow) -> str:
    if row.not_after is None:
        return _tr("not issued")
    date = row.not_after.astimezone().strftime("%Y-%m-%d")
    if row.status == CertificateState.REVOKED:
        return _tr("{date} (revoked)").format(date=date)
    days = row.days_left if row.days_left is not None else 0
    if days < 0:
        return _tr("{date} (expired {n} d ago)").format(date=date, n=-days)
    return _tr("{date} ({n} d left)").format(date=date, n=days)


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


def status_text(row: CertificateRow) -> str:
    return {
        CertificateState.ACTIVE: _tr("Active"), CertificateState.PENDING: _tr("Pending"),
        CertificateState.REVOKED: _tr("Revoked"), CertificateState.FAILED: _tr("Failed"),
        CertificateState.IMPORTED: _tr("Imported"),
    }.get(row.status, row.status)


class CertificateTableModel(RowTableModel[CertificateRow]):
    COL_NAMES, COL_CA, COL_EXPIRES, COL_STATUS, COL_METHOD, COL_AUTO = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(_tr("Names"), lambda r: ", ".join(r.names),
                   sort=lambda r: r.title.casefold(),
                   tooltip=lambda r: "\n".join(r.names)),
            Column(_tr("CA"), lambda r: r.ca),
            Column(_tr("Expires"), expires_text,
                   sort=lambda r: r.not_after.timestamp() if r.not_after else float("inf"),
                   color=_color, tooltip=expiry_tooltip),
            Column(_tr("Status"), status_text),
            Column(_tr("Validation"), lambda r: r.method),
            Column(_tr("Auto-renew"), lambda r: _tr("yes") if r.auto_renew else _tr("no"),
                   check=lambda r: r.auto_renew),
        ], parent)
