"""RFC 2136 + TSIG against a real BIND 9."""

from __future__ import annotations

import base64

import pytest

from app.validation.providers.base import ProviderError, TxtRecord
from app.validation.providers.rfc2136 import Rfc2136Provider
from tests.app.validation.provider_contract import check_contract
from tests.support.bind import zone_text
from tests.support.ports import free_port

ZONE = "example.test."


@pytest.fixture
def bind(bind_factory):
    return bind_factory({ZONE: zone_text(ZONE, {"ns1.example.test.": "127.0.0.11"})})


def test_contract(bind):
    provider = Rfc2136Provider(bind.credentials())
    check_contract(provider, ZONE, bind.txt)


def test_records_get_a_short_ttl(bind):
    Rfc2136Provider(bind.credentials()).create_txt(TxtRecord(ZONE, f"x.{ZONE}", "v"))
    import dns.message
    import dns.query

    r = dns.query.udp(dns.message.make_query(f"x.{ZONE}", "TXT"), bind.host, port=bind.port,
                      timeout=2)
    assert r.answer[0].ttl == 60


def test_wrong_key_is_a_clear_error(bind):
    values = bind.credentials() | {"key_secret": base64.b64encode(b"w" * 32).decode()}
    provider = Rfc2136Provider(values)
    with pytest.raises(ProviderError) as info:
        provider.create_txt(TxtRecord(ZONE, f"_acme-challenge.{ZONE}", "v"))
    assert "TSIG" in info.value.message and bind.address in info.value.message
    with pytest.raises(ProviderError):
        provider.test(ZONE)
    assert bind.txt(f"_acme-challenge.{ZONE}") == set()


def test_unknown_key_name_is_refused(bind):
    provider = Rfc2136Provider(bind.credentials() | {"key_name": "other-key."})
    with pytest.raises(ProviderError):
        provider.test()


def test_zone_not_served_is_reported(bind):
    provider = Rfc2136Provider(bind.credentials())
    with pytest.raises(ProviderError) as info:
        provider.create_txt(TxtRecord("other.test.", "_acme-challenge.other.test.", "v"))
    assert "NOTAUTH" in info.value.message or "REFUSED" in info.value.message


def test_test_without_zone_checks_the_key_only(bind):
    assert "accepted" in Rfc2136Provider(bind.credentials()).test()


def test_server_down(bind):
    provider = Rfc2136Provider(bind.credentials() | {"server": f"127.0.0.1:{free_port()}"})
    with pytest.raises(ProviderError) as info:
        provider.test(ZONE)
    assert "could not be reached" in info.value.message


def test_bad_settings_are_rejected_before_contacting_anything():
    with pytest.raises(ProviderError):
        Rfc2136Provider({"server": "127.0.0.1", "key_name": "k", "key_secret": "not base64!"})
    with pytest.raises(ProviderError):
        Rfc2136Provider({"server": "127.0.0.1", "key_name": "k", "key_secret": "AAAA",
                         "key_algorithm": "rot13"})
    with pytest.raises(ProviderError) as info:
        Rfc2136Provider({"server": "127.0.0.1"})
    assert "TSIG key name" in info.value.message
