"""The PowerDNS Authoritative HTTP API (/api/v1): TXT values merged into the zone's RRset."""

from __future__ import annotations

from typing import Any

import requests

from app.validation.providers.base import (
    DnsProvider,
    ProviderError,
    ProviderField,
    ProviderInfo,
    TxtRecord,
)

_HINT = ("Check the API URL, the API key and that the zone exists on this PowerDNS server "
         "(api=yes and webserver=yes in pdns.conf).")


class PowerDnsProvider(DnsProvider):
    info = ProviderInfo(
        name="powerdns", title="PowerDNS Authoritative (HTTP API)",
        fields=(
            ProviderField("api_url", "API URL", required=True,
                          help="e.g. http://ns1.example.com:8081"),
            ProviderField("api_key", "API key", secret=True, required=True),
            ProviderField("server_id", "Server id", default="localhost"),
            ProviderField("zone", "Zone (optional; found in DNS when empty)"),
        ))

    def __init__(self, values: dict[str, str]) -> None:
        super().__init__(values)
        self.base = self.value("api_url").rstrip("/")
        if not self.base.endswith("/api/v1"):
            self.base += "/api/v1"
        self.session = requests.Session()
        self.session.headers["X-API-Key"] = self.value("api_key")
        self.timeout = 15.0

    def _url(self, zone: str | None = None) -> str:
        url = f"{self.base}/servers/{self.value('server_id')}"
        return url + f"/zones/{_zone_id(zone)}" if zone else url

    def _call(self, method: str, url: str, what: str, **kwargs: Any) -> requests.Response:
        try:
            response = self.session.request(method, url, timeout=self.timeout, **kwargs)
        except requests.RequestException as exc:
            raise ProviderError(f"{what}: the PowerDNS API at {self.base} could not be reached "
                                f"({exc}).", _HINT) from exc
        if response.status_code >= 400:
            raise ProviderError(f"{what}: the PowerDNS API answered {response.status_code}: "
                                f"{_error_text(response)}.", _HINT)
        return response

    def _current(self, record: TxtRecord) -> tuple[set[str], int]:
        response = self._call("GET", self._url(record.zone), f"Reading the zone {record.zone}",
                              params={"rrset_name": record.fqdn, "rrset_type": "TXT"})
        values: set[str] = set()
        ttl = record.ttl
        for rrset in response.json().get("rrsets", []):
            if rrset.get("name", "").lower() == record.fqdn.lower() and rrset.get("type") == "TXT":
                values |= {r["content"] for r in rrset.get("records", [])}
                ttl = min(ttl, int(rrset.get("ttl") or ttl))
        return values, ttl

    def _replace(self, record: TxtRecord, contents: set[str], ttl: int, what: str) -> None:
        rrset: dict[str, Any] = {"name": record.fqdn, "type": "TXT"}
        if contents:
            rrset.update(changetype="REPLACE", ttl=ttl,
                         records=[{"content": c, "disabled": False} for c in sorted(contents)])
        else:
            rrset["changetype"] = "DELETE"
        self._call("PATCH", self._url(record.zone), what, json={"rrsets": [rrset]})

    def create_txt(self, record: TxtRecord) -> None:
        contents, ttl = self._current(record)
        contents.add(_quote(record.value))
        self._replace(record, contents, ttl, f"Creating the TXT record {record.fqdn}")

    def delete_txt(self, record: TxtRecord) -> None:
        contents, ttl = self._current(record)
        if _quote(record.value) not in contents:
            return
        contents.discard(_quote(record.value))
        self._replace(record, contents, ttl, f"Deleting the TXT record {record.fqdn}")

    def test(self, zone: str | None = None) -> str:
        zone = zone or self.fixed_zone
        self._call("GET", self._url(), "Testing the PowerDNS API key")
        if zone:
            self._call("GET", self._url(zone), f"Reading the zone {zone}",
                       params={"rrsets": "false"})
            return f"The PowerDNS API accepted the key and serves the zone {zone}."
        return "The PowerDNS API accepted the key."


def _zone_id(zone: str) -> str:
    return zone.rstrip(".") + "."


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _error_text(response: requests.Response) -> str:
    try:
        return str(response.json().get("error") or response.text[:200])
    except ValueError:
        return response.text[:200] or response.reason
