from __future__ import annotations

import dataclasses
import datetime as dt

from app.domain import CertificateState
from app.renewal.due import is_due, jitter_for, renewal_due, renewal_time
from app.storage.store import Store
from tests.app.conftest import START
from tests.support.certificates import add_certificate

DAY = dt.timedelta(days=1)


def test_a_third_of_the_lifetime_left_or_half_when_short(store: Store) -> None:
    cert = add_certificate(store, not_before=START, days=90)
    assert renewal_due(cert) == START + 60 * DAY
    short = add_certificate(store, not_before=START, days=6)
    assert renewal_due(short) == START + 3 * DAY


def test_the_cas_window_wins(store: Store) -> None:
    cert = add_certificate(store, not_before=START, days=90)
    windowed = dataclasses.replace(cert, ari_window_start=START + 50 * DAY,
                                   ari_window_end=START + 52 * DAY)
    assert renewal_due(windowed) == START + 50 * DAY
    chosen = dataclasses.replace(windowed, renew_at=START + 51 * DAY)
    assert renewal_due(chosen) == START + 51 * DAY


def test_jitter_is_stable_and_bounded(store: Store) -> None:
    cert = add_certificate(store, not_before=START, days=90)
    j = jitter_for(cert)
    assert dt.timedelta(0) <= j <= dt.timedelta(hours=1)
    assert jitter_for(store.certificates.get(cert.id)) == j
    short = add_certificate(store, not_before=START, days=6)
    assert jitter_for(short) <= dt.timedelta(days=6) / 100
    assert renewal_time(cert, START) == START + 60 * DAY + j


def test_no_jitter_once_the_ari_window_has_passed(store: Store) -> None:
    cert = add_certificate(store, not_before=START, days=90)
    now = START + 10 * DAY
    past = dataclasses.replace(cert, ari_window_start=now - DAY, ari_window_end=now - DAY / 2,
                               renew_at=now)
    assert renewal_time(past, now) == now
    window = dataclasses.replace(cert, ari_window_start=now, ari_window_end=now
                                 + dt.timedelta(minutes=1), renew_at=now)
    assert now <= renewal_time(window, now) <= now + dt.timedelta(minutes=1)


def test_due_from_the_jittered_time_and_never_when_revoked(store: Store) -> None:
    cert = add_certificate(store, not_before=START, days=90)
    at = renewal_time(cert, START)
    assert not is_due(cert, at - dt.timedelta(seconds=1))
    assert is_due(cert, at)
    assert not is_due(dataclasses.replace(cert, status=CertificateState.REVOKED), at)
    assert not is_due(dataclasses.replace(cert, current=None), at)
