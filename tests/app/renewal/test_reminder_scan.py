"""A reminder scan reads the settings and the fired reminders once, not once per certificate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.clock import SystemClock
from app.events import ServiceHooks
from app.renewal.reminders import ReminderEngine
from app.storage.db import Database
from app.storage.store import Store
from benchmarks.seed import seed


def test_scan_queries_do_not_grow_with_the_inventory(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    seed(home, 40, 2)
    store = Store.open(home)
    try:
        engine = ReminderEngine(store, ServiceHooks(), SystemClock())
        first = engine.evaluate()  # fires the reminders that are due (writes)
        queries: list[str] = []
        real = Database.query

        def counting(self: Database, sql: str, params: Any = ()) -> Any:
            queries.append(sql)
            return real(self, sql, params)

        monkeypatch.setattr(Database, "query", counting)
        assert engine.evaluate() == []  # nothing fires twice
        engine.next_reminder_at()
        assert len(queries) <= 14, queries  # two scans of ~6 reads; was ~2 per certificate
        assert first  # the seeded inventory has certificates in their reminder window
    finally:
        store.close()
