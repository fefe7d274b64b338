"""The activity log: what happened to which certificate, account or order."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import NamedTuple

from app.clock import utcnow
from app.domain import Event
from app.storage.db import Database
from app.storage.rows import req_iso, to_iso

log = logging.getLogger(__name__)


class NewEvent(NamedTuple):
    """One activity log line to add (add_many)."""

    kind: str
    message: str
    level: str = "info"
    certificate_id: str | None = None


class EventLog:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, kind: str, message: str, *, level: str = "info",
            certificate_id: str | None = None, account_id: str | None = None,
            order_id: str | None = None) -> None:
        log.log(logging.WARNING if level != "info" else logging.INFO, "%s: %s", kind, message)
        self._db.execute(
            "INSERT INTO events(at, level, kind, message, certificate_id, account_id, order_id)"
            " VALUES(?,?,?,?,?,?,?)",
            (to_iso(utcnow()), level, kind, message, certificate_id, account_id, order_id),
        )

    def add_many(self, events: Sequence[NewEvent]) -> None:
        """Several lines in one write (a scan that fires thousands of reminders at once)."""
        if not events:
            return
        at = to_iso(utcnow())
        # One log record per level, a line per event: thousands of records (each formatted
        # and written on its own) cost more than the database write.
        lines: dict[int, list[str]] = {}
        for e in events:
            level = logging.WARNING if e.level != "info" else logging.INFO
            lines.setdefault(level, []).append(f"{e.kind}: {e.message}")
        for level, text in lines.items():
            log.log(level, "%s", "\n".join(text))
        with self._db.transaction() as conn:
            conn.executemany(
                "INSERT INTO events(at, level, kind, message, certificate_id) VALUES(?,?,?,?,?)",
                [(at, e.level, e.kind, e.message, e.certificate_id) for e in events])

    def all(self, *, certificate_id: str | None = None, limit: int = 500) -> list[Event]:
        if certificate_id:
            rows = self._db.query(
                "SELECT * FROM events WHERE certificate_id=? ORDER BY id DESC LIMIT ?",
                (certificate_id, limit))
        else:
            rows = self._db.query("SELECT * FROM events ORDER BY id DESC LIMIT ?", (limit,))
        return [Event(id=r["id"], at=req_iso(r["at"]), level=r["level"], kind=r["kind"],
                      message=r["message"], certificate_id=r["certificate_id"],
                      account_id=r["account_id"], order_id=r["order_id"]) for r in rows]
