"""Failure paths against a real Pebble: each stops before the CA counts a failed validation,
cleans up, and says what the checker saw."""

from __future__ import annotations

import socket
import sys

import dns.message
import dns.query
import pytest

from app.challenge_options import Dns01Exec, Http01Listener
from app.domain import ChallengeConfig, ValidationPlan
from app.errors import ValidationFailed
from app.services.certificates import IssueRequest
from tests.support.acme_env import new_account, services_for
from tests.support.pebble import Pebble

pytestmark = pytest.mark.pebble


def _txt(pebble: Pebble, name: str) -> set[str]:
    assert pebble.challtestsrv is not None
    host, port = pebble.challtestsrv.resolver.split(":")
    r = dns.query.udp(dns.message.make_query(name, "TXT"), host, port=int(port), timeout=2)
    return {b"".join(rd.strings).decode() for rr in r.answer for rd in rr if rr.rdtype == 16}


def _orders_failed_before_answering(services, pebble) -> None:
    [order] = services.certificates.orders()
    assert order.state in ("failed", "submitted")


def test_servfail_is_reported_and_records_cleaned(home, pebble):
    assert pebble.challtestsrv is not None
    name = "_acme-challenge.servfail.example.test."
    pebble.challtestsrv.post("/set-servfail", {"host": name})
    services = services_for(home, pebble)
    try:
        account = new_account(services, pebble)
        plan = ValidationPlan(ChallengeConfig(Dns01Exec(
            command=pebble.challtestsrv.exec_hook(), resolvers=(pebble.challtestsrv.resolver,),
            propagation_timeout=1)))
        with pytest.raises(ValidationFailed) as info:
            services.certificates.issue(IssueRequest(account.id, names=["servfail.example.test"],
                                                     validation=plan))
        assert "SERVFAIL" in info.value.message and name in info.value.message
    finally:
        pebble.challtestsrv.post("/clear-servfail", {"host": name})
        services.close()
    assert _txt(pebble, name) == set()  # the hook's cleanup ran


def test_wrong_value_is_caught_before_the_ca(home, pebble, tmp_path):
    assert pebble.challtestsrv is not None
    hook = tmp_path / "wrong_hook.py"
    hook.write_text(
        "import sys, requests\n"
        "mgmt, action, fqdn, value = sys.argv[1:5]\n"
        "if action == 'present':\n"
        "    requests.post(mgmt + '/set-txt', json={'host': fqdn, 'value': 'not-' + value})\n"
        "else:\n"
        "    requests.post(mgmt + '/clear-txt', json={'host': fqdn})\n")
    services = services_for(home, pebble)
    try:
        account = new_account(services, pebble)
        plan = ValidationPlan(ChallengeConfig(Dns01Exec(
            command=f"{sys.executable} {hook} {pebble.challtestsrv.mgmt_url}",
            resolvers=(pebble.challtestsrv.resolver,), propagation_timeout=1)))
        with pytest.raises(ValidationFailed) as info:
            services.certificates.issue(IssueRequest(account.id, names=["wrong.example.test"],
                                                     validation=plan))
        assert "other value" in info.value.message and "'not-" in info.value.message
    finally:
        services.close()
    assert _txt(pebble, "_acme-challenge.wrong.example.test.") == set()


def test_http_port_busy(home, pebble):
    services = services_for(home, pebble)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        try:
            account = new_account(services, pebble)
            plan = ValidationPlan(ChallengeConfig(Http01Listener(address="127.0.0.1", port=port)))
            with pytest.raises(ValidationFailed) as info:
                services.certificates.issue(IssueRequest(
                    account.id, names=["busy.example.test"], validation=plan))
        finally:
            services.close()
    assert "already in use" in info.value.message and "webroot" in info.value.hint
