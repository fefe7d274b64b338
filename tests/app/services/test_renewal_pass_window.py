"""The CA moving the renewal window into the past is announced once (an early revocation)."""

from __future__ import annotations

import datetime as dt

from app import events
from app.clock import FakeClock
from app.events import CoreEvent, ServiceHooks
from app.services.renewal_pass import RenewalPass
from app.storage.store import Store
from tests.app.conftest import START
from tests.support.certificates import add_certificate

HOUR = dt.timedelta(hours=1)


def _noop(cert_id: str, cancel: object) -> object:
    return None


def test_window_in_the_past_is_announced_once(store: Store, hooks: ServiceHooks,
                                              clock: FakeClock,
                                              emitted: list[CoreEvent]) -> None:
    cert = add_certificate(store, not_before=START, days=90)
    windows = [(START + 50 * 24 * HOUR, START + 52 * 24 * HOUR)]

    def refresh(cert_id: str) -> None:
        start, end = windows[-1]
        store.certificates.update(cert_id, ari_window_start=start, ari_window_end=end,
                                  ari_checked_at=clock.now(),
                                  ari_explanation_url="https://ca.example/incident")

    rp = RenewalPass(store, hooks, clock, _noop, refresh_ari=refresh)
    rp.poll_ari()
    assert not [e for e in emitted if e.name == events.RENEWAL_WINDOW_PASSED]
    clock.advance(6 * HOUR)
    windows.append((clock.now() - 3 * HOUR, clock.now() - 2 * HOUR))
    rp.poll_ari()
    (passed,) = [e for e in emitted if e.name == events.RENEWAL_WINDOW_PASSED]
    assert passed.payload["certificate_id"] == cert.id
    assert passed.payload["explanation_url"] == "https://ca.example/incident"
    assert any(e.kind == "renewal_window_passed" for e in store.events.all())
    clock.advance(6 * HOUR)
    rp.poll_ari()  # the same window again: no second announcement
    assert len([e for e in emitted if e.name == events.RENEWAL_WINDOW_PASSED]) == 1
