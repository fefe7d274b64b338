"""dns-lexicon providers through certdesk's adapter, with their HTTP APIs mocked (`responses`).

The fakes keep records in memory, so the shared provider contract runs against them; any
request not mocked fails, so nothing reaches the internet.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
import requests
import responses

from app.validation.providers.base import ProviderError, TxtRecord
from app.validation.providers.catalog import build_provider, list_providers, provider_info
from app.validation.providers.lexicon_adapter import LexiconProvider, guess_zone
from tests.app.validation.provider_contract import check_contract

ZONE = "example.com."
CF = "https://api.cloudflare.com/client/v4"
DO = "https://api.digitalocean.com/v2"


@pytest.fixture
def mocked() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        yield rsps


class FakeCloudflare:
    def __init__(self, rsps: responses.RequestsMock, token: str = "cf-token") -> None:
        self.token = token
        self.records: dict[str, dict[str, Any]] = {}
        self.ids = itertools.count(1)
        self.ttls: list[int] = []
        rsps.add_callback("GET", re.compile(re.escape(CF) + r"/zones(\?.*)?$"), self.zones)
        rsps.add_callback("GET", re.compile(re.escape(CF) + r"/zones/z1/dns_records.*"),
                          self.list)
        rsps.add_callback("POST", f"{CF}/zones/z1/dns_records", self.create)
        rsps.add_callback("DELETE", re.compile(re.escape(CF) + r"/zones/z1/dns_records/\w+"),
                          self.delete)

    def _denied(self, request: Any) -> tuple[int, dict[str, str], str] | None:
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return 403, {}, json.dumps({"success": False,
                                        "errors": [{"code": 10000, "message": "Auth error"}]})
        return None

    def zones(self, request: Any) -> tuple[int, dict[str, str], str]:
        denied = self._denied(request)
        if denied:
            return denied
        zones = [{"id": "z1", "name": "example.com"}]
        return 200, {}, json.dumps({"success": True, "result": zones,
                                    "result_info": {"page": 1, "total_pages": 1}})

    def list(self, request: Any) -> tuple[int, dict[str, str], str]:
        denied = self._denied(request)
        if denied:
            return denied
        params = request.params
        found = [r for r in self.records.values()
                 if all(params.get(k) in (None, r[k]) for k in ("type", "name", "content"))]
        return 200, {}, json.dumps({"success": True, "result": found,
                                    "result_info": {"page": 1, "total_pages": 1}})

    def create(self, request: Any) -> tuple[int, dict[str, str], str]:
        denied = self._denied(request)
        if denied:
            return denied
        body = json.loads(request.body)
        self.ttls.append(int(body.get("ttl", 0)))
        record_id = f"r{next(self.ids)}"
        self.records[record_id] = {"id": record_id, "type": body["type"], "name": body["name"],
                                   "content": body["content"], "ttl": body.get("ttl", 1)}
        return 200, {}, json.dumps({"success": True, "result": self.records[record_id]})

    def delete(self, request: Any) -> tuple[int, dict[str, str], str]:
        self.records.pop(request.url.rsplit("/", 1)[1], None)
        return 200, {}, json.dumps({"success": True})

    def txt(self, name: str) -> set[str]:
        return {r["content"] for r in self.records.values()
                if r["type"] == "TXT" and r["name"] == name.rstrip(".")}


class FakeDigitalOcean:
    def __init__(self, rsps: responses.RequestsMock) -> None:
        self.records: dict[int, dict[str, Any]] = {}
        self.ids = itertools.count(100)
        rsps.add(responses.GET, f"{DO}/domains/example.com",
                 json={"domain": {"name": "example.com"}})
        rsps.add_callback("GET", re.compile(re.escape(DO) + r"/domains/example.com/records.*"),
                          lambda r: (200, {}, json.dumps({"domain_records":
                                                          list(self.records.values())})))
        rsps.add_callback("POST", f"{DO}/domains/example.com/records", self.create)
        rsps.add_callback("DELETE", re.compile(re.escape(DO) + r"/domains/example.com/records/\d+"),
                          self.delete)

    def create(self, request: Any) -> tuple[int, dict[str, str], str]:
        body = json.loads(request.body)
        record_id = next(self.ids)
        self.records[record_id] = {"id": record_id, "type": body["type"], "name": body["name"],
                                   "data": body["data"], "ttl": body["ttl"]}
        return 201, {}, json.dumps({"domain_record": self.records[record_id]})

    def delete(self, request: Any) -> tuple[int, dict[str, str], str]:
        self.records.pop(int(request.url.rsplit("/", 1)[1]), None)
        return 204, {}, ""

    def txt(self, name: str) -> set[str]:
        relative = name.rstrip(".").removesuffix(".example.com")
        return {r["data"] for r in self.records.values()
                if r["type"] == "TXT" and r["name"] == relative}


def test_cloudflare_contract(mocked):
    fake = FakeCloudflare(mocked)
    provider = build_provider("cloudflare", {"auth_token": "cf-token"})
    check_contract(provider, ZONE, fake.txt)
    assert set(fake.ttls) == {60}


def test_cloudflare_wrong_token_is_a_clear_error(mocked):
    FakeCloudflare(mocked)
    provider = build_provider("cloudflare", {"auth_token": "wrong"})
    with pytest.raises(ProviderError) as info:
        provider.create_txt(TxtRecord(ZONE, f"_acme-challenge.{ZONE}", "v"))
    assert "Cloudflare" in info.value.message and "403" in info.value.message
    with pytest.raises(ProviderError):
        provider.test(ZONE)


def test_digitalocean_contract(mocked):
    fake = FakeDigitalOcean(mocked)
    check_contract(build_provider("digitalocean", {"auth_token": "do-token"}), ZONE, fake.txt)


def test_provider_list_comes_from_lexicon_metadata():
    names = {p.name: p for p in list_providers()}
    for wanted in ("cloudflare", "route53", "azure", "googleclouddns", "digitalocean", "hetzner",
                   "ovh", "gandi", "linode4", "desec", "porkbun", "godaddy", "rfc2136",
                   "powerdns", "acme-dns"):
        assert wanted in names, wanted
    cloudflare = provider_info("cloudflare")
    fields = {f.name: f for f in cloudflare.fields}
    assert set(fields) == {"auth_username", "auth_token", "zone_id"}
    assert fields["auth_token"].secret and not fields["zone_id"].secret
    assert names["powerdns"].source == "builtin"  # the built-in one wins over lexicon's
    ovh = {f.name: f for f in provider_info("ovh").fields}
    assert "ovh-eu" in ovh["auth_entrypoint"].help


def test_unavailable_provider_says_what_is_missing(monkeypatch):
    info = provider_info("route53")
    if info.available:
        pytest.skip("boto3 is installed here")
    assert "boto3" in info.note
    with pytest.raises(ProviderError) as exc:
        LexiconProvider("route53", {})
    assert "boto3" in exc.value.message


def test_zone_guess_works_offline(mocked):
    # `mocked` has no route for publicsuffix.org: a download attempt would fail the test.
    assert guess_zone("_acme-challenge.www.example.co.uk.") == "example.co.uk."
    assert guess_zone("a.b.example.com") == "example.com."
    assert not mocked.calls


def test_a_token_in_the_request_url_is_not_echoed_in_the_error(mocked):
    """Namesilo sends its key as a query parameter; a connection error names the URL."""
    token = "ns-secret-token-4711"
    mocked.add("GET", re.compile(r"https://www\.namesilo\.com/.*"),
               body=requests.ConnectionError(
                   "Max retries exceeded with url: /api/getDomainInfo?version=1&type=xml"
                   f"&key={token}&domainName=example.com"))
    provider = build_provider("namesilo", {"auth_token": token})
    with pytest.raises(ProviderError) as info:
        provider.create_txt(TxtRecord(ZONE, f"_acme-challenge.{ZONE}", "v"))
    error = info.value
    assert "Max retries" in error.message  # the reason is still there
    texts = [str(error), error.message, error.hint, error.detail, repr(error.__cause__)]
    assert not any(token in t for t in texts)


def test_a_token_echoed_in_an_error_response_is_redacted(mocked):
    token = "ns-secret-token-4711"
    mocked.add("GET", re.compile(r"https://www\.namesilo\.com/.*"), status=401,
               body=f"invalid key {token}")
    provider = build_provider("namesilo", {"auth_token": token})
    with pytest.raises(ProviderError) as info:
        provider.create_txt(TxtRecord(ZONE, f"_acme-challenge.{ZONE}", "v"))
    assert token not in str(info.value) and token not in repr(info.value.__cause__)


def test_a_token_echoed_url_encoded_is_redacted(mocked):
    """A token with URL-special characters appears percent-encoded in a request URL."""
    token = "ns+secret/token=4711"
    encoded = "ns%2Bsecret%2Ftoken%3D4711"
    mocked.add("GET", re.compile(r"https://www\.namesilo\.com/.*"),
               body=requests.ConnectionError(
                   f"Max retries exceeded with url: /api/getDomainInfo?key={encoded}"))
    provider = build_provider("namesilo", {"auth_token": token})
    with pytest.raises(ProviderError) as info:
        provider.create_txt(TxtRecord(ZONE, f"_acme-challenge.{ZONE}", "v"))
    texts = [str(info.value), info.value.message, info.value.detail]
    assert not any(token in t or encoded in t for t in texts)
