"""The activity log: what happened to which certificate, account or order."""

from __future__ import annotations

import logging

from app.clock import utcnow
from app.domain import Event
from app.storage.db import Database
from app.storage.rows import req_iso, to_iso

log = logging.getLogger(__name__)


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
