"""Issue flags to ValidationPlan."""

from __future__ import annotations

from typing import Any

import pytest

from app.challenge_options import (
    Dns01Exec,
    Dns01Manual,
    Dns01Provider,
    DnsPersist01,
    Http01Listener,
    Http01Manual,
    Http01Webroot,
    TlsAlpn01Listener,
)
from app.cli.validation_options import plan_from_cli
from app.domain import ChallengeConfig
from app.errors import InvalidInput
from app.validation.base import SolverContext
from app.validation.registry import build_solver


class NoLeftovers:
    def record(self, order_id: str, kind: str, data: dict[str, object]) -> str:
        raise AssertionError("building a solver records nothing")

    def clear(self, leftover_id: str) -> None:
        raise AssertionError("building a solver clears nothing")


def plan(**kwargs):
    return plan_from_cli(**{"challenge": None, **kwargs}).default


def test_methods_and_modes():
    assert plan(challenge="dns-01", dns_exec="/hook").options == Dns01Exec(command="/hook")
    p = plan(challenge="dns-01", dns_provider="cloudflare", dns_credentials="cf",
             dns_resolvers=["10.0.0.53", "10.0.0.54:5353"])
    assert p.options == Dns01Provider(credentials="cf", provider="cloudflare",
                                      resolvers=("10.0.0.53:53", "10.0.0.54:5353"))
    assert plan(challenge="dns-01", dns_manual=True).options == Dns01Manual()
    assert plan(dns_manual=True).method == "dns-01"  # inferred
    assert plan(challenge="dns-persist-01").options == DnsPersist01()
    assert plan(challenge="http-01", webroot="/srv/www").options == Http01Webroot(
        webroot="/srv/www")
    assert plan(challenge="http-01", http_port=8080).options == Http01Listener(address="",
                                                                               port=8080)
    assert plan(challenge="http-01", http_manual=True).options == Http01Manual()
    assert plan(challenge="tls-alpn-01", tls_address="::", tls_port=8443).options == \
        TlsAlpn01Listener(address="::", port=8443)


def test_stored_json_is_what_the_flags_always_wrote():
    """Existing databases and backups hold these objects; they must read back the same."""
    stored: list[tuple[dict[str, Any], dict[str, object]]] = [
        ({"challenge": "dns-01", "dns_exec": "/hook"}, {"mode": "exec", "command": "/hook"}),
        ({"challenge": "dns-01", "dns_provider": "cloudflare", "dns_credentials": "cf",
          "dns_resolvers": "10.0.0.53"},
         {"mode": "provider", "credentials": "cf", "provider": "cloudflare",
          "resolvers": ["10.0.0.53:53"]}),
        ({"challenge": "dns-01", "dns_manual": True}, {"mode": "manual"}),
        ({"challenge": "dns-persist-01"}, {"mode": "check"}),
        ({"challenge": "http-01", "webroot": "/srv/www"}, {"mode": "webroot",
                                                           "webroot": "/srv/www"}),
        ({"challenge": "http-01"}, {"mode": "listener", "address": "", "port": 80}),
        ({"challenge": "http-01", "http_manual": True}, {"mode": "manual"}),
        ({"challenge": "tls-alpn-01"}, {"mode": "responder", "address": "0.0.0.0",
                                        "port": 443}),
    ]
    for flags, options in stored:
        config = plan(**flags)
        assert config.to_json() == {"method": flags["challenge"], "options": options}
        assert ChallengeConfig.from_json(config.to_json()) == config


def test_every_plan_builds_its_solver():
    ctx = SolverContext(leftovers=NoLeftovers())
    for p in (plan(challenge="dns-01", dns_exec="x"), plan(challenge="tls-alpn-01"),
              plan(challenge="http-01"), plan(challenge="dns-persist-01"),
              plan(challenge="http-01", webroot="/w"), plan(challenge="http-01",
                                                            http_manual=True),
              plan(challenge="dns-01", dns_manual=True)):
        solver = build_solver(p, ctx)
        assert solver.challenge_type == p.method


@pytest.mark.parametrize("kwargs, words", [
    ({"challenge": "dns-01"}, "needs a way"),
    ({"challenge": "dns-01", "dns_exec": "x", "dns_manual": True}, "Choose one"),
    ({"challenge": "dns-01", "dns_provider": "cloudflare"}, "--dns-credentials"),
    ({"challenge": "http-01", "dns_exec": "x"}, "does not apply"),
    ({"challenge": "tls-alpn-01", "webroot": "/w"}, "does not apply"),
    ({"challenge": "http-01", "webroot": "/w", "http_port": 80}, "cannot be combined"),
    ({"challenge": "http-01", "http_port": 70000}, "not a port"),
    ({"challenge": "smtp-01"}, "Unknown challenge"),
])
def test_clear_errors(kwargs, words):
    with pytest.raises(InvalidInput) as info:
        plan_from_cli(**kwargs)
    assert words in str(info.value)
