"""The interface every DNS API provider implements, and how it describes its settings.

A provider is built from one stored credential set (a dict of field values, see
app.validation.credentials). It never decides where a record goes: the solver tells it the
zone (found by DNS discovery, or given by the user) and the record's full name.
"""

from __future__ import annotations

import abc
from dataclasses import dataclass
from typing import ClassVar

from app.errors import ValidationFailed
from app.redaction import redact

DEFAULT_TTL = 60


@dataclass(frozen=True)
class ProviderField:
    """One setting of a provider, enough for a GUI to render a form field."""

    name: str
    label: str
    secret: bool = False
    required: bool = False
    help: str = ""
    default: str = ""


@dataclass(frozen=True)
class ProviderInfo:
    name: str  # stable key, e.g. "rfc2136", "cloudflare"
    title: str
    fields: tuple[ProviderField, ...]
    source: str = "builtin"  # builtin | lexicon
    available: bool = True  # False when an optional dependency is missing
    note: str = ""  # e.g. "needs the route53 extra (boto3)"


@dataclass(frozen=True)
class TxtRecord:
    zone: str  # zone apex, FQDN with trailing dot
    fqdn: str  # record name, FQDN with trailing dot
    value: str
    ttl: int = DEFAULT_TTL

    @property
    def relative_name(self) -> str:
        """The name relative to the zone ("@" for the apex)."""
        name, zone = self.fqdn.rstrip(".").lower(), self.zone.rstrip(".").lower()
        if name == zone:
            return "@"
        if not name.endswith("." + zone):
            raise ValueError(f"{self.fqdn} is not inside the zone {self.zone}")
        return name[: -len(zone) - 1]


class ProviderError(ValidationFailed):
    """The DNS provider refused or failed a change, or the credentials do not work."""


class DnsProvider(abc.ABC):
    info: ClassVar[ProviderInfo]

    def __init__(self, values: dict[str, str]) -> None:
        self.values = values
        missing = [f.label for f in self.info.fields if f.required and not values.get(f.name)]
        if missing:
            raise ProviderError(f"The {self.info.title} credentials lack: {', '.join(missing)}.",
                                "Edit the credentials with `certdesk-cli dns credentials add`.")

    def value(self, name: str) -> str:
        for field in self.info.fields:
            if field.name == name:
                return str(self.values.get(name) or field.default)
        return str(self.values.get(name) or "")

    def redact(self, text: str) -> str:
        """`text` with every secret credential value replaced: API errors can echo them
        (e.g. a request URL with the token as a query parameter)."""
        secrets = {f.name for f in self.info.fields if f.secret}
        # Every form an error may show: a URL's query string holds the value URL-encoded.
        return redact(text, [value for name, value in self.values.items()
                             if name in secrets and len(value) >= 4])

    @property
    def fixed_zone(self) -> str | None:
        """A zone the credentials are tied to, if any (the solver then skips discovery)."""
        zone = self.values.get("zone")
        return zone.rstrip(".") + "." if zone else None

    @abc.abstractmethod
    def create_txt(self, record: TxtRecord) -> None:
        """Add the TXT value (keeping other values at that name)."""

    @abc.abstractmethod
    def delete_txt(self, record: TxtRecord) -> None:
        """Remove this TXT value only; succeed quietly when it is already gone."""

    @abc.abstractmethod
    def test(self, zone: str | None = None) -> str:
        """Check that the credentials work (for `zone` if given); a short human summary."""
