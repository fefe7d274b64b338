from app.domain import ChallengeConfig
from app.names import parse_identifier
from app.wizard.methods import (
    MethodKey,
    method,
    method_of,
    methods_for,
    missing_fields,
    to_challenge,
)


def test_wildcards_only_dns_and_ips_never_dns() -> None:
    wild = {m.key for m in methods_for(parse_identifier("*.example.com"))}
    assert wild == {MethodKey.DNS_MANUAL, MethodKey.DNS_PROVIDER, MethodKey.DNS_EXEC}
    ip = {m.challenge for m in methods_for(parse_identifier("192.0.2.1"))}
    assert ip == {"http-01", "tls-alpn-01"}


def test_to_challenge_converts_and_drops_blanks() -> None:
    cfg = to_challenge(method(MethodKey.HTTP_LISTENER), {"address": "127.0.0.1", "port": "5002"})
    assert cfg == ChallengeConfig("http-01", {"mode": "listener", "address": "127.0.0.1",
                                              "port": 5002})
    dns = to_challenge(method(MethodKey.DNS_MANUAL), {"resolvers": "127.0.0.1:53, ::1"})
    assert dns.options == {"mode": "manual", "resolvers": ["127.0.0.1:53", "::1"]}
    assert to_challenge(method(MethodKey.DNS_MANUAL), {"resolvers": ""}).options == {
        "mode": "manual"}


def test_missing_required_fields_and_round_trip() -> None:
    info = method(MethodKey.HTTP_WEBROOT)
    assert [f.key for f in missing_fields(info, {})] == ["webroot"]
    assert missing_fields(info, {"webroot": "/srv/www"}) == []
    assert method_of(to_challenge(info, {"webroot": "/x"})) is MethodKey.HTTP_WEBROOT


def test_description_names_the_chosen_port() -> None:
    from app.wizard.methods import method

    info = method(MethodKey.HTTP_LISTENER)
    assert "port 80 of this computer" in info.describe({})
    assert "port 8080 of this computer" in info.describe({"port": 8080})
    assert "{" not in method(MethodKey.DNS_MANUAL).describe({})
