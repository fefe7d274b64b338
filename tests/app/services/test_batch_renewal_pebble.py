"""Batch renewal against Pebble: while one order waits for the CA (its Retry-After), the
next order of the batch works, even with one renewal at a time per CA."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.events import OrderProgressed
from tests.support.acme_env import http_plan, issue, new_account, services_for
from tests.support.pebble import Pebble

pytestmark = pytest.mark.pebble


def test_orders_waiting_for_the_ca_do_not_hold_the_bound(home: Path,
                                                         pebble_factory: Any) -> None:
    server: Pebble = pebble_factory(config={"retryAfter": {"authz": 1, "order": 2}})
    services = services_for(home, server)
    try:
        services.store.settings.set("renewals_per_ca", 1)
        account = new_account(services, server)
        certs = [issue(services, account, [f"wait{i}.example.com"], http_plan(server))
                 for i in range(3)]
        steps: list[tuple[str, str, str]] = []
        services.hooks.subscribe(lambda e: steps.append((e.order_id, e.step, e.state))
                                 if isinstance(e, OrderProgressed) else None)
        results = services.certificates.renew_many([c.id for c in certs], force=True)
        assert all(not isinstance(r, Exception) for r in results), results
        for before, after in zip(certs, results, strict=True):
            assert not isinstance(after, Exception)
            assert after.current and before.current
            assert after.current.serial != before.current.serial
        orders = list(dict.fromkeys(order for order, _step, _state in steps))
        assert len(orders) == 3
        first_done = steps.index((orders[0], "done", "done"))
        started = [order for order, step, _state in steps[:first_done] if step == "new-order"]
        # Every order reached the CA before the first one finished: each waited for Pebble's
        # 2 s after finalizing while the others worked.
        assert len(started) == 3
    finally:
        services.close()
