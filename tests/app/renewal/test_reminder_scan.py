"""A reminder scan reads the settings and the fired reminders once, not once per certificate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from app.clock import FakeClock, SystemClock
from app.events import ServiceHooks
from app.renewal.reminders import ReminderEngine, is_watched
from app.renewal.thresholds import EXPIRED
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


def _fired(home: Path, now: dt.datetime, *, whole_inventory: bool) -> list[tuple[str, str]]:
    store = Store.open(home)
    try:
        if whole_inventory:  # the scan as it was: every certificate, decided in Python
            store.certificates.ending_soon = (  # type: ignore[method-assign]
                lambda _now, **_limits: store.certificates.watched())
        engine = ReminderEngine(store, ServiceHooks(), FakeClock(now))
        return sorted((r.label, r.threshold.key) for r in engine.evaluate())
    finally:
        store.close()


@pytest.mark.parametrize("days, percent", [((30, 14, 7, 1), (10,)), ((3,), ()), ((), (50,))])
def test_the_store_preselects_no_fewer_reminders_than_a_whole_scan_finds(
        tmp_path: Path, days: tuple[float, ...], percent: tuple[float, ...]) -> None:
    now = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)
    homes = [tmp_path / "preselected", tmp_path / "whole"]
    for home in homes:
        seed(home, 150, 1, now=now)  # the same certificates in both homes
        store = Store.open(home)
        store.settings.set("reminder_days", list(days))
        store.settings.set("reminder_percent", list(percent))
        store.close()
    preselected = _fired(homes[0], now, whole_inventory=False)
    assert preselected  # the seeded inventory has certificates in their reminder window
    assert preselected == _fired(homes[1], now, whole_inventory=True)


def test_the_next_reminder_moment_is_the_earliest_of_all_unfired_thresholds(
        tmp_path: Path) -> None:
    now = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)
    home = tmp_path / "home"
    seed(home, 150, 1, now=now)
    store = Store.open(home)
    try:
        engine = ReminderEngine(store, ServiceHooks(), FakeClock(now))
        engine.evaluate()  # some thresholds fired, others still ahead
        settings = engine.scan_settings()
        every: list[dt.datetime] = []
        for cert in store.certificates.summaries():
            if cert.current is None or not is_watched(cert):
                continue
            done = engine.fired(cert.current.id)
            quiet = engine.quiet_until(cert, now, settings)
            every += [max(t.fire_at, quiet) if quiet and t.key != EXPIRED else t.fire_at
                      for t in engine.thresholds(cert, settings) if t.key not in done]
        assert every and engine.next_reminder_at() == min(every)
    finally:
        store.close()
