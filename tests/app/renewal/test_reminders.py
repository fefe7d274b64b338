from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

import pytest

from app import events
from app.challenge_options import Dns01Manual
from app.clock import FakeClock
from app.events import CoreEvent, ServiceHooks
from app.renewal.reminders import ReminderEngine
from app.storage.store import Store
from tests.app.conftest import START
from tests.support.certificates import add_certificate, add_version

DAY = dt.timedelta(days=1)


def fired_keys(emitted: list[CoreEvent]) -> list[str]:
    return [e.payload["threshold"] for e in emitted if e.name == events.REMINDER_DUE]


def test_each_threshold_fires_once_per_version(store: Store, hooks: ServiceHooks,
                                               clock: FakeClock,
                                               emitted: list[CoreEvent]) -> None:
    cert = add_certificate(store, not_before=START, days=90, options=Dns01Manual())
    engine = ReminderEngine(store, hooks, clock)
    assert engine.evaluate() == []
    clock.set(START + 60.5 * DAY)  # days:30 and percent:33 crossed together
    (reminder,) = engine.evaluate()
    assert reminder.threshold.key == "percent:33"
    assert "expires in 29 days" in reminder.message
    assert engine.evaluate() == []
    clock.set(START + 76.5 * DAY)
    assert [r.threshold.key for r in engine.evaluate()] == ["days:14"]
    assert engine.evaluate() == []
    assert fired_keys(emitted) == ["percent:33", "days:14"]
    # a new version starts over
    add_version(store, cert.id, not_before=START + 77 * DAY, days=90)
    assert engine.evaluate() == []
    clock.set(START + (77 + 61) * DAY)
    assert [r.threshold.key for r in engine.evaluate()] == ["percent:33"]


def test_after_a_long_absence_only_the_most_urgent_fires(store: Store, hooks: ServiceHooks,
                                                         clock: FakeClock,
                                                         emitted: list[CoreEvent]) -> None:
    add_certificate(store, not_before=START, days=90, options=Dns01Manual())
    engine = ReminderEngine(store, hooks, clock)
    clock.set(START + 89.5 * DAY)
    assert [r.threshold.key for r in engine.evaluate()] == ["days:1"]
    clock.set(START + 91 * DAY)
    (expired,) = engine.evaluate()
    assert expired.threshold.key == "expired"
    assert "expired on 2026-05-30" in expired.message
    assert engine.evaluate() == []
    assert fired_keys(emitted) == ["days:1", "expired"]


def test_six_day_certificate_is_not_reminded_at_issuance(store: Store, hooks: ServiceHooks,
                                                         clock: FakeClock) -> None:
    add_certificate(store, not_before=START, days=6, options=Dns01Manual())
    engine = ReminderEngine(store, hooks, clock)
    clock.set(START + 3.9 * DAY)
    assert engine.evaluate() == []
    clock.set(START + 4.1 * DAY)
    assert [r.threshold.key for r in engine.evaluate()] == ["percent:33"]
    clock.set(START + 5.1 * DAY)
    assert [r.threshold.key for r in engine.evaluate()] == ["days:1"]


def test_automatic_renewal_gets_a_grace_period(store: Store, hooks: ServiceHooks,
                                               clock: FakeClock) -> None:
    add_certificate(store, not_before=START, days=90)
    engine = ReminderEngine(store, hooks, clock)
    clock.set(START + 60.5 * DAY)  # due at day 60 (+ up to 1 h jitter) + 1 day of grace
    assert engine.evaluate() == []
    assert engine.next_reminder_at() is not None
    assert engine.next_reminder_at() > clock.now()  # type: ignore[operator]
    clock.set(START + 61.1 * DAY)
    assert [r.threshold.key for r in engine.evaluate()] == ["percent:33"]


def test_two_processes_never_both_fire(store: Store, home: object, clock: FakeClock) -> None:
    add_certificate(store, not_before=START, days=90, options=Dns01Manual())
    other_store = Store.open(store.home)
    try:
        seen_a: list[CoreEvent] = []
        seen_b: list[CoreEvent] = []
        hooks_a, hooks_b = ServiceHooks(), ServiceHooks()
        hooks_a.subscribe(seen_a.append)
        hooks_b.subscribe(seen_b.append)
        a = ReminderEngine(store, hooks_a, clock)
        b = ReminderEngine(other_store, hooks_b, clock)
        clock.set(START + 80 * DAY)
        assert len(a.evaluate()) + len(b.evaluate()) == 1
        assert len(seen_a) + len(seen_b) == 1
    finally:
        other_store.close()


def test_settings_change_the_thresholds(store: Store, hooks: ServiceHooks,
                                        clock: FakeClock) -> None:
    add_certificate(store, not_before=START, days=90, options=Dns01Manual())
    store.settings.set("reminder_days", [3])
    store.settings.set("reminder_percent", [])
    engine = ReminderEngine(store, hooks, clock)
    clock.set(START + 80 * DAY)
    assert engine.evaluate() == []
    clock.set(START + 87.5 * DAY)
    assert [r.threshold.key for r in engine.evaluate()] == ["days:3"]


def test_a_scan_records_its_reminders_in_one_write(store: Store, hooks: ServiceHooks,
                                                   clock: FakeClock,
                                                   emitted: list[CoreEvent],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(5):
        add_certificate(store, not_before=START, days=90, names=(f"w{i}.example.com",),
                        options=Dns01Manual())
    engine = ReminderEngine(store, hooks, clock)
    clock.set(START + 80 * DAY)
    writes: list[str] = []
    monkeypatch.setattr(store.db._local, "conn", _Wrapped(store.db._connect(), writes))
    fired = engine.evaluate()
    assert len(fired) == 5 and len(fired_keys(emitted)) == 5
    assert writes == ["BEGIN IMMEDIATE"]  # the claims and the activity lines together
    assert [e.kind for e in store.events.all(limit=5)] == ["reminder"] * 5


class _Wrapped:
    """A connection that notes every write transaction it begins."""

    def __init__(self, conn: sqlite3.Connection, writes: list[str]) -> None:
        self._conn = conn
        self._writes = writes

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql == "BEGIN IMMEDIATE":
            self._writes.append(sql)
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)
