"""The PowerDNS Authoritative HTTP API against a real pdns_server."""

from __future__ import annotations

import dns.message
import dns.query
import pytest

from app.validation.providers.base import ProviderError, TxtRecord
from app.validation.providers.powerdns import PowerDnsProvider
from tests.app.validation.provider_contract import check_contract
from tests.support.pdns import PowerDnsServer

ZONE = "example.test."


def _reader(server: PowerDnsServer):
    def read(name: str) -> set[str]:
        r = dns.query.udp(dns.message.make_query(name, "TXT"), server.host, port=server.dns_port,
                          timeout=2)
        return {b"".join(rd.strings).decode() for rr in r.answer for rd in rr
                if rr.rdtype == 16}
    return read


def test_contract(pdns):
    pdns.create_zone(ZONE, {"ns1.example.test.": "127.0.0.11"})
    check_contract(PowerDnsProvider(pdns.credentials()), ZONE, _reader(pdns))


def test_existing_values_are_kept(pdns):
    pdns.create_zone(ZONE, {"ns1.example.test.": "127.0.0.11"})
    provider = PowerDnsProvider(pdns.credentials())
    provider.create_txt(TxtRecord(ZONE, f"_acme-challenge.{ZONE}", "old"))
    provider.create_txt(TxtRecord(ZONE, f"_acme-challenge.{ZONE}", "new"))
    provider.delete_txt(TxtRecord(ZONE, f"_acme-challenge.{ZONE}", "new"))
    assert _reader(pdns)(f"_acme-challenge.{ZONE}") == {"old"}


def test_wrong_api_key(pdns):
    pdns.create_zone(ZONE, {"ns1.example.test.": "127.0.0.11"})
    provider = PowerDnsProvider(pdns.credentials() | {"api_key": "wrong"})
    with pytest.raises(ProviderError) as info:
        provider.test(ZONE)
    assert "401" in info.value.message
    with pytest.raises(ProviderError):
        provider.create_txt(TxtRecord(ZONE, f"_acme-challenge.{ZONE}", "v"))


def test_unknown_zone(pdns):
    provider = PowerDnsProvider(pdns.credentials())
    with pytest.raises(ProviderError) as info:
        provider.create_txt(TxtRecord("nothere.test.", "_acme-challenge.nothere.test.", "v"))
    assert "nothere.test" in info.value.message
