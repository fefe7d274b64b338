"""DNS provider credentials for the front ends: provider fields (to generate forms), the
saved credential sets, adding and testing them. Secrets stay encrypted in the store."""

from __future__ import annotations

from typing import Any

from app.validation.credentials import CredentialStore, CredentialSummary
from app.validation.providers.base import ProviderInfo
from app.validation.providers.catalog import list_providers

__all__ = ["CredentialSummary", "DnsCredentials", "ProviderInfo"]


class DnsCredentials:
    def __init__(self, store: Any) -> None:
        self._creds = CredentialStore(store)

    @staticmethod
    def providers() -> list[ProviderInfo]:
        return list_providers()

    def saved(self) -> list[CredentialSummary]:
        return self._creds.list()

    def add(self, name: str, provider: str, values: dict[str, str], *,
            replace: bool = False) -> CredentialSummary:
        return self._creds.add(name, provider, values, replace=replace)

    def remove(self, name: str) -> None:
        self._creds.remove(name)

    def test(self, name: str, zone: str | None = None) -> str:
        """A one-line description of what worked; raises a UserFacingError otherwise."""
        return self._creds.test(name, zone)
