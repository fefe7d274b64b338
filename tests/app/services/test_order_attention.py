"""Orders that need the user reach the attention list (and so the tray), against Pebble."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.challenge_options import Dns01Manual, Http01Listener
from app.domain import ChallengeConfig, ValidationPlan
from app.errors import CertdeskError
from app.services.certificates import IssueRequest
from app.services.health import HealthState
from tests.support.acme_env import new_account, services_for
from tests.support.pebble import Pebble
from tests.support.ports import free_port

pytestmark = pytest.mark.pebble


def test_failed_and_waiting_orders_need_attention(home: Path, pebble: Pebble) -> None:
    assert pebble.challtestsrv is not None
    services = services_for(home, pebble)
    try:
        account = new_account(services, pebble)
        # Nothing serves this port: the CA's validation fails (the self-check cannot tell).
        unserved = ValidationPlan(ChallengeConfig(Http01Listener(
            address="127.0.0.1", port=free_port(), self_check=False)))
        with pytest.raises(CertdeskError):
            services.certificates.issue(IssueRequest(account.id, names=["fails.example.com"],
                                                     validation=unserved))
        # Manual DNS with nobody to ask: the order waits for the user.
        manual = ValidationPlan(ChallengeConfig(Dns01Manual(
            resolvers=(pebble.challtestsrv.resolver,))))
        with pytest.raises(CertdeskError):
            services.certificates.issue(IssueRequest(account.id, names=["waits.example.com"],
                                                     validation=manual))
        summary = services.monitoring.summary()
        kinds = {(i.label, i.kind, i.severity) for i in summary.attention}
        assert ("fails.example.com", "order_failed", HealthState.CRITICAL) in kinds
        assert ("waits.example.com", "manual_action", HealthState.EXPIRING) in kinds
        assert summary.state is HealthState.CRITICAL  # red, and the list says why
        [failed] = [i for i in summary.attention if i.kind == "order_failed"]
        assert failed.message.startswith("Getting the certificate for fails.example.com "
                                         "failed: ")
    finally:
        services.close()
