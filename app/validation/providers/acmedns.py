"""acme-dns (github.com/joohoi/acme-dns): a tiny DNS server whose TXT records are set over HTTP.

The user CNAMEs `_acme-challenge.NAME` to the account's `fulldomain` once; after that every
update goes to acme-dns, which keeps the two most recent values (so a wildcard and its apex
validate together) and has no delete.
"""

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

_HINT = "Check the acme-dns server URL and the account (username, password, subdomain)."


class AcmeDnsProvider(DnsProvider):
    info = ProviderInfo(
        name="acme-dns", title="acme-dns",
        fields=(
            ProviderField("api_url", "acme-dns server URL", required=True,
                          help="e.g. https://auth.acme-dns.io"),
            ProviderField("username", "Username", required=True),
            ProviderField("password", "Password", secret=True, required=True),
            ProviderField("subdomain", "Subdomain", required=True),
            ProviderField("fulldomain", "Full domain (the CNAME target)"),
        ))

    def __init__(self, values: dict[str, str]) -> None:
        super().__init__(values)
        self.api_url = self.value("api_url").rstrip("/")
        self.timeout = 15.0

    def _update(self, value: str, what: str) -> None:
        try:
            response = requests.post(
                f"{self.api_url}/update", timeout=self.timeout,
                headers={"X-Api-User": self.value("username"),
                         "X-Api-Key": self.value("password")},
                json={"subdomain": self.value("subdomain"), "txt": value})
        except requests.RequestException as exc:
            raise ProviderError(f"{what}: acme-dns at {self.api_url} could not be reached "
                                f"({exc}).", _HINT) from exc
        if response.status_code != 200:
            raise ProviderError(f"{what}: acme-dns answered {response.status_code}: "
                                f"{response.text[:200]}.", _HINT)

    def create_txt(self, record: TxtRecord) -> None:
        self._update(record.value, f"Updating acme-dns for {record.fqdn}")

    def delete_txt(self, record: TxtRecord) -> None:
        """acme-dns has no delete; the value is replaced by the next update."""

    def test(self, zone: str | None = None) -> str:
        # acme-dns only accepts 43-character values; a dummy one proves the credentials.
        self._update("certdesk-credentials-test-000000000000000000"[:43],
                     "Testing the acme-dns account")
        return f"acme-dns at {self.api_url} accepted the account {self.value('username')}."


def register(api_url: str, *, allow_from: list[str] | None = None,
             timeout: float = 15.0) -> dict[str, str]:
    """Create an acme-dns account; returns the credential fields (incl. the CNAME target)."""
    body: dict[str, Any] = {"allowfrom": allow_from} if allow_from else {}
    url = api_url.rstrip("/")
    try:
        response = requests.post(f"{url}/register", json=body, timeout=timeout)
    except requests.RequestException as exc:
        raise ProviderError(f"acme-dns at {url} could not be reached ({exc}).", _HINT) from exc
    if response.status_code not in (200, 201):
        raise ProviderError(f"acme-dns refused the registration ({response.status_code}): "
                            f"{response.text[:200]}.", _HINT)
    data = response.json()
    return {"api_url": url, "username": str(data["username"]),
            "password": str(data["password"]), "subdomain": str(data["subdomain"]),
            "fulldomain": str(data["fulldomain"])}
