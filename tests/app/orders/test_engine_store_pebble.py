"""What an order stores when its certificate arrives (against a real Pebble): the version, its
event and the completed order together, announced once they are stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain import OrderState
from app.events import CertificateIssued, CoreEvent
from tests.support.acme_env import http_plan, issue, new_account, services_for
from tests.support.pebble import Pebble

pytestmark = pytest.mark.pebble


def test_the_issued_event_comes_when_version_and_completed_order_are_stored(
        home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    try:
        account = new_account(services, pebble)
        seen: list[tuple[str, str | None, str]] = []

        def on_event(event: CoreEvent) -> None:
            if isinstance(event, CertificateIssued):
                order = services.store.orders.get(event.order_id)
                cert = services.store.certificates.get(event.certificate_id)
                kinds = [e.kind for e in services.store.events.all(
                    certificate_id=event.certificate_id)]
                seen.append((order.state, cert.current_version_id,
                             "certificate-issued" if "certificate-issued" in kinds else ""))

        services.hooks.subscribe(on_event)
        cert = issue(services, account, ["stored.example.com"], http_plan(pebble))
        assert seen == [(OrderState.COMPLETED, cert.current_version_id, "certificate-issued")]
    finally:
        services.close()
