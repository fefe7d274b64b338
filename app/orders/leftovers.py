"""Validation leftovers (records, files) kept in the store so a crash is cleaned up later."""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any

from app.clock import utcnow
from app.errors import CertdeskError
from app.storage.store import Store
from app.validation.base import SolverContext
from app.validation.registry import solver_for_leftover

log = logging.getLogger(__name__)


class StoreLeftovers:
    def __init__(self, store: Store) -> None:
        self._store = store

    def record(self, order_id: str, kind: str, data: dict[str, Any]) -> str:
        leftover_id = uuid.uuid4().hex
        self._store.db.execute(
            "INSERT INTO validation_leftovers(id, order_id, kind, data, created_at)"
            " VALUES(?,?,?,?,?)", (leftover_id, order_id, kind, json.dumps(data),
                                   utcnow().isoformat()))
        return leftover_id

    def clear(self, leftover_id: str) -> None:
        self._store.db.execute("DELETE FROM validation_leftovers WHERE id=?", (leftover_id,))

    def pending(self, order_id: str | None = None) -> list[dict[str, Any]]:
        rows = self._store.db.query("SELECT * FROM validation_leftovers ORDER BY created_at")
        return [dict(r) for r in rows if order_id is None or r["order_id"] == order_id]

    def cleanup_all(self, ctx: SolverContext, order_id: str | None = None) -> int:
        """Undo recorded leftovers (after a crash). Returns how many were cleaned."""
        cleaned = 0
        for row in self.pending(order_id):
            cls = solver_for_leftover(row["kind"])
            if cls is None:
                log.warning("no cleanup known for leftover kind %s", row["kind"])
                continue
            try:
                cls.cleanup_leftover(json.loads(row["data"]), ctx)
            except (CertdeskError, OSError) as exc:
                log.warning("cleaning leftover %s failed: %s", row["id"], exc)
                continue
            self.clear(row["id"])
            cleaned += 1
        return cleaned
