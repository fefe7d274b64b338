"""Named DNS API credentials, encrypted in the store (master key in the OS keyring).

The table `dns_credentials` holds only the name, the provider and the field names; the values
are one AES-GCM-sealed JSON document in `secrets`. Solvers read them through SecretReader.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from app.clock import Clock, SystemClock
from app.errors import InvalidInput, NotFound
from app.storage.dns_credentials import DnsCredentialRows
from app.storage.rows import loads, req_iso

PURPOSE = "dns-credentials"
PROVIDER_KEY = "provider"  # added to the dict credentials() returns
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


@dataclass(frozen=True)
class CredentialSummary:
    name: str
    provider: str
    fields: tuple[str, ...]  # names of the stored fields, never their values
    created_at: dt.datetime
    updated_at: dt.datetime

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "provider": self.provider, "fields": list(self.fields),
                "created_at": self.created_at.isoformat(),
                "updated_at": self.updated_at.isoformat()}


class CredentialStore:
    """Implements SecretReader for solvers, plus management for the CLI and the GUI."""

    def __init__(self, store: Any, *, clock: Clock | None = None) -> None:
        self._rows = DnsCredentialRows(store.db)
        self._secrets = store.secrets
        self._clock = clock or SystemClock()

    def add(self, name: str, provider: str, values: dict[str, str], *,
            replace: bool = False) -> CredentialSummary:
        if not _NAME.match(name):
            raise InvalidInput(f"'{name}' is not a usable credentials name.",
                               "Use letters, digits, '.', '_' and '-' (up to 64).")
        # The providers (requests, dnspython, dns-lexicon) load when credentials are used.
        from app.validation.providers.catalog import build_provider, provider_info

        info = provider_info(provider)
        known = {f.name for f in info.fields}
        unknown = sorted(set(values) - known)
        if unknown:
            raise InvalidInput(f"The {info.title} provider has no field(s) {', '.join(unknown)}.",
                               "Its fields are: " + ", ".join(sorted(known)) + ".")
        values = {k: v for k, v in values.items() if v != ""}
        build_provider(provider, dict(values))  # checks required fields and formats
        existing = self._row(name)
        if existing is not None and not replace:
            raise InvalidInput(f"Credentials named '{name}' already exist.",
                               "Remove them first, or use --replace.")
        now = self._clock.now()
        blob = json.dumps({"provider": provider, "values": values}).encode()
        secret_id = self._secrets.put(PURPOSE, blob,
                                      existing["secret_id"] if existing is not None else None)
        self._rows.put(name, provider, secret_id, list(values), now)
        return self.get(name)

    def _row(self, name: str) -> Any:
        return self._rows.get(name)

    @staticmethod
    def _summary(row: Any) -> CredentialSummary:
        return CredentialSummary(row["name"], row["provider"], tuple(loads(row["field_names"])),
                                 req_iso(row["created_at"]), req_iso(row["updated_at"]))

    def get(self, name: str) -> CredentialSummary:
        row = self._row(name)
        if row is None:
            raise NotFound(f"No DNS credentials named '{name}'.",
                           "List them with `certdesk-cli dns credentials list`.")
        return self._summary(row)

    def list(self) -> list[CredentialSummary]:
        return [self._summary(r) for r in self._rows.all()]

    def remove(self, name: str) -> None:
        row = self._row(name)
        if row is None:
            raise NotFound(f"No DNS credentials named '{name}'.",
                           "List them with `certdesk-cli dns credentials list`.")
        self._rows.remove(name, row["secret_id"])

    def credentials(self, name: str) -> dict[str, str]:
        """The decrypted field values, plus the provider name under PROVIDER_KEY."""
        row = self._row(name)
        if row is None:
            raise NotFound(f"No DNS credentials named '{name}'.",
                           "Add them with `certdesk-cli dns credentials add`.")
        data = json.loads(self._secrets.get(row["secret_id"]))
        return {**{str(k): str(v) for k, v in data["values"].items()},
                PROVIDER_KEY: str(data["provider"])}

    def test(self, name: str, zone: str | None = None) -> str:
        values = self.credentials(name)
        provider = values.pop(PROVIDER_KEY)
        from app.validation.providers.catalog import build_provider

        return build_provider(provider, values).test(zone)
