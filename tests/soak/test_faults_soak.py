"""Each fault kind alone, several times over, against a real Pebble through the fault proxy."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.acme import network
from tests.support.acme_env import http_plan, issue, new_account, services_for
from tests.support.fault_proxy import FaultProxy
from tests.support.fault_runs import SCENARIOS, check_issued, fresh, issue_through, services_via
from tests.support.pebble import Pebble

ROUNDS = int(os.environ.get("CERTDESK_SOAK_ROUNDS", "3"))


@pytest.fixture
def proxy(pebble: Pebble, monkeypatch: pytest.MonkeyPatch) -> Iterator[FaultProxy]:
    monkeypatch.setattr(network, "REQUEST_TIMEOUT", 2.0)
    server = FaultProxy(pebble, hang_seconds=10.0).start()
    yield server
    server.stop()


@pytest.mark.parametrize("round_", range(ROUNDS))
@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_each_fault_alone(home: Path, pebble: Pebble, proxy: FaultProxy, scenario: str,
                          round_: int) -> None:
    services, account_id = services_via(home, pebble, proxy)
    proxy.inject(fresh(SCENARIOS[scenario]))
    cert, errors = issue_through(services, account_id, f"{scenario}-{round_}.example.com",
                                 pebble, proxy)
    check_issued(services, cert)
    assert len(proxy.fired) == 1
    print(f"fault {scenario}: fired {proxy.fired[0]!r}; errors before success: {len(errors)}")


@pytest.mark.timeout(600)
def test_a_ca_rejecting_90_percent_of_nonces_still_issues(home: Path,
                                                          pebble_factory: Any) -> None:
    server: Pebble = pebble_factory(env={"PEBBLE_WFE_NONCEREJECT": "90"})
    services = services_for(home, server)
    account = new_account(services, server)
    started = time.monotonic()  # reported, never asserted
    cert = issue(services, account, ["nonce90.example.com"], http_plan(server))
    assert cert.current is not None
    print(f"90 % badNonce: one certificate in {time.monotonic() - started:.1f} s")
