"""Every validation method end to end: CertificateService.issue against a real Pebble doing
real validation, with BIND as the DNS Pebble asks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from app.challenge_options import Dns01Provider, DnsPersist01, Http01Webroot, TlsAlpn01Listener
from app.domain import ChallengeConfig, ValidationPlan
from app.services.certificates import IssueRequest
from app.services.container import Services
from app.storage.dns_persist import PersistMemory
from app.validation.base import ManualAction
from app.validation.credentials import CredentialStore
from tests.app.validation.conftest import ScriptedInteraction, discovery
from tests.support.acme_env import new_account, services_for
from tests.support.bind import BindServer, zone_text
from tests.support.pebble import Pebble
from tests.support.static_server import serving

pytestmark = pytest.mark.pebble

ZONE = "example.test."
NS_ADDRESS = "127.0.0.11"


def zone_with_hosts(*hosts: str) -> str:
    return zone_text(ZONE, {"ns1.example.test.": NS_ADDRESS},
                     [f"{h} IN A 127.0.0.1" for h in hosts])


@pytest.fixture
def bind_pebble(bind_factory, pebble_factory) -> Iterator[tuple[BindServer, Pebble]]:
    bind = bind_factory({ZONE: zone_with_hosts("www", "persist", "@")})
    pebble = pebble_factory(dns_server=bind.address)
    yield bind, pebble


def _services(home: Path, bind: BindServer, pebble: Pebble) -> Services:
    services = services_for(home, pebble)
    services.resources.discovery = discovery(bind, {NS_ADDRESS: bind.address})
    return services


def test_dns01_rfc2136_through_bind(home, bind_pebble):
    bind, pebble = bind_pebble
    services = _services(home, bind, pebble)
    CredentialStore(services.store).add("lab", "rfc2136", bind.credentials())
    account = new_account(services, pebble)
    plan = ValidationPlan(ChallengeConfig(Dns01Provider(credentials="lab")))
    cert = services.certificates.issue(IssueRequest(
        account.id, names=["www.example.test", "*.example.test"], validation=plan))
    assert cert.status == "active"
    assert bind.txt("_acme-challenge.www.example.test.") == set()
    assert bind.txt("_acme-challenge.example.test.") == set()
    assert not services.store.db.query("SELECT 1 FROM validation_leftovers")
    services.close()


def test_dns_persist01_record_created_once_then_two_issuances(home, bind_pebble):
    bind, pebble = bind_pebble
    services = _services(home, bind, pebble)
    memory = services.resources.persist_memory
    assert isinstance(memory, PersistMemory)
    account = new_account(services, pebble)
    plan = ValidationPlan(ChallengeConfig(DnsPersist01()))

    def admin_creates_record(action: ManualAction) -> None:
        for record in action.records:
            bind.add(ZONE, record["name"], "TXT", record["value"])

    first = ScriptedInteraction(on_confirm=admin_creates_record)
    cert = services.certificates.issue(
        IssueRequest(account.id, names=["persist.example.test"], validation=plan),
        interaction=first)
    assert cert.status == "active" and len(first.actions) == 1
    [record] = first.actions[0].records
    assert record["name"] == "_validation-persist.persist.example.test."
    assert f"accounturi={account.uri}" in record["value"]

    def no_prompt(action: ManualAction) -> None:
        raise AssertionError(f"asked again: {action.title}")

    second = services.certificates.issue(
        IssueRequest(account.id, names=["persist.example.test"], validation=plan),
        interaction=ScriptedInteraction(on_confirm=no_prompt))
    assert second.status == "active" and second.id != cert.id
    assert bind.txt("_validation-persist.persist.example.test.") == {record["value"]}
    [remembered] = memory.for_name("persist.example.test")
    assert remembered.last_validated_at is not None
    services.close()


def test_http01_webroot(home, pebble, tmp_path):
    root = tmp_path / "www"
    root.mkdir()
    with serving(root, pebble.http_port):
        services = services_for(home, pebble)
        account = new_account(services, pebble)
        plan = ValidationPlan(ChallengeConfig(Http01Webroot(webroot=str(root))))
        cert = services.certificates.issue(IssueRequest(
            account.id, names=["webroot.example.test"], validation=plan))
        assert cert.status == "active"
        left = (root / ".well-known" / "acme-challenge").iterdir()
        assert [p.name for p in left] == ["web.config"]  # for IIS; the tokens are gone
        services.close()


def test_tls_alpn01_responder(home, pebble):
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    plan = ValidationPlan(ChallengeConfig(TlsAlpn01Listener(address="127.0.0.1",
                                                            port=pebble.tls_port)))
    cert = services.certificates.issue(IssueRequest(
        account.id, names=["alpn.example.test", "alpn2.example.test"], validation=plan))
    assert cert.status == "active"
    services.close()


def test_dns01_powerdns_api(home, pdns, pebble_factory):
    pdns.create_zone(ZONE, {"ns1.example.test.": NS_ADDRESS})
    requests.patch(f"{pdns.api_url}/api/v1/servers/localhost/zones/{ZONE}", timeout=10,
                   headers={"X-API-Key": pdns.api_key},
                   json={"rrsets": [{"name": f"pdns.{ZONE}", "type": "A", "ttl": 60,
                                     "changetype": "REPLACE", "records": [
                                         {"content": "127.0.0.1", "disabled": False}]}]}
                   ).raise_for_status()
    pebble = pebble_factory(dns_server=pdns.address)
    services = services_for(home, pebble)
    services.resources.discovery = discovery(pdns.address, {NS_ADDRESS: pdns.address})
    CredentialStore(services.store).add("pdns", "powerdns", pdns.credentials())
    account = new_account(services, pebble)
    plan = ValidationPlan(ChallengeConfig(Dns01Provider(credentials="pdns")))
    cert = services.certificates.issue(IssueRequest(account.id, names=["pdns.example.test"],
                                                    validation=plan))
    assert cert.status == "active"
    records = requests.get(f"{pdns.api_url}/api/v1/servers/localhost/zones/{ZONE}", timeout=10,
                           headers={"X-API-Key": pdns.api_key}).json()["rrsets"]
    assert not [r for r in records if r["type"] == "TXT"]
    services.close()
