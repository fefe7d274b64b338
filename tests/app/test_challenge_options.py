"""The typed options of each validation method, and the stored JSON they read and write."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from app.challenge_options import (
    MODES,
    Dns01Exec,
    Dns01Manual,
    Dns01Provider,
    DnsPersist01,
    Http01Listener,
    Http01Manual,
    Http01Webroot,
    TlsAlpn01Listener,
    ValidationOptions,
    options_from_json,
)
from app.domain import ChallengeConfig, ValidationPlan
from app.errors import InvalidInput

# Stored validation plans as certdesk wrote them before the options were typed: by the
# command line's flags, the wizard's forms (blank fields left out), and tests or older homes
# with the rarer keys.
OLD_STORED: list[dict[str, object]] = [
    {"method": "dns-01", "options": {"mode": "exec", "command": "/usr/local/bin/hook",
                                     "resolvers": ["10.0.0.53:53"]}},
    {"method": "dns-01", "options": {"mode": "manual"}},
    {"method": "dns-01", "options": {"mode": "manual", "resolvers": ["127.0.0.1:53", "::1"],
                                     "propagation_timeout": 0.1}},
    {"method": "dns-01", "options": {"mode": "provider", "credentials": "cf",
                                     "provider": "cloudflare", "zone": "example.com.",
                                     "ttl": 120, "caa_identities": ["ca.example"]}},
    {"method": "dns-persist-01", "options": {"mode": "check"}},
    {"method": "dns-persist-01", "options": {"mode": "check", "issuer_domain": "ca.example",
                                             "account_uri": "https://ca/acct/1",
                                             "wildcard": True}},
    {"method": "http-01", "options": {"mode": "listener", "address": "", "port": 80}},
    {"method": "http-01", "options": {"mode": "listener", "port": 8080}},
    {"method": "http-01", "options": {"mode": "listener", "address": "127.0.0.1", "port": 5002,
                                      "self_check": False, "check_port": 5002}},
    {"method": "http-01", "options": {"mode": "webroot", "webroot": "/var/www/html"}},
    {"method": "http-01", "options": {"mode": "manual"}},
    {"method": "tls-alpn-01", "options": {"mode": "responder", "address": "0.0.0.0",
                                          "port": 443}},
]


@pytest.mark.parametrize("stored", OLD_STORED, ids=lambda s: str(s["options"]))
def test_an_old_stored_config_reads_and_writes_back_the_same(stored: dict[str, object]) -> None:
    config = ChallengeConfig.from_json(stored)
    assert config.to_json() == stored
    assert ChallengeConfig.from_json(config.to_json()) == config


def test_an_old_stored_plan_round_trips() -> None:
    stored = {"default": OLD_STORED[7], "per_name": {"*.shop.example": OLD_STORED[2]}}
    plan = ValidationPlan.from_json(stored)
    assert plan.to_json() == stored
    assert plan.for_name("*.shop.example").options == Dns01Manual(
        resolvers=("127.0.0.1:53", "::1"), propagation_timeout=0.1)
    assert plan.for_name("www.shop.example").options == Http01Listener(port=8080)


def test_each_mode_reads_as_its_own_type() -> None:
    types: dict[tuple[str, str], type[ValidationOptions]] = {
        ("dns-01", "exec"): Dns01Exec, ("dns-01", "manual"): Dns01Manual,
        ("dns-01", "provider"): Dns01Provider, ("dns-persist-01", "check"): DnsPersist01,
        ("http-01", "listener"): Http01Listener, ("http-01", "webroot"): Http01Webroot,
        ("http-01", "manual"): Http01Manual, ("tls-alpn-01", "responder"): TlsAlpn01Listener}
    assert set(types) == set(MODES)
    given = {"command": "hook", "credentials": "lab", "webroot": "/w"}
    for (method, mode), cls in types.items():
        options = options_from_json(method, {"mode": mode, **given})
        assert type(options) is cls
        assert (options.method, options.mode) == (method, mode)


def test_without_a_mode_the_challenge_default_applies() -> None:
    assert ChallengeConfig.from_json({"method": "http-01"}).options == Http01Listener()
    assert options_from_json("tls-alpn-01", {"port": 8443}) == TlsAlpn01Listener(port=8443)
    assert options_from_json("dns-persist-01", {}) == DnsPersist01()
    assert options_from_json("dns-01", {"command": "hook"}) == Dns01Exec(command="hook")
    assert ValidationPlan.from_json({}).default == ChallengeConfig(Http01Listener())


def test_lenient_values_of_older_homes_are_read() -> None:
    options = options_from_json("http-01", {"mode": "listener", "port": "8080"})
    assert options == Http01Listener(port=8080)
    assert options_from_json("dns-01", {"mode": "manual", "caa_identities": "ca.example"}) \
        == Dns01Manual(caa_identities=("ca.example",))
    until = options_from_json("dns-persist-01", {"persist_until": 1_900_000_000})
    assert isinstance(until, DnsPersist01)
    assert until.persist_until == dt.datetime.fromtimestamp(1_900_000_000, dt.UTC)
    naive = options_from_json("dns-persist-01", {"persist_until": "2030-01-01T00:00:00"})
    assert isinstance(naive, DnsPersist01)
    assert naive.persist_until == dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    assert naive.to_json() == {"mode": "check", "persist_until": "2030-01-01T00:00:00+00:00"}


@pytest.mark.parametrize("method, options, words", [
    ("smtp-01", {}, "Unknown validation method"),
    ("dns-persist-01", {"mode": "manual"}, "dns-persist-01 (manual) is not available"),
    ("http-01", {"mode": "exec"}, "http-01 (exec) is not available"),
    ("dns-01", {"mode": "exec"}, "hook command is empty"),
    ("dns-01", {"mode": "provider"}, "No DNS credentials"),
    ("http-01", {"mode": "webroot", "webroot": ""}, "No webroot"),
    ("http-01", {"mode": "listener", "port": "eighty"}, "not a whole number"),
    ("http-01", {"mode": "listener", "port": True}, "not a whole number"),
    ("http-01", {"mode": "listener", "self_check": "no"}, "not true or false"),
    ("dns-01", {"mode": "manual", "resolvers": [53]}, "not a list of text"),
    ("dns-01", {"mode": "manual", "propagation_timeout": "soon"}, "not a number"),
    ("dns-persist-01", {"persist_until": "next year"}, "not a time"),
])
def test_stored_nonsense_is_refused_with_a_hint(method: str, options: dict[str, object],
                                                words: str) -> None:
    with pytest.raises(InvalidInput) as info:
        options_from_json(method, options)
    assert words in info.value.message and info.value.hint


def test_invalid_values_are_refused_at_construction() -> None:
    cases: list[tuple[str, object]] = []
    for build in (lambda: Dns01Exec(command="  "),
                  lambda: Dns01Provider(credentials=""),
                  lambda: Dns01Provider(credentials="lab", provider=""),
                  lambda: Dns01Provider(credentials="lab", ttl=0),
                  lambda: Dns01Manual(propagation_timeout=0),
                  lambda: Dns01Manual(resolvers=("",)),
                  lambda: DnsPersist01(persist_until=dt.datetime(2030, 1, 1)),
                  lambda: Http01Listener(port=0),
                  lambda: Http01Manual(check_port=65536),
                  lambda: Http01Webroot(webroot=""),
                  lambda: TlsAlpn01Listener(port=70000),
                  lambda: TlsAlpn01Listener(caa_identities=(" ",))):
        with pytest.raises(InvalidInput) as info:
            build()
        cases.append((info.value.message, info.value.hint))
    assert all(message and hint for message, hint in cases)


def test_options_are_frozen_values() -> None:
    options = Dns01Provider(credentials="lab", resolvers=("10.0.0.53:53",))
    with pytest.raises(AttributeError):
        options.ttl = 5  # type: ignore[misc]
    assert hash(ChallengeConfig(options)) == hash(ChallengeConfig(replace(options)))
    assert ChallengeConfig(options).method == "dns-01"
