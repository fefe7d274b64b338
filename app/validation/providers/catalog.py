"""All DNS providers certdesk knows: the built-in ones first, then every dns-lexicon provider."""

from __future__ import annotations

from app.errors import InvalidInput
from app.validation.providers.acmedns import AcmeDnsProvider
from app.validation.providers.base import DnsProvider, ProviderInfo
from app.validation.providers.lexicon_adapter import LexiconProvider, lexicon_providers
from app.validation.providers.powerdns import PowerDnsProvider
from app.validation.providers.rfc2136 import Rfc2136Provider

BUILTIN: dict[str, type[DnsProvider]] = {
    cls.info.name: cls for cls in (Rfc2136Provider, PowerDnsProvider, AcmeDnsProvider)
}


def list_providers(*, include_unavailable: bool = True) -> list[ProviderInfo]:
    infos = [cls.info for cls in BUILTIN.values()]
    infos += [i for i in lexicon_providers() if i.name not in BUILTIN]
    return [i for i in infos if include_unavailable or i.available]


def provider_info(name: str) -> ProviderInfo:
    for info in list_providers():
        if info.name == name:
            return info
    raise InvalidInput(f"Unknown DNS provider '{name}'.",
                       "Run `certdesk-cli dns providers` to see the available providers.")


def build_provider(name: str, values: dict[str, str]) -> DnsProvider:
    if name in BUILTIN:
        return BUILTIN[name](values)
    provider_info(name)
    return LexiconProvider(name, values)
