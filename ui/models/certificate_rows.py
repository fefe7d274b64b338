"""Immutable rows for the certificate inventory, built from the services' domain objects.

Rows are built on a worker together with what the table needs for every row at once (the
search text the filter matches and the names column's sort key), so filtering and sorting
10,000 rows on the GUI thread does no per-row text work."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication

from app.domain import CertificateState
from app.errors import InvalidInput
from app.services.identifiers import parse_identifier
from app.wizard.methods import method, method_of


def _tr(text: str) -> str:
    return QCoreApplication.translate("CertificateModel", text)


class Expiry(enum.IntEnum):
    """Worst first, so min() over rows gives the state a tray icon shows."""

    EXPIRED = 0
    URGENT = 1
    SOON = 2
    OK = 3
    NONE = 4  # no certificate yet (pending, failed)


class CertificateRow(NamedTuple):
    """Immutable; a named tuple because 10,000 of them are built for each load (a frozen
    dataclass's __init__ sets each field through object.__setattr__)."""

    id: str
    label: str
    names: tuple[str, ...]  # display (Unicode) forms
    ca: str
    not_before: dt.datetime | None
    not_after: dt.datetime | None
    days_left: int | None
    status: CertificateState
    method: str
    auto_renew: bool
    renew_at: dt.datetime | None
    expiry: Expiry
    search: str = ""  # every column's text, case-folded: what the filter matches
    sort_name: str = ""  # the names column's sort key (the title, case-folded)

    @property
    def title(self) -> str:
        return self.label or (self.names[0] if self.names else self.id)


def display_name(value: str) -> str:
    if (value.isascii() and "xn--" not in value and ":" not in value and "[" not in value
            and not value.endswith(".") and value == value.lower() == value.strip()):
        return value  # already its display form, valid or not (the inventory's usual case)
    try:
        return parse_identifier(value).display
    except InvalidInput:
        return value


_DAY = 86400.0


def expiry_state(not_before: dt.datetime | None, not_after: dt.datetime | None,
                 now: dt.datetime) -> Expiry:
    """Thresholds in days and in share of the lifetime, so 6-day certificates work too."""
    if not_after is None:
        return Expiry.NONE
    left = (not_after - now).total_seconds()  # seconds: no timedelta built per threshold
    if left <= 0:
        return Expiry.EXPIRED
    lifetime = (not_after - not_before).total_seconds() if not_before else 90 * _DAY
    if left <= min(7 * _DAY, lifetime * 0.1):
        return Expiry.URGENT
    if left <= min(30 * _DAY, lifetime / 3):
        return Expiry.SOON
    return Expiry.OK


def method_label(plan: Any) -> str:
    try:
        key = method_of(plan.default)
    except AttributeError:
        return ""
    if key is not None:
        return method(key).label
    return f"{plan.default.method} ({plan.default.options.mode})"


def names_text(row: CertificateRow) -> str:
    return ", ".join(row.names)


def expires_text(row: CertificateRow) -> str:
    return _RowTexts().expires(row.not_after, row.status, row.days_left)


def status_text(row: CertificateRow) -> str:
    return _status_texts().get(row.status, row.status)


def auto_renew_text(row: CertificateRow) -> str:
    return _tr("yes") if row.auto_renew else _tr("no")


def _status_texts() -> dict[CertificateState, str]:
    # Asked for each row when the Status column is sorted: made once per language (the
    # translation of "Active" tells which one is installed), not five lookups a row.
    language = _tr("Active")
    texts = _STATUS_TEXTS.get(language)
    if texts is None:
        texts = _STATUS_TEXTS[language] = {
            CertificateState.ACTIVE: _tr("Active"), CertificateState.PENDING: _tr("Pending"),
            CertificateState.REVOKED: _tr("Revoked"), CertificateState.FAILED: _tr("Failed"),
            CertificateState.IMPORTED: _tr("Imported"),
        }
    return texts


_STATUS_TEXTS: dict[str, dict[CertificateState, str]] = {}  # by the word for "Active"


class _RowTexts:
    """The translated texts of one batch of rows, looked up once for the batch (a language
    change applies to the next load), and each validation plan's label once."""

    def __init__(self) -> None:
        self.status = dict(_status_texts())
        self.yes_no = (_tr("no"), _tr("yes"))
        self.not_issued = _tr("not issued")
        self.revoked = _tr("{date} (revoked)")
        self.expired = _tr("{date} (expired {n} d ago)")
        self.left = _tr("{date} ({n} d left)")
        self._methods: dict[int, tuple[Any, str]] = {}  # id(plan) -> (plan, its label)

    def expires(self, not_after: dt.datetime | None, status: CertificateState,
                days_left: int | None) -> str:
        if not_after is None:
            return self.not_issued
        local = not_after.astimezone()
        date = f"{local.year:04d}-{local.month:02d}-{local.day:02d}"
        if status == CertificateState.REVOKED:
            return self.revoked.format(date=date)
        days = days_left if days_left is not None else 0
        if days < 0:
            return self.expired.format(date=date, n=-days)
        return self.left.format(date=date, n=days)

    def method(self, plan: Any) -> str:
        # Plans are frozen and identical ones are shared, so most rows find theirs here;
        # the plan is kept with its label so its id cannot be reused within the batch.
        found = self._methods.get(id(plan))
        if found is None:
            found = self._methods[id(plan)] = (plan, method_label(plan))
        return found[1]


def certificate_row(cert: Any, accounts: Mapping[str, str], now: dt.datetime,
                    texts: _RowTexts | None = None) -> CertificateRow:
    texts = texts or _RowTexts()
    version = getattr(cert, "current", None)
    not_before = getattr(version, "not_before", None)
    not_after = getattr(version, "not_after", None)
    days = None if not_after is None else int((not_after - now).total_seconds() // 86400)
    ca = accounts.get(cert.account_id or "", "")
    if not ca and version is not None:
        ca = _short_issuer(version.issuer)
    names = tuple(map(display_name, cert.identifiers))
    label = cert.label or ""
    method_text = texts.method(cert.validation) if cert.source == "acme" else ""
    auto_renew = bool(cert.auto_renew)
    status = cert.status
    # The same texts as the table's columns, in their order.
    search = " ".join((", ".join(names), ca, texts.expires(not_after, status, days),
                       texts.status.get(status, status), method_text,
                       texts.yes_no[auto_renew])).casefold()
    return CertificateRow(
        cert.id, label, names, ca, not_before, not_after, days, status, method_text,
        auto_renew, cert.renew_at,
        # A revoked certificate has no deadline left: grey, not a reassuring green.
        Expiry.NONE if status == CertificateState.REVOKED
        else expiry_state(not_before, not_after, now),
        search, (label or (names[0] if names else cert.id)).casefold())


def certificate_rows(certs: Iterable[Any], accounts: Mapping[str, str],
                     now: dt.datetime) -> list[CertificateRow]:
    texts = _RowTexts()
    return [certificate_row(c, accounts, now, texts) for c in certs]


def _short_issuer(issuer: str) -> str:
    for part in issuer.split(","):
        key, _, value = part.strip().partition("=")
        if key.upper() in ("CN", "O") and value:
            return value
    return issuer
