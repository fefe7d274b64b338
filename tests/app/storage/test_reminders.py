"""Fired reminders claimed many at once: each threshold of a version fires in one process."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from app.storage.events import NewEvent
from app.storage.reminders import RemindersFired
from app.storage.store import Store
from tests.support.certificates import add_certificate


def test_claiming_many_fires_only_what_no_one_fired_before(store: Store) -> None:
    now = dt.datetime.now(dt.UTC)
    a = add_certificate(store, not_before=now, days=90, names=("a.example.com",))
    b = add_certificate(store, not_before=now, days=90, names=("b.example.com",))
    assert a.current is not None and b.current is not None
    fired = RemindersFired(store.db)
    assert fired.claim(a.id, a.current.id, ["days:30"], now) == {"days:30"}  # elsewhere, before
    won = fired.claim_many([(a.id, a.current.id, ["days:30", "days:14"]),
                            (b.id, b.current.id, ["expired"])], now)
    assert won == {(a.current.id, "days:14"), (b.current.id, "expired")}
    assert fired.claim_many([(a.id, a.current.id, ["days:14"])], now) == set()
    assert fired.fired_for_current() == {a.current.id: {"days:30", "days:14"},
                                         b.current.id: {"expired"}}


def test_the_current_versions_fired_reminders_leave_out_older_versions(store: Store) -> None:
    now = dt.datetime.now(dt.UTC)
    cert = add_certificate(store, not_before=now, days=90)
    fired = RemindersFired(store.db)
    fired.claim(cert.id, "an-older-version", ["expired"], now)
    assert fired.fired_for_current() == {}


def test_many_events_are_logged_in_order(store: Store,
                                         caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="app.storage.events"):
        store.events.add_many([NewEvent("reminder", "first", "warning", None),
                               NewEvent("reminder", "second", "error", None)])
    # one log record for the batch, a line per event
    assert [r.getMessage() for r in caplog.records] == ["reminder: first\nreminder: second"]
    store.events.add_many([])
    newest, older = store.events.all(limit=2)
    assert (older.message, older.level, newest.message, newest.level) == \
        ("first", "warning", "second", "error")
