"""Managed certificates and their versions (history is kept; renewal adds a version)."""

from __future__ import annotations

import datetime as dt
import functools
import sqlite3
from collections.abc import Iterable
from operator import itemgetter
from typing import NamedTuple, TypedDict, Unpack

from app.clock import utcnow
from app.collector import collector_paused
from app.domain import (
    CertificateState,
    CertificateSummary,
    CertificateVersion,
    ListedCertificate,
    ManagedCertificate,
    RenewalFacts,
    ValidationPlan,
    VersionSummary,
    display_label,
)
from app.errors import NotFound
from app.storage.db import Database
from app.storage.rows import (
    converted,
    dumps,
    from_iso,
    loads,
    plan_from_text,
    reads_row,
    req_iso,
    to_iso,
)


class CertificateChanges(TypedDict, total=False):
    """The columns of a managed certificate that update() may change."""

    label: str
    account_id: str | None
    identifiers: tuple[str, ...]
    key_type: str | None
    key_policy: str
    validation: ValidationPlan
    profile: str | None
    preferred_chain: str | None
    auto_renew: bool
    status: CertificateState
    source: str
    current_version_id: str | None
    ari_window_start: dt.datetime | None
    ari_window_end: dt.datetime | None
    ari_explanation_url: str | None
    ari_checked_at: dt.datetime | None
    renew_at: dt.datetime | None


_CERT_FIELDS = CertificateChanges.__optional_keys__


class VersionOverview(NamedTuple):
    """A current version as the command line's JSON list prints it."""

    id: str
    serial: str
    subject: str
    issuer: str
    names: tuple[str, ...]
    not_before: dt.datetime
    not_after: dt.datetime
    key_type: str | None
    ari_cert_id: str | None
    order_id: str | None
    replaced_by: str | None
    revoked_at: dt.datetime | None
    revocation_reason: str | None


class CertificateOverview(NamedTuple):
    """A certificate as the command line's JSON list prints it: a summary's fields without
    its timestamps, key reference and ARI bookkeeping, built as a tuple (a list builds
    10,000; a summary's frozen dataclasses cost several times more)."""

    id: str
    label: str
    account_id: str | None
    identifiers: tuple[str, ...]
    key_type: str | None
    key_policy: str
    validation: ValidationPlan
    profile: str | None
    preferred_chain: str | None
    auto_renew: bool
    status: CertificateState
    source: str
    ari_window_start: dt.datetime | None
    ari_window_end: dt.datetime | None
    renew_at: dt.datetime | None
    current: VersionOverview | None


def _encode(key: str, value: object) -> object:
    if key == "identifiers":
        return dumps(list(value))  # type: ignore[call-overload]
    if key == "validation":
        assert isinstance(value, ValidationPlan)
        return dumps(value.to_json())
    if key in {"ari_window_start", "ari_window_end", "ari_checked_at", "renew_at"}:
        return to_iso(value)  # type: ignore[arg-type]
    if key == "auto_renew":
        return int(bool(value))
    return value


@functools.lru_cache(maxsize=64)
def _names(text: str | None) -> tuple[str, ...]:
    """Names stored as a JSON list. A certificate's names and its current version's are
    usually the same text, and all() reads them one after the other."""
    return tuple(loads(text) or ())


# What a CertificateSummary holds: every column of the certificate and of its current
# version except the PEM texts (the bulk of a version's row).
_SUMMARY = (
    "SELECT c.id, c.label, c.account_id, c.identifiers, c.key_type, c.key_policy,"
    " c.validation, c.profile, c.preferred_chain, c.auto_renew, c.status, c.source,"
    " c.current_version_id, c.ari_window_start, c.ari_window_end, c.ari_explanation_url,"
    " c.ari_checked_at, c.renew_at, c.created_at, c.updated_at,"
    " v.id, v.serial, v.subject, v.issuer, v.names, v.not_before, v.not_after, v.key_type,"
    " v.revoked_at, v.created_at, v.key_secret_id, v.ari_cert_id, v.order_id,"
    " v.replaced_by, v.revocation_reason"
    " FROM certificates c LEFT JOIN certificate_versions v ON v.id = c.current_version_id")

# RenewalFacts of certificates with a current version (:where narrows them down), oldest
# first. The validity index spares reading each version's row, which holds the PEM texts
# (INDEXED BY: a lookup by primary key would otherwise always take the key's own index).
_FACTS = (
    "SELECT c.id, c.label, CASE WHEN c.label = '' THEN c.identifiers END, c.source,"
    " c.auto_renew, c.validation, c.current_version_id, v.not_before, v.not_after,"
    " c.renew_at, c.ari_window_start, c.ari_window_end, c.ari_checked_at"
    " FROM certificates c JOIN certificate_versions v INDEXED BY idx_versions_validity"
    " ON v.id = c.current_version_id WHERE {where} ORDER BY c.created_at")

# What background renewal looks after: renewal_pass.is_renewable().
_RENEWABLE = ("c.source = 'acme' AND c.auto_renew AND c.status IN ('active', 'failed')"
              " AND v.revoked_at IS NULL")

# What gets expiry reminders: reminders.is_watched().
_WATCHED = "c.status != 'revoked' AND v.revoked_at IS NULL"

# Ending within :days days after :now or within :share of the lifetime, with a day of
# slack. A date julianday() cannot read makes the comparison NULL, which is not 1: it counts
# as ending.
_ENDING_SOON = (
    "(julianday(v.not_after) - max(:days, (julianday(v.not_after) - julianday(v.not_before))"
    " * :share) > julianday(:now) + 1) IS NOT 1")

# What the command line's list shows (the current version's end from the validity index).
_LISTING = (
    "SELECT c.id, c.status, c.identifiers, v.not_after FROM certificates c"
    " LEFT JOIN certificate_versions v INDEXED BY idx_versions_validity"
    " ON v.id = c.current_version_id ORDER BY c.created_at")

# What the command line's JSON list prints, with the creation time to sort by first (in
# Python: SQLite would sort the whole wide rows).
_OVERVIEW = (
    "SELECT c.created_at, c.id, c.label, c.account_id, c.identifiers, c.key_type,"
    " c.key_policy, c.validation, c.profile, c.preferred_chain, c.auto_renew, c.status,"
    " c.source, c.ari_window_start, c.ari_window_end, c.renew_at,"
    " v.id, v.serial, v.subject, v.issuer, v.names, v.not_before, v.not_after, v.key_type,"
    " v.ari_cert_id, v.order_id, v.replaced_by, v.revoked_at, v.revocation_reason"
    " FROM certificates c LEFT JOIN certificate_versions v ON v.id = c.current_version_id")

_IDS_PER_QUERY = 500  # well below SQLite's limit on bound parameters

# A stored status as its state, by lookup (a read of thousands of rows).
_STATES = {state.value: state for state in CertificateState}


class CertificateRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- managed certificates ------------------------------------------------------------
    def add(self, cert: ManagedCertificate) -> None:
        fields = {k: getattr(cert, k) for k in _CERT_FIELDS}
        values = {k: _encode(k, v) for k, v in fields.items()}
        values.update(id=cert.id, created_at=to_iso(cert.created_at),
                      updated_at=to_iso(cert.updated_at))
        cols = ", ".join(values)
        self._db.execute(f"INSERT INTO certificates({cols}) VALUES("
                         + ", ".join(f":{k}" for k in values) + ")", values)

    def update(self, cert_id: str, **fields: Unpack[CertificateChanges]) -> None:
        values = {k: _encode(k, v) for k, v in fields.items()}
        values["updated_at"] = to_iso(utcnow())
        assignments = ", ".join(f"{k}=:{k}" for k in values)
        self._db.execute(f"UPDATE certificates SET {assignments} WHERE id=:id",
                         {**values, "id": cert_id})

    def get(self, cert_id: str) -> ManagedCertificate:
        with self._db.snapshot():  # the row and its current version from one state
            rows = self._db.query("SELECT * FROM certificates WHERE id=?", (cert_id,))
            if not rows:
                rows = self._db.query("SELECT * FROM certificates WHERE id LIKE ?",
                                      (cert_id + "%",))
                if len(rows) != 1:
                    raise NotFound(f"No certificate with id '{cert_id}'.",
                                   "Run 'certdesk-cli list' to see the certificates.")
            return self._from_row(rows[0])

    def all(self) -> list[ManagedCertificate]:
        # A certificate removed meanwhile is either whole or gone.
        with self._db.snapshot(), collector_paused():
            rows = self._db.query("SELECT * FROM certificates ORDER BY created_at")
            versions = self._all_current_versions()
            return self._with_versions(rows, versions)

    def summaries(self) -> list[CertificateSummary]:
        """Every certificate without its PEM texts, oldest first, from one state of the
        database: what lists and scans read."""
        with self._db.snapshot(), collector_paused():
            rows = self._db.query(f"{_SUMMARY} ORDER BY c.created_at")
            return converted("certificates", rows, _summary_from_row)

    def summaries_of(self, ids: Iterable[str]) -> list[CertificateSummary]:
        """The summaries of these certificates (exact ids; those gone are left out), oldest
        first."""
        wanted = list(dict.fromkeys(ids))
        found: list[CertificateSummary] = []
        with self._db.snapshot():
            for start in range(0, len(wanted), _IDS_PER_QUERY):
                chunk = tuple(wanted[start:start + _IDS_PER_QUERY])
                marks = ",".join("?" * len(chunk))
                found += converted("certificates", self._db.query(
                    f"{_SUMMARY} WHERE c.id IN ({marks})", chunk), _summary_from_row)
        return sorted(found, key=lambda c: c.created_at)

    def listing(self) -> list[ListedCertificate]:
        """Every certificate as the command line's list shows it, oldest first."""
        with self._db.snapshot(), collector_paused():
            return converted("certificates", self._db.query(_LISTING), _listed)

    def overviews(self) -> list[CertificateOverview]:
        """Every certificate as the command line's JSON list prints it, oldest first, from
        one state of the database."""
        with self._db.snapshot(), collector_paused():
            rows = self._db.query(_OVERVIEW)
            rows.sort(key=_CREATED)  # the text order ORDER BY c.created_at gives
            return converted("certificates", rows, _overview)

    def renewable(self) -> list[RenewalFacts]:
        """The certificates background renewal looks after, oldest first."""
        return self._facts(_RENEWABLE)

    def watched(self) -> list[RenewalFacts]:
        """The certificates that get expiry reminders, oldest first."""
        return self._facts(_WATCHED)

    def ending_soon(self, now: dt.datetime, *, days: float,
                    share: float) -> list[RenewalFacts]:
        """The watched certificates whose current version ends within `days` days after
        `now` or within `share` (0-1) of its lifetime, oldest first: a superset for scans
        that then decide exactly (a day of slack; a date SQLite cannot read counts as ending
        soon)."""
        return self._facts(f"{_WATCHED} AND {_ENDING_SOON}",
                           {"days": float(days), "share": float(share), "now": to_iso(now)})

    def _facts(self, where: str, params: dict[str, object] | None = None
               ) -> list[RenewalFacts]:
        with self._db.snapshot(), collector_paused():
            rows = self._db.query(_FACTS.format(where=where), params or {})
            return converted("certificates", rows, _renewal_facts)

    def _with_versions(self, rows: list[sqlite3.Row],
                       versions: dict[str, sqlite3.Row]) -> list[ManagedCertificate]:
        """Certificates from their rows, each with its current version's row (by id)."""
        certificates = []
        for row in rows:
            version = versions.get(row["current_version_id"])
            certificates.append(self._from_row(
                row, self._version_from_row(version) if version is not None else None))
        return certificates

    def remove(self, cert_id: str) -> None:
        self._db.execute("DELETE FROM certificates WHERE id=?", (cert_id,))

    @reads_row("certificates")
    def _from_row(self, row: sqlite3.Row,
                  current: CertificateVersion | None = None) -> ManagedCertificate:
        if current is None and row["current_version_id"]:
            current = self.get_version(row["current_version_id"])
        return ManagedCertificate(
            id=row["id"], label=row["label"], account_id=row["account_id"],
            identifiers=_names(row["identifiers"]), key_type=row["key_type"],
            key_policy=row["key_policy"],
            validation=plan_from_text(row["validation"]),
            profile=row["profile"], preferred_chain=row["preferred_chain"],
            auto_renew=bool(row["auto_renew"]), status=CertificateState(row["status"]),
            source=row["source"],
            current_version_id=row["current_version_id"],
            ari_window_start=from_iso(row["ari_window_start"]),
            ari_window_end=from_iso(row["ari_window_end"]),
            ari_explanation_url=row["ari_explanation_url"],
            ari_checked_at=from_iso(row["ari_checked_at"]), renew_at=from_iso(row["renew_at"]),
            created_at=req_iso(row["created_at"]), updated_at=req_iso(row["updated_at"]),
            current=current,
        )

    # -- versions ----------------------------------------------------------------------------
    def add_version(self, version: CertificateVersion, *, make_current: bool = True) -> None:
        """Store a version and (atomically) make it the certificate's current one."""
        with self._db.transaction() as conn:
            previous = conn.execute("SELECT current_version_id FROM certificates WHERE id=?",
                                    (version.certificate_id,)).fetchone()
            conn.execute(
                "INSERT INTO certificate_versions(id, certificate_id, serial, subject, issuer,"
                " names, not_before, not_after, cert_pem, chain_pem, key_secret_id, key_type,"
                " ari_cert_id, order_id, replaced_by, revoked_at, revocation_reason, created_at)"
                " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (version.id, version.certificate_id, version.serial, version.subject,
                 version.issuer, dumps(list(version.names)), to_iso(version.not_before),
                 to_iso(version.not_after), version.cert_pem, version.chain_pem,
                 version.key_secret_id, version.key_type, version.ari_cert_id, version.order_id,
                 version.replaced_by, to_iso(version.revoked_at), version.revocation_reason,
                 to_iso(version.created_at)))
            if make_current:
                if previous and previous[0]:
                    conn.execute("UPDATE certificate_versions SET replaced_by=? WHERE id=?",
                                 (version.id, previous[0]))
                conn.execute(
                    "UPDATE certificates SET current_version_id=?, status='active', "
                    "ari_window_start=NULL, ari_window_end=NULL, ari_checked_at=NULL, "
                    "renew_at=NULL, updated_at=? WHERE id=?",
                    (version.id, to_iso(utcnow()), version.certificate_id))

    def get_version(self, version_id: str) -> CertificateVersion:
        rows = self._db.query("SELECT * FROM certificate_versions WHERE id=?", (version_id,))
        if not rows:
            raise NotFound(f"No certificate version '{version_id}'.", "")
        return self._version_from_row(rows[0])

    def versions(self, cert_id: str) -> list[CertificateVersion]:
        rows = self._db.query("SELECT * FROM certificate_versions WHERE certificate_id=?"
                              " ORDER BY created_at", (cert_id,))
        return [self._version_from_row(r) for r in rows]

    def find_version_by_serial(self, serial: str) -> CertificateVersion | None:
        rows = self._db.query("SELECT * FROM certificate_versions WHERE serial=?",
                              (serial.lower(),))
        return self._version_from_row(rows[0]) if rows else None

    def versions_by_serial(self, serial: str) -> list[CertificateVersion]:
        """Every stored version with this serial (hex); different CAs may reuse one."""
        rows = self._db.query("SELECT * FROM certificate_versions WHERE serial=?",
                              (serial.lower(),))
        return [self._version_from_row(r) for r in rows]

    def mark_revoked(self, version_id: str, reason: str) -> None:
        self._db.execute("UPDATE certificate_versions SET revoked_at=?, revocation_reason=?"
                         " WHERE id=?", (to_iso(utcnow()), reason, version_id))

    def _all_current_versions(self) -> dict[str, sqlite3.Row]:
        """Every current version's row by id; all() builds each beside its certificate."""
        return {r["id"]: r for r in self._db.query(
            "SELECT v.* FROM certificate_versions v JOIN certificates c"
            " ON c.current_version_id = v.id")}

    @staticmethod
    @reads_row("certificate versions")
    def _version_from_row(row: sqlite3.Row) -> CertificateVersion:
        return CertificateVersion(
            id=row["id"], certificate_id=row["certificate_id"], serial=row["serial"],
            subject=row["subject"], issuer=row["issuer"], names=_names(row["names"]),
            not_before=req_iso(row["not_before"]), not_after=req_iso(row["not_after"]),
            cert_pem=row["cert_pem"], chain_pem=row["chain_pem"],
            key_secret_id=row["key_secret_id"], key_type=row["key_type"],
            ari_cert_id=row["ari_cert_id"], order_id=row["order_id"],
            replaced_by=row["replaced_by"], revoked_at=from_iso(row["revoked_at"]),
            revocation_reason=row["revocation_reason"], created_at=req_iso(row["created_at"]),
        )


def _summary_from_row(row: sqlite3.Row) -> CertificateSummary:
    (cert_id, label, account_id, identifiers, key_type, key_policy, validation, profile,
     preferred_chain, auto_renew, status, source, current_version_id, ari_window_start,
     ari_window_end, ari_explanation_url, ari_checked_at, renew_at, created_at, updated_at,
     version_id, serial, subject, issuer, names, not_before, not_after, version_key_type,
     revoked_at, version_created_at, key_secret_id, ari_cert_id, order_id, replaced_by,
     revocation_reason) = row
    parse = dt.datetime.fromisoformat  # from_iso() inlined: a list converts 10,000 rows
    current = None
    if version_id is not None:
        current = VersionSummary(
            version_id, serial, subject, issuer, _names(names), parse(not_before),
            parse(not_after), version_key_type, parse(revoked_at) if revoked_at else None,
            parse(version_created_at), key_secret_id, ari_cert_id, order_id, replaced_by,
            revocation_reason)
    return CertificateSummary(
        cert_id, label, account_id, _names(identifiers), key_type, key_policy,
        plan_from_text(validation), profile, preferred_chain, bool(auto_renew),
        _STATES[status], source, current_version_id,
        parse(ari_window_start) if ari_window_start else None,
        parse(ari_window_end) if ari_window_end else None, ari_explanation_url,
        parse(ari_checked_at) if ari_checked_at else None,
        parse(renew_at) if renew_at else None, parse(created_at), parse(updated_at), current)


def _renewal_facts(row: sqlite3.Row) -> RenewalFacts:
    (cert_id, label, identifiers, source, auto_renew, validation, version_id, not_before,
     not_after, renew_at, ari_window_start, ari_window_end, ari_checked_at) = row
    parse = dt.datetime.fromisoformat  # from_iso() inlined: scans convert thousands of rows
    return RenewalFacts(
        cert_id, label or display_label(label, _names(identifiers), cert_id), source,
        bool(auto_renew), plan_from_text(validation), version_id, parse(not_before),
        parse(not_after),
        parse(renew_at) if renew_at else None,
        parse(ari_window_start) if ari_window_start else None,
        parse(ari_window_end) if ari_window_end else None,
        parse(ari_checked_at) if ari_checked_at else None)


_CREATED = itemgetter(0)


def _overview(row: sqlite3.Row) -> CertificateOverview:
    (_, cert_id, label, account_id, identifiers, key_type, key_policy, validation, profile,
     preferred_chain, auto_renew, status, source, ari_window_start, ari_window_end, renew_at,
     version_id, serial, subject, issuer, names, not_before, not_after, version_key_type,
     ari_cert_id, order_id, replaced_by, revoked_at, revocation_reason) = row
    parse = dt.datetime.fromisoformat  # from_iso() inlined: a list converts 10,000 rows
    current = None
    if version_id is not None:
        current = VersionOverview(
            version_id, serial, subject, issuer, _names(names), parse(not_before),
            parse(not_after), version_key_type, ari_cert_id, order_id, replaced_by,
            parse(revoked_at) if revoked_at else None, revocation_reason)
    return CertificateOverview(
        cert_id, label, account_id, _names(identifiers), key_type, key_policy,
        plan_from_text(validation), profile, preferred_chain, bool(auto_renew),
        _STATES[status], source, parse(ari_window_start) if ari_window_start else None,
        parse(ari_window_end) if ari_window_end else None,
        parse(renew_at) if renew_at else None, current)


def _listed(row: sqlite3.Row) -> ListedCertificate:
    cert_id, status, identifiers, not_after = row
    return ListedCertificate(cert_id, _STATES[status], _names(identifiers), from_iso(not_after))
