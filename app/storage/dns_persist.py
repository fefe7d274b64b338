"""dns-persist-01 records certdesk told the user about, per name (table dns_persist_records),
so renewals and the details pane know which persistent record a name relies on."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.storage.db import Database
from app.storage.rows import from_iso, to_iso


@dataclass(frozen=True)
class RememberedRecord:
    name: str
    issuer_domain: str
    account_uri: str
    record_name: str
    record_value: str
    wildcard: bool
    persist_until: dt.datetime | None
    created_at: dt.datetime
    confirmed_at: dt.datetime | None
    last_validated_at: dt.datetime | None


class PersistMemory:
    """The dns-persist-01 records certdesk told the user about, per name (table
    dns_persist_records)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def remember(self, name: str, issuer_domain: str, account_uri: str, record_name: str,
                 record_value: str, wildcard: bool, persist_until: dt.datetime | None,
                 now: dt.datetime, *, confirmed: bool = False) -> None:
        self._db.execute(
            "INSERT INTO dns_persist_records(name, issuer_domain, account_uri, record_name, "
            "record_value, wildcard, persist_until, created_at, confirmed_at) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(name, issuer_domain, account_uri) "
            "DO UPDATE SET record_name=excluded.record_name, record_value=excluded.record_value, "
            "wildcard=excluded.wildcard, persist_until=excluded.persist_until, "
            "confirmed_at=COALESCE(excluded.confirmed_at, confirmed_at)",
            (name, issuer_domain, account_uri, record_name, record_value, int(wildcard),
             to_iso(persist_until), to_iso(now), to_iso(now) if confirmed else None))

    def validated(self, name: str, issuer_domain: str, account_uri: str,
                  now: dt.datetime) -> None:
        self._db.execute(
            "UPDATE dns_persist_records SET last_validated_at=?, "
            "confirmed_at=COALESCE(confirmed_at, ?) WHERE name=? AND issuer_domain=? AND "
            "account_uri=?", (to_iso(now), to_iso(now), name, issuer_domain, account_uri))

    def for_name(self, name: str) -> list[RememberedRecord]:
        rows = self._db.query("SELECT * FROM dns_persist_records WHERE name=? "
                              "ORDER BY created_at", (name,))
        return [RememberedRecord(
            r["name"], r["issuer_domain"], r["account_uri"], r["record_name"],
            r["record_value"], bool(r["wildcard"]), from_iso(r["persist_until"]),
            dt.datetime.fromisoformat(r["created_at"]), from_iso(r["confirmed_at"]),
            from_iso(r["last_validated_at"])) for r in rows]

    def all(self) -> list[RememberedRecord]:
        names = [r["name"] for r in
                 self._db.query("SELECT DISTINCT name FROM dns_persist_records ORDER BY name")]
        return [rec for n in names for rec in self.for_name(n)]
