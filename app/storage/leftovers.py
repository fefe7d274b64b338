"""Validation leftovers (DNS records, files) recorded before they are created, so a crash is
cleaned up at the next start."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from app.clock import utcnow
from app.storage.db import Database


@dataclass(frozen=True)
class Leftover:
    id: str
    order_id: str
    kind: str
    data: dict[str, Any]


class LeftoverRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, order_id: str, kind: str, data: dict[str, Any]) -> str:
        leftover_id = uuid.uuid4().hex
        self._db.execute(
            "INSERT INTO validation_leftovers(id, order_id, kind, data, created_at)"
            " VALUES(?,?,?,?,?)", (leftover_id, order_id, kind, json.dumps(data),
                                   utcnow().isoformat()))
        return leftover_id

    def remove(self, leftover_id: str) -> None:
        self._db.execute("DELETE FROM validation_leftovers WHERE id=?", (leftover_id,))

    def pending(self, order_id: str | None = None) -> list[Leftover]:
        if order_id is None:
            rows = self._db.query("SELECT * FROM validation_leftovers ORDER BY created_at")
        else:
            rows = self._db.query("SELECT * FROM validation_leftovers WHERE order_id=?"
                                  " ORDER BY created_at", (order_id,))
        return [Leftover(r["id"], r["order_id"], r["kind"], json.loads(r["data"]))
                for r in rows]
