from __future__ import annotations

import datetime as dt

from app.renewal.backoff import BackoffRepository, backoff_delay
from app.storage.store import Store
from tests.app.conftest import START
from tests.support.certificates import add_certificate


def test_delays_are_1_10_100_minutes_then_daily() -> None:
    minutes = [backoff_delay(n).total_seconds() / 60 for n in range(1, 7)]
    assert minutes == [1, 10, 100, 1440, 1440, 1440]
    assert backoff_delay(0) == dt.timedelta(0)
    assert backoff_delay(1, retry_after=3600) == dt.timedelta(hours=1)
    assert backoff_delay(3, retry_after=30) == dt.timedelta(minutes=100)


def test_failures_persist_and_reset_with_a_new_version(store: Store) -> None:
    cert = add_certificate(store, not_before=START, days=90)
    repo = BackoffRepository(store.db)
    repo.record_failure(cert.id, cert.current_version_id, "boom", START)
    state = repo.record_failure(cert.id, cert.current_version_id, "boom again", START)
    assert state.failures == 2
    assert state.next_attempt_at == START + dt.timedelta(minutes=10)
    reopened = BackoffRepository(Store.open(store.home).db).get(cert.id)
    assert reopened is not None and reopened.failures == 2
    assert reopened.failures_for("another-version") == 0
    assert reopened.blocked_until("another-version") is None
    state = repo.record_failure(cert.id, "another-version", "x", START)
    assert state.failures == 1
    repo.clear_failures(cert.id)
    cleared = repo.get(cert.id)
    assert cleared is not None and cleared.failures == 0 and cleared.last_error is None


def test_manual_notice_is_claimed_once_per_version(store: Store) -> None:
    cert = add_certificate(store, not_before=START, days=90)
    repo = BackoffRepository(store.db)
    assert repo.claim_manual_notice(cert.id, "v1", START)
    assert not repo.claim_manual_notice(cert.id, "v1", START)
    assert repo.claim_manual_notice(cert.id, "v2", START)
