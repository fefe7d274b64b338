"""The background scheduler renews a short-lived certificate when Pebble's ARI says so."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path

import pytest
from cryptography import x509

from app import events
from app.challenge_options import Http01Listener
from app.clock import FakeClock
from app.domain import ChallengeConfig, ValidationPlan
from app.events import CoreEvent
from app.orders.locks import holder_of
from app.services.accounts import AccountRequest
from app.services.certificates import IssueRequest
from app.services.container import build_services
from app.storage.store import Store
from tests.support.pebble import Pebble

pytestmark = [pytest.mark.pebble, pytest.mark.slow]


def _iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def test_scheduler_renews_when_the_ari_window_moves_into_the_past(home: Path,
                                                                   pebble: Pebble) -> None:
    clock = FakeClock(dt.datetime.now(dt.UTC))
    services = build_services(Store.open(home), clock=clock, ca_bundle=str(pebble.ca_bundle))
    try:
        account = services.accounts.register(AccountRequest(
            directory=pebble.directory, emails=["admin@example.com"], agree_tos=True))
        plan = ValidationPlan(ChallengeConfig(Http01Listener(address="127.0.0.1",
                                                             port=pebble.http_port)))
        cert = services.certificates.issue(IssueRequest(
            account.id, names=["scheduler.example.com"], validation=plan, profile="shortlived"))
        assert cert.current is not None
        assert cert.current.lifetime <= dt.timedelta(days=7)  # the six-day profile
        monitoring = services.monitoring
        (item,) = monitoring.renewal_plan()
        assert item.state == "waiting" and item.automatic
        assert monitoring.renew_due() == []

        now = dt.datetime.now(dt.UTC)
        r = pebble.mgmt_post("/set-renewal-info/", {
            "Certificate": cert.current.cert_pem,
            "ARIResponse": json.dumps({"suggestedWindow": {
                "start": _iso(now - dt.timedelta(hours=2)),
                "end": _iso(now - dt.timedelta(hours=1))}})})
        r.raise_for_status()
        clock.advance(dt.timedelta(hours=6))  # the next ARI poll is due

        renewed = threading.Event()
        seen: list[CoreEvent] = []

        def on_event(event: CoreEvent) -> None:
            seen.append(event)
            if event.name in {events.RENEWAL_SUCCEEDED, events.RENEWAL_FAILED}:
                renewed.set()

        services.hooks.subscribe(on_event)
        monitoring.start()
        try:
            assert renewed.wait(120), [e.name for e in seen]
        finally:
            assert monitoring.stop(timeout=60)
        names = [e.name for e in seen]
        assert events.RENEWAL_SUCCEEDED in names, [e.payload for e in seen]
        assert "certificate_renewed" in names
        after = services.certificates.get(cert.id)
        assert after.current is not None and after.current.serial != cert.current.serial
        leaf = x509.load_pem_x509_certificate(after.current.cert_pem.encode())
        assert leaf.not_valid_after_utc - leaf.not_valid_before_utc <= dt.timedelta(days=7)
        history = services.certificates.history(cert.id)
        assert history.orders[-1].replaces == cert.current.ari_cert_id
        assert holder_of(services.store.home, cert.id) is None
        (item,) = monitoring.renewal_plan()
        assert item.state == "waiting"
    finally:
        services.close()
