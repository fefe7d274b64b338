import pytest

from app.challenge_options import Dns01Manual, Http01Listener, TlsAlpn01Listener
from app.domain import ChallengeConfig
from app.errors import InvalidInput
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
    assert cfg == ChallengeConfig(Http01Listener(address="127.0.0.1", port=5002))
    dns = to_challenge(method(MethodKey.DNS_MANUAL), {"resolvers": "127.0.0.1:53, ::1"})
    assert dns.options == Dns01Manual(resolvers=("127.0.0.1:53", "::1"))
    assert to_challenge(method(MethodKey.DNS_MANUAL), {"resolvers": ""}).options == Dns01Manual()
    # the form's defaults are given like typed values
    assert to_challenge(method(MethodKey.TLS_ALPN), {}).options == TlsAlpn01Listener(
        address="0.0.0.0", port=443)


@pytest.mark.parametrize("key, values, words", [
    (MethodKey.HTTP_LISTENER, {"port": "eighty"}, "not a number"),
    (MethodKey.HTTP_LISTENER, {"port": "70000"}, "not a port number"),
    (MethodKey.TLS_ALPN, {"port": 0}, "not a port number"),
    (MethodKey.HTTP_WEBROOT, {"webroot": ""}, "No webroot"),
    (MethodKey.DNS_EXEC, {"command": ""}, "hook command is empty"),
    (MethodKey.DNS_PROVIDER, {}, "No DNS credentials"),
])
def test_values_a_method_refuses(key: MethodKey, values: dict[str, object], words: str) -> None:
    with pytest.raises(InvalidInput) as info:
        to_challenge(method(key), values)
    assert words in info.value.message and info.value.hint


def test_every_method_is_found_again_from_its_options() -> None:
    values = {"command": "hook", "credentials": "lab", "webroot": "/srv/www"}
    for info in (method(k) for k in MethodKey):
        config = to_challenge(info, values)
        assert method_of(config) is info.key
        assert (config.method, config.options.mode) == (info.challenge, info.mode)


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
