"""Validation leftovers (records, files) kept in the store so a crash is cleaned up later."""

from __future__ import annotations

import logging
from typing import Any

from app.errors import CertdeskError
from app.storage.leftovers import LeftoverRepository
from app.storage.store import Store
from app.validation.base import SolverContext
from app.validation.registry import solver_for_leftover

log = logging.getLogger(__name__)


class StoreLeftovers:
    def __init__(self, store: Store) -> None:
        self._repo = LeftoverRepository(store.db)

    def record(self, order_id: str, kind: str, data: dict[str, Any]) -> str:
        return self._repo.add(order_id, kind, data)

    def clear(self, leftover_id: str) -> None:
        self._repo.remove(leftover_id)

    def pending(self, order_id: str | None = None) -> list[dict[str, Any]]:
        return [{"id": item.id, "order_id": item.order_id, "kind": item.kind,
                 "data": item.data} for item in self._repo.pending(order_id)]

    def cleanup_all(self, ctx: SolverContext, order_id: str | None = None) -> int:
        """Undo recorded leftovers (after a crash). Returns how many were cleaned."""
        cleaned = 0
        for item in self._repo.pending(order_id):
            cls = solver_for_leftover(item.kind)
            if cls is None:
                log.warning("no cleanup known for leftover kind %s", item.kind)
                continue
            try:
                cls.cleanup_leftover(item.data, ctx)
            except (CertdeskError, OSError) as exc:
                log.warning("cleaning leftover %s failed: %s", item.id, exc)
                continue
            self._repo.remove(item.id)
            cleaned += 1
        return cleaned
