"""Issue flags to ValidationPlan."""

from __future__ import annotations

import pytest

from app.cli.validation_options import plan_from_cli
from app.errors import InvalidInput
from app.validation.registry import solver_class


def plan(**kwargs):
    return plan_from_cli(**{"challenge": None, **kwargs}).default


def test_methods_and_modes():
    assert plan(challenge="dns-01", dns_exec="/hook").options == {"mode": "exec",
                                                                  "command": "/hook"}
    p = plan(challenge="dns-01", dns_provider="cloudflare", dns_credentials="cf",
             dns_resolvers=["10.0.0.53", "10.0.0.54:5353"])
    assert p.options == {"mode": "provider", "credentials": "cf", "provider": "cloudflare",
                         "resolvers": ["10.0.0.53:53", "10.0.0.54:5353"]}
    assert plan(challenge="dns-01", dns_manual=True).options == {"mode": "manual"}
    assert plan(dns_manual=True).method == "dns-01"  # inferred
    assert plan(challenge="dns-persist-01").options == {"mode": "check"}
    assert plan(challenge="http-01", webroot="/srv/www").options == {"mode": "webroot",
                                                                    "webroot": "/srv/www"}
    assert plan(challenge="http-01", http_port=8080).options == {
        "mode": "listener", "address": "", "port": 8080}
    assert plan(challenge="http-01", http_manual=True).options == {"mode": "manual"}
    assert plan(challenge="tls-alpn-01", tls_address="::", tls_port=8443).options == {
        "mode": "responder", "address": "::", "port": 8443}
    for p in (plan(challenge="dns-01", dns_exec="x"), plan(challenge="tls-alpn-01"),
              plan(challenge="http-01"), plan(challenge="dns-persist-01"),
              plan(challenge="http-01", webroot="/w"), plan(challenge="http-01",
                                                            http_manual=True)):
        assert solver_class(p)  # every plan maps to a solver


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
