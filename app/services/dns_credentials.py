"""DNS provider credentials for both faces: provider fields (to generate forms), the saved
credential sets, adding, testing and removing them, acme-dns registration. Secrets stay
encrypted in the store."""

from __future__ import annotations

from app.validation.credentials import CredentialStore, CredentialSummary
from app.validation.providers.base import ProviderInfo

__all__ = ["CredentialSummary", "DnsCredentialService", "ProviderInfo"]


class DnsCredentialService:
    def __init__(self, credentials: CredentialStore) -> None:
        self._creds = credentials

    @staticmethod
    def providers(*, include_unavailable: bool = True) -> list[ProviderInfo]:
        from app.validation.providers.catalog import list_providers  # on first use

        return list_providers(include_unavailable=include_unavailable)

    @staticmethod
    def provider(name: str) -> ProviderInfo:
        from app.validation.providers.catalog import provider_info

        return provider_info(name)

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

    @staticmethod
    def test_values(provider: str, values: dict[str, str], zone: str | None = None) -> str:
        """Test credentials before they are stored (same result as test())."""
        from app.validation.providers.catalog import build_provider

        return build_provider(provider, dict(values)).test(zone)

    def register_acme_dns(self, name: str, api_url: str, *,
                          allow_from: list[str] | None = None) -> str:
        """Create an acme-dns account, store it as credentials `name` and return the name
        the _acme-challenge CNAMEs must point to."""
        from app.validation.providers.acmedns import register as acmedns_register

        values = acmedns_register(api_url, allow_from=allow_from or None)
        self._creds.add(name, "acme-dns", values)
        return values["fulldomain"]
