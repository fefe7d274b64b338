"""Every dns-lexicon provider (Cloudflare, Route 53, Azure, Google, OVH, ...) through one adapter.

The provider list and each provider's settings come from lexicon itself (its provider modules
and their argument parsers), so the GUI can render the forms without a hand-kept table.
Lexicon's Client guesses the zone with tldextract, which downloads the public-suffix list;
certdesk drives the provider class directly with the zone it found in DNS instead, and its own
fallback guess uses tldextract's bundled snapshot with fetching disabled, so nothing here
reaches the network except the provider's API.
"""

from __future__ import annotations

import argparse
import functools
import logging
from types import ModuleType
from typing import Any

import requests

from app.validation.providers.base import (
    DEFAULT_TTL,
    DnsProvider,
    ProviderError,
    ProviderField,
    ProviderInfo,
    TxtRecord,
)

log = logging.getLogger(__name__)

_SECRET_WORDS = ("token", "password", "passwd", "secret", "key", "psw", "credential")
_TITLES = {"route53": "Amazon Route 53", "azure": "Azure DNS", "googleclouddns": "Google Cloud DNS",
           "digitalocean": "DigitalOcean", "desec": "deSEC", "godaddy": "GoDaddy", "ovh": "OVH",
           "linode4": "Linode (API v4)", "hetzner": "Hetzner DNS", "cloudflare": "Cloudflare",
           "porkbun": "Porkbun", "gandi": "Gandi", "namecheap": "Namecheap", "ionos": "IONOS"}
_EXTRAS = {"route53": "route53 (boto3)"}


def _discovery() -> tuple[dict[str, bool], Any]:
    from lexicon._private.discovery import find_providers, load_provider_module

    return find_providers(), load_provider_module


def _is_secret(name: str) -> bool:
    return not name.endswith("_id") and any(w in name for w in _SECRET_WORDS)


def _label(name: str) -> str:
    text = name.removeprefix("auth_").replace("_", " ")
    return text[:1].upper() + text[1:]


def _fields(module: ModuleType) -> tuple[ProviderField, ...]:
    parser = argparse.ArgumentParser(add_help=False)
    module.Provider.configure_parser(parser)
    fields = []
    for action in parser._actions:
        if not action.option_strings:
            continue
        help_text = str(action.help or "")
        if action.choices:
            help_text += " (one of: " + ", ".join(str(c) for c in action.choices) + ")"
        fields.append(ProviderField(action.dest, _label(action.dest),
                                    secret=_is_secret(action.dest), help=help_text.strip(),
                                    default="" if action.default is None else str(action.default)))
    return tuple(fields)


@functools.lru_cache(maxsize=1)
def lexicon_providers() -> tuple[ProviderInfo, ...]:
    try:
        available, load = _discovery()
    except ImportError:  # pragma: no cover - lexicon is a hard dependency
        return ()
    result = []
    for name, usable in sorted(available.items()):
        note = "" if usable else f"needs the optional extra {_EXTRAS.get(name, name)}"
        try:
            fields = _fields(load(name))
        except Exception as exc:  # a provider module whose optional imports are missing
            log.debug("lexicon provider %s not loadable: %s", name, exc)
            fields, usable = (), False
            note = note or f"cannot be loaded: {exc}"
        result.append(ProviderInfo(name=name, title=_TITLES.get(name, name.capitalize()),
                                   fields=fields, source="lexicon", available=usable, note=note))
    return tuple(result)


def guess_zone(name: str) -> str:
    """The registrable domain of `name` from the bundled public-suffix snapshot (offline)."""
    import tldextract

    extractor = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(),
                                      fallback_to_snapshot=True, include_psl_private_domains=True)
    parts = extractor(name.rstrip("."))
    if not parts.domain or not parts.suffix:
        raise ProviderError(f"Cannot tell the DNS zone of {name}.",
                            "Enter the zone in the credentials (field 'zone').")
    return f"{parts.domain}.{parts.suffix}."


class LexiconProvider(DnsProvider):
    """One lexicon provider, built per call so lexicon's per-domain state never leaks."""

    def __init__(self, provider_name: str, values: dict[str, str]) -> None:
        infos = {i.name: i for i in lexicon_providers()}
        if provider_name not in infos:
            raise ProviderError(f"dns-lexicon has no provider '{provider_name}'.",
                                "Run `certdesk-cli dns providers` for the list.")
        self.info = infos[provider_name]  # type: ignore[misc]
        if not self.info.available:
            raise ProviderError(f"The {self.info.title} provider is not available: "
                                f"{self.info.note}.", "Install the missing package and retry.")
        super().__init__(values)
        self.provider_name = provider_name

    def _provider(self, zone: str, ttl: int = DEFAULT_TTL) -> Any:
        from lexicon.config import ConfigResolver

        _, load = _discovery()
        options = {k: v for k, v in self.values.items() if k != "zone" and v != ""}
        config = ConfigResolver().with_dict({  # type: ignore[no-untyped-call]
            "provider_name": self.provider_name, "domain": zone.rstrip("."), "ttl": ttl,
            self.provider_name: options})
        provider = load(self.provider_name).Provider(config)
        self._wrap(provider.authenticate, f"Signing in to {self.info.title} for {zone}")
        return provider

    def _wrap(self, fn: Any, what: str, *args: Any) -> Any:
        try:
            return fn(*args)
        except requests.HTTPError as exc:
            status = exc.response.status_code if exc.response is not None else "?"
            text = self.redact(exc.response.text[:200]) if exc.response is not None else ""
            # `from None`: the original exception's text can hold the token (URL, body)
            raise ProviderError(f"{what}: {self.info.title} answered {status}: {text}",
                                "Check the credentials and their permissions for this zone.") \
                from None
        except ProviderError:
            raise
        except Exception as exc:  # lexicon raises plain exceptions (AuthenticationError, ...)
            text = self.redact(f"{type(exc).__name__}: {exc}")
            raise ProviderError(f"{what}: {text}",
                                "Check the credentials and that the zone exists at "
                                f"{self.info.title}.") from None

    def create_txt(self, record: TxtRecord) -> None:
        provider = self._provider(record.zone, record.ttl)
        self._wrap(provider.create_record, f"Creating the TXT record {record.fqdn}", "TXT",
                   record.fqdn.rstrip("."), record.value)

    def delete_txt(self, record: TxtRecord) -> None:
        provider = self._provider(record.zone, record.ttl)
        self._wrap(provider.delete_record, f"Deleting the TXT record {record.fqdn}", None, "TXT",
                   record.fqdn.rstrip("."), record.value)

    def test(self, zone: str | None = None) -> str:
        zone = zone or self.fixed_zone
        if not zone:
            raise ProviderError(f"Testing {self.info.title} credentials needs a zone.",
                                "Give the zone to test against (--zone).")
        provider = self._provider(zone)
        self._wrap(provider.list_records, f"Listing records of {zone}", "TXT")
        return f"{self.info.title} accepted the credentials for the zone {zone.rstrip('.')}."
