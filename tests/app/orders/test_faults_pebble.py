"""Faults between certdesk and the CA, injected by a proxy in front of a real Pebble: each
ends in a certificate once the fault clears, or in a clear error with the order kept (and then
a certificate on resume). An error page is never stored as a certificate. Each fault kind alone,
many times, is in the soak (tests/soak)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.acme import network
from app.errors import AcmeError
from tests.support.fault_proxy import FaultProxy
from tests.support.fault_runs import SCENARIOS, check_issued, fresh, issue_through, services_via
from tests.support.pebble import Pebble

pytestmark = pytest.mark.pebble


@pytest.fixture
def proxy(pebble: Pebble, monkeypatch: pytest.MonkeyPatch) -> Iterator[FaultProxy]:
    monkeypatch.setattr(network, "REQUEST_TIMEOUT", 2.0)  # a hung CA is given up on quickly
    server = FaultProxy(pebble, hang_seconds=10.0).start()
    yield server
    server.stop()


def test_one_order_through_every_kind_of_fault(home: Path, pebble: Pebble,
                                               proxy: FaultProxy) -> None:
    """Every fault kind at the step it hurts most, one after the other, in one order's life."""
    services, account_id = services_via(home, pebble, proxy)
    proxy.inject(*(fresh(fault) for fault in SCENARIOS.values()))
    cert, errors = issue_through(services, account_id, "every-fault.example.com", pebble, proxy)
    check_issued(services, cert)
    fired = {entry.split(" ", 1)[0] for entry in proxy.fired}
    assert fired == {"status", "reset", "hang", "truncate", "replace"}
    assert len(proxy.fired) == len(SCENARIOS) and len(errors) >= len(SCENARIOS) - 1
    # Retry-After in both forms (seconds, an HTTP date) reaches the error, for the backoff
    waits = {e.problem_type: e.retry_after_seconds for e in errors
             if isinstance(e, AcmeError) and e.retry_after_seconds is not None}
    assert waits.get("rateLimited", 0) > 0 and waits.get("serverInternal", 0) > 0, waits
