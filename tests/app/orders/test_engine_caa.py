"""The CAA pre-check in the order engine, end to end against Pebble and its DNS server.

Pebble's directory names pebble.letsencrypt.org in caaIdentities; most tests override it with
the `caa_identities` validation option; the CAA records live in pebble-challtestsrv.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from app.domain import ChallengeConfig, ValidationPlan
from app.errors import ValidationFailed
from app.progress import ProgressEvent
from app.services.certificates import IssueRequest
from tests.support.acme_env import dns_plan, new_account, services_for
from tests.support.pebble import Pebble

pytestmark = pytest.mark.pebble

CA_ID = "pebble.test"


@pytest.fixture
def caa(pebble: Pebble) -> Iterator[Any]:
    """caa(host, "issue", "value") adds a CAA record in the challtestsrv; removed afterwards."""
    assert pebble.challtestsrv is not None
    srv = pebble.challtestsrv
    hosts: list[str] = []

    def add(host: str, *policies: tuple[str, str]) -> None:
        hosts.append(host)
        srv.post("/add-caa", {"host": host,
                              "policies": [{"tag": t, "value": v} for t, v in policies]})

    yield add
    for host in hosts:
        srv.post("/clear-caa", {"host": host})


def plan_with_ids(pebble: Pebble) -> ValidationPlan:
    plan = dns_plan(pebble)
    options = replace(plan.default.options, caa_identities=(CA_ID,))
    return replace(plan, default=ChallengeConfig(options))


def test_forbidding_caa_fails_the_order_before_any_answer(home: Path, pebble: Pebble,
                                                         caa: Any) -> None:
    base = f"caa-{uuid.uuid4().hex[:8]}.example.com"
    caa(base, ("issue", "digicert.com"))
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    events: list[ProgressEvent] = []
    request = IssueRequest(account.id, names=[f"www.{base}"], validation=plan_with_ids(pebble))
    with pytest.raises(ValidationFailed) as err:
        services.certificates.issue(request, progress=events.append)
    assert err.value.message == (f'{base} has CAA 0 issue "digicert.com"; '
                                 f"127.0.0.1:{pebble.port} ({CA_ID}) may not issue for "
                                 f"www.{base}.")
    assert f'0 issue "{CA_ID}"' in err.value.hint
    [order] = services.certificates.orders(unfinished_only=False)
    assert order.state == "failed" and "digicert.com" in (order.error or "")
    assert services.certificates.get(order.certificate_id).status == "failed"
    assert not any(e.step == "present" for e in events)  # nothing was even prepared
    # Pebble never saw an answer: every challenge of the order is still pending.
    client = services.accounts.client_for(account)
    assert order.order_url
    authz_urls = client.post_as_get(order.order_url).body["authorizations"]
    challenges = [c for url in authz_urls
                  for c in client.post_as_get(url).body["challenges"]]
    assert challenges and {c["status"] for c in challenges} == {"pending"}


def test_allowing_caa_issues(home: Path, pebble: Pebble, caa: Any) -> None:
    base = f"caa-{uuid.uuid4().hex[:8]}.example.com"
    caa(base, ("issue", "digicert.com"), ("issue", CA_ID), ("issuewild", ";"))
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    events: list[ProgressEvent] = []
    cert = services.certificates.issue(
        IssueRequest(account.id, names=[base, f"www.{base}"],
                     validation=plan_with_ids(pebble)), progress=events.append)
    assert cert.current is not None and cert.status != "failed"
    assert any(e.step == "caa" and "allows" in e.message for e in events)
    # ... while a wildcard under the same records is refused (issuewild ";").
    with pytest.raises(ValidationFailed, match="issuewild"):
        services.certificates.issue(IssueRequest(account.id, names=[f"*.{base}"],
                                                 validation=plan_with_ids(pebble)))


def test_identities_come_from_the_directory(home: Path, pebble: Pebble, caa: Any) -> None:
    """No override: Pebble's directory names pebble.letsencrypt.org, and the check uses it."""
    base = f"caa-{uuid.uuid4().hex[:8]}.example.com"
    caa(base, ("issue", "digicert.com"))
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    with pytest.raises(ValidationFailed) as err:
        services.certificates.issue(IssueRequest(account.id, names=[base],
                                                 validation=dns_plan(pebble)))
    assert "(pebble.letsencrypt.org) may not issue" in err.value.message
    assert '0 issue "pebble.letsencrypt.org"' in err.value.hint
    allowed = f"caa-{uuid.uuid4().hex[:8]}.example.com"
    caa(allowed, ("issue", "pebble.letsencrypt.org"))
    events: list[ProgressEvent] = []
    cert = services.certificates.issue(
        IssueRequest(account.id, names=[allowed], validation=dns_plan(pebble)),
        progress=events.append)
    assert cert.current is not None
    assert any(e.step == "caa" and "allows" in e.message for e in events)
