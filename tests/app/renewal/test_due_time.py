from __future__ import annotations

import dataclasses
import datetime as dt

from app.renewal.due import renewal_due
from app.renewal.due_time import default_due_fn, fallback_due, jitter_for, renewal_time
from app.storage.store import Store
from tests.app.conftest import START
from tests.support.certificates import add_certificate

DAY = dt.timedelta(days=1)


def test_uses_the_renewal_engines_due_function() -> None:
    assert default_due_fn() is renewal_due


def test_jitter_is_stable_and_bounded(store: Store) -> None:
    cert = add_certificate(store, not_before=START, days=90)
    j = jitter_for(cert)
    assert dt.timedelta(0) <= j <= dt.timedelta(hours=1)
    assert jitter_for(store.certificates.get(cert.id)) == j
    short = add_certificate(store, not_before=START, days=6)
    assert jitter_for(short) <= dt.timedelta(days=6) / 100
    assert renewal_time(cert, START, renewal_due) == START + 60 * DAY + j


def test_no_jitter_once_the_ari_window_has_passed(store: Store) -> None:
    cert = add_certificate(store, not_before=START, days=90)
    now = START + 10 * DAY
    past = dataclasses.replace(cert, ari_window_start=now - DAY, ari_window_end=now - DAY / 2,
                               renew_at=now)
    assert renewal_time(past, now, renewal_due) == now
    window = dataclasses.replace(cert, ari_window_start=now, ari_window_end=now
                                 + dt.timedelta(minutes=1), renew_at=now)
    assert now <= renewal_time(window, now, renewal_due) <= now + dt.timedelta(minutes=1)


def test_fallback_without_the_engine(store: Store) -> None:
    cert = add_certificate(store, not_before=START, days=90)
    assert fallback_due(cert, START) == START + 60 * DAY
    windowed = dataclasses.replace(cert, ari_window_start=START + 50 * DAY,
                                   ari_window_end=START + 52 * DAY)
    assert START + 50 * DAY <= fallback_due(windowed, START) <= START + 52 * DAY
