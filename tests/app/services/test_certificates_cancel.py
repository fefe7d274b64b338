"""CertificateService.cancel_order for orders that never reached the CA or already finished."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import InvalidInput
from app.events import OrderProgressed
from app.services.certificates import IssueRequest
from tests.support.acme_env import http_plan, issue, new_account, services_for
from tests.support.pebble import Pebble

pytestmark = pytest.mark.pebble


def test_cancel_local_only_and_finished_orders(home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    order = services.certificates.prepare(IssueRequest(account.id, names=["local.example.com"],
                                                       validation=http_plan(pebble)))
    steps: list[str] = []
    services.hooks.subscribe(
        lambda e: steps.append(e.step) if isinstance(e, OrderProgressed) else None)
    result = services.certificates.cancel_order(order.id)
    assert result.order.state == "cancelled" and result.deactivated == []
    assert steps == ["cancelled"]
    assert services.certificates.get(order.certificate_id).status == "failed"
    with pytest.raises(InvalidInput, match="already cancelled"):
        services.certificates.resume(order.id)

    cert = issue(services, account, ["done.example.com"], http_plan(pebble))
    [finished] = [o for o in services.certificates.orders(unfinished_only=False)
                  if o.certificate_id == cert.id]
    with pytest.raises(InvalidInput, match="already completed"):
        services.certificates.cancel_order(finished.id)
    assert services.certificates.get(cert.id).status != "failed"
