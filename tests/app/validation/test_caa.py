"""CAA pre-check: the RFC 8659/8657 decision, and lookups against a real BIND zone."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from app.challenge_options import Dns01Manual, Http01Listener
from app.domain import ChallengeConfig
from app.errors import ValidationFailed
from app.progress import ProgressEvent
from app.validation.base import ChallengeTask
from app.validation.caa import (
    CaaLookupError,
    CaaRecord,
    decide,
    find_relevant,
    parse_issuer_value,
    precheck,
)
from app.validation.dns.query import Server, parse_server
from app.validation.resources import SolverResources
from tests.app.validation.conftest import discovery
from tests.support.bind import BindServer, zone_text
from tests.support.ports import free_port

LE = ["letsencrypt.org"]
ACCOUNT = "https://acme.example/acct/1"


def rec(text: str) -> CaaRecord:
    flags, tag, value = text.split(" ", 2)
    return CaaRecord(int(flags), tag, value.strip('"'))


def check(name: str, *records: str, **kwargs: Any) -> Any:
    kwargs.setdefault("ca_identities", LE)
    kwargs.setdefault("ca_name", "Let's Encrypt")
    return decide(name, [rec(r) for r in records], owner="example.com", **kwargs)


# -- the decision ---------------------------------------------------------------------------
def test_no_records_allow_everyone() -> None:
    assert decide("example.com", [], ca_identities=LE).allowed


def test_issue_names_the_ca() -> None:
    assert check("example.com", '0 issue "letsencrypt.org"').allowed
    assert check("example.com", '0 issue "digicert.com"', '0 issue "LetsEncrypt.org"').allowed


def test_issue_names_another_ca_refuses_with_the_fix() -> None:
    decision = check("example.com", '0 issue "digicert.com"')
    assert not decision.allowed
    assert decision.reason.startswith(
        "example.com has CAA 0 issue \"digicert.com\"; Let's Encrypt (letsencrypt.org) may "
        "not issue")
    assert '0 issue "letsencrypt.org"' in decision.hint


def test_subdomain_message_names_the_requested_name() -> None:
    decision = check("www.example.com", '0 issue "digicert.com"')
    assert "may not issue for www.example.com" in decision.reason


def test_issue_semicolon_forbids_everyone() -> None:
    assert not check("example.com", '0 issue ";"').allowed
    assert not check("example.com", '0 issue ""').allowed


def test_only_iodef_does_not_restrict() -> None:
    assert check("example.com", '0 iodef "mailto:sec@example.com"').allowed


def test_issuewild_takes_precedence_for_wildcards() -> None:
    records = ('0 issue "letsencrypt.org"', '0 issuewild ";"')
    assert not check("*.example.com", *records).allowed
    assert check("example.com", *records).allowed  # issuewild ignored for non-wildcards
    wild = check("*.example.com", '0 issue "digicert.com"', '0 issuewild "letsencrypt.org"')
    assert wild.allowed
    refused = check("*.example.com", '0 issue "letsencrypt.org"', '0 issuewild "digicert.com"')
    assert not refused.allowed and '0 issuewild "letsencrypt.org"' in refused.hint


def test_wildcard_falls_back_to_issue() -> None:
    assert check("*.example.com", '0 issue "letsencrypt.org"').allowed
    assert not check("*.example.com", '0 issue "digicert.com"').allowed


def test_critical_unknown_tag_refuses() -> None:
    decision = check("example.com", '0 issue "letsencrypt.org"', '128 tbs "unknown"')
    assert not decision.allowed
    assert '128 tbs "unknown"' in decision.reason and "critical" in decision.hint
    assert check("example.com", '0 issue "letsencrypt.org"', '0 tbs "unknown"').allowed
    assert check("example.com", '0 issue "letsencrypt.org"', '128 issue "x.org"').allowed


def test_accounturi() -> None:
    value = f'0 issue "letsencrypt.org; accounturi={ACCOUNT}"'
    assert check("example.com", value, account_uri=ACCOUNT).allowed
    other = check("example.com", value, account_uri="https://acme.example/acct/2")
    assert not other.allowed
    assert ACCOUNT in other.reason and "acct/2" in other.hint
    # Another record without the parameter still allows any account of the CA.
    assert check("example.com", value, '0 issue "letsencrypt.org"',
                 account_uri="https://acme.example/acct/2").allowed
    twice = f'0 issue "letsencrypt.org; accounturi={ACCOUNT}; accounturi={ACCOUNT}"'
    assert not check("example.com", twice, account_uri=ACCOUNT).allowed


def test_validationmethods() -> None:
    value = '0 issue "letsencrypt.org; validationmethods=dns-01,tls-alpn-01"'
    assert check("example.com", value, method="dns-01").allowed
    assert check("example.com", value, method="tls-alpn-01").allowed
    refused = check("example.com", value, method="http-01")
    assert not refused.allowed
    assert "not http-01" in refused.reason and "dns-01 or tls-alpn-01" in refused.hint


def test_both_parameters_and_whitespace() -> None:
    value = (f'0 issue "  letsencrypt.org ;accounturi={ACCOUNT} ;  '
             'validationmethods=http-01 "')
    assert check("example.com", value, account_uri=ACCOUNT, method="http-01").allowed
    assert not check("example.com", value, account_uri=ACCOUNT, method="dns-01").allowed


def test_parse_issuer_value() -> None:
    assert parse_issuer_value(";") is not None and parse_issuer_value(";").domain == ""  # type: ignore[union-attr]
    parsed = parse_issuer_value("ca.example; a=1; b-c=x,y")
    assert parsed is not None and parsed.domain == "ca.example"
    assert parsed.parameters == (("a", "1"), ("b-c", "x,y"))
    assert parse_issuer_value("ca example") is None
    assert parse_issuer_value("ca.example; novalue") is None
    # A malformed value naming the CA does not authorise it.
    assert not check("example.com", '0 issue "letsencrypt.org; broken"').allowed


# -- against a real BIND zone -----------------------------------------------------------------
ZONE = "caa.test."
SUB = "sub.caa.test."


@pytest.fixture
def bind(bind_factory: Callable[..., BindServer]) -> BindServer:
    ns = {"ns1.caa.test.": "127.0.0.1"}
    return bind_factory({
        ZONE: zone_text(ZONE, ns, [
            '@ IN CAA 0 issue "letsencrypt.org"',
            '@ IN CAA 0 issuewild ";"',
            '@ IN CAA 0 iodef "mailto:security@caa.test"',
            "alias IN CNAME target.other",
            'target.other IN CAA 0 issue "digicert.com"',
            "deep.www IN A 127.0.0.1",
        ]),
        SUB: zone_text(SUB, ns, ['@ IN CAA 0 issue "ca.example; validationmethods=dns-01"',
                                 'crit IN CAA 128 future "x"']),
    })


def servers(bind: BindServer) -> list[Server]:
    return [parse_server(bind.address)]


def test_lookup_finds_the_apex_rrset_from_below(bind: BindServer) -> None:
    owner, records = find_relevant("deep.www.caa.test", servers(bind))
    assert owner == "caa.test"
    assert {r.tag for r in records} == {"issue", "issuewild", "iodef"}
    assert decide("deep.www.caa.test", records, owner=owner, ca_identities=LE).allowed
    assert not decide("*.www.caa.test", records, owner=owner, ca_identities=LE).allowed


def test_lookup_stops_at_the_closest_rrset(bind: BindServer) -> None:
    owner, records = find_relevant("*.x.sub.caa.test", servers(bind))
    assert owner == "sub.caa.test"
    assert [r.value for r in records] == ["ca.example; validationmethods=dns-01"]
    owner, records = find_relevant("crit.sub.caa.test", servers(bind))
    assert owner == "crit.sub.caa.test" and records[0].critical


def test_lookup_follows_cnames(bind: BindServer) -> None:
    owner, records = find_relevant("alias.caa.test", servers(bind))
    assert owner == "alias.caa.test"
    assert [r.value for r in records] == ["digicert.com"]


def test_lookup_error_above_the_zone(bind: BindServer) -> None:
    bind.delete(ZONE, ZONE, "CAA")
    # BIND (not recursive) refuses the question for "test.": that is a lookup problem.
    with pytest.raises(CaaLookupError):
        find_relevant("nothing.caa.test", servers(bind))


class StubInfo:
    def __init__(self, ids: tuple[str, ...]) -> None:
        self.caa_identities = ids


class StubClient:
    directory_url = "https://acme-v02.api.letsencrypt.org/directory"

    def __init__(self, ids: tuple[str, ...] = ("letsencrypt.org",)) -> None:
        self.ids = ids

    def info(self) -> StubInfo:
        return StubInfo(self.ids)


def task(name: str, method: str = "dns-01", **extra: Any) -> ChallengeTask:
    return ChallengeTask(order_id="o1", identifier=name, identifier_type="dns",
                         challenge_type=method, token="t", key_authorization="t.k",
                         challenge_url="https://ca/chall", extra={"account_uri": ACCOUNT,
                                                                  **extra})


def run(tasks: list[tuple[ChallengeTask, ChallengeConfig]], client: Any,
        resources: SolverResources | None = None) -> list[ProgressEvent]:
    events: list[ProgressEvent] = []
    precheck(tasks, client, resources or SolverResources(), events.append)
    return events


def test_precheck_refuses_with_message_and_fix(bind: BindServer) -> None:
    config = ChallengeConfig(Dns01Manual(resolvers=(bind.address,)))
    with pytest.raises(ValidationFailed) as err:
        run([(task("ok.caa.test"), config), (task("alias.caa.test"), config)], StubClient())
    assert err.value.message == ('alias.caa.test has CAA 0 issue "digicert.com"; '
                                 "Let's Encrypt (letsencrypt.org) may not issue.")
    assert '0 issue "letsencrypt.org"' in err.value.hint


def test_precheck_validationmethods_and_override(bind: BindServer) -> None:
    dns = ChallengeConfig(Dns01Manual(resolvers=(bind.address,), caa_identities=("ca.example",)))
    http = ChallengeConfig(Http01Listener(resolvers=(bind.address,),
                                          caa_identities=("ca.example",)))
    events = run([(task("a.sub.caa.test"), dns)], StubClient())
    assert events[-1].state == "done" and "allows" in events[-1].message
    with pytest.raises(ValidationFailed, match="not http-01"):
        run([(task("a.sub.caa.test", "http-01"), http)], StubClient())


def test_precheck_uses_the_injected_resolver(bind: BindServer) -> None:
    config = ChallengeConfig(Http01Listener())
    resources = SolverResources(discovery=discovery(bind))
    with pytest.raises(ValidationFailed, match=r"\*\.caa\.test has CAA|caa.test has CAA"):
        run([(task("*.caa.test"), config)], StubClient(), resources)


def test_precheck_skips_without_identities_and_answered_challenges(bind: BindServer) -> None:
    config = ChallengeConfig(Dns01Manual(resolvers=(bind.address,)))
    events = run([(task("alias.caa.test"), config)], StubClient(()))
    assert "CAA not checked" in events[-1].message and "caaIdentities" in events[-1].message
    # A challenge already answered (resumed order) is not second-guessed.
    assert run([(task("alias.caa.test", status="processing"), config)], StubClient()) == []


def test_precheck_lookup_problems_only_warn() -> None:
    dead = f"127.0.0.1:{free_port()}"
    config = ChallengeConfig(Dns01Manual(resolvers=(dead,)))
    resources = SolverResources(discovery=discovery(dead, timeout=0.5))
    events = run([(task("example.test"), config)], StubClient(), resources)
    assert events[-1].state == "done" and "could not be checked" in events[-1].message
