"""The account dialog's logic: which CA, whether EAB is needed, and what blocks "Create"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.acme.presets import check_directory_url
from app.crypto.keys import DEFAULT_KEY_TYPE, KeyType
from app.errors import InvalidInput

_EMAIL = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$")


@dataclass(frozen=True)
class CaChoice:
    """One entry of the CA picker: a preset, its staging twin, or a custom directory."""

    key: str
    name: str
    directory: str  # the preset key or URL passed to the service
    url: str = ""  # the directory URL, for showing
    staging: bool = False
    eab_required: bool = False
    eab_help: str = ""  # where to get EAB credentials
    custom: bool = False


def ca_choices(presets: Sequence[Any]) -> list[CaChoice]:
    """Picker entries from the service's presets; each staging twin right after its CA.

    Presets are read by attribute or key so the picker tolerates the service's exact type.
    """
    made: dict[str, CaChoice] = {}
    twins: dict[str, str] = {}
    for preset in presets:
        key = str(_get(preset, "key", default=""))
        url = str(_get(preset, "directory", default=""))
        made[key] = CaChoice(key, str(_get(preset, "name", default=key)), key or url, url,
                             bool(_get(preset, "staging", default=False)),
                             bool(_get(preset, "eab_required", default=False)),
                             str(_get(preset, "eab_help", default="") or ""))
        twin = _get(preset, "staging_key", default=None)
        if isinstance(twin, str) and twin:
            twins[twin] = key
    choices: list[CaChoice] = []
    for key, choice in made.items():
        if key in twins and twins[key] in made:
            continue  # placed after its production CA
        choices.append(choice)
        for twin, prod in twins.items():
            if prod == key and twin in made:
                choices.append(made[twin])
    choices.append(CaChoice("custom", "Other CA (directory URL)", "", custom=True))
    return choices


def _get(obj: Any, *names: str, default: Any) -> Any:
    for n in names:
        if isinstance(obj, dict) and n in obj:
            return obj[n]
        if hasattr(obj, n):
            return getattr(obj, n)
    return default


def parse_emails(text: str) -> tuple[list[str], list[str]]:
    """(valid, invalid) contact addresses from a comma/space separated list."""
    good: list[str] = []
    bad: list[str] = []
    for part in re.split(r"[\s,;]+", text.strip()):
        if not part:
            continue
        (good if _EMAIL.match(part) else bad).append(part)
    return good, bad


@dataclass
class AccountForm:
    choice: CaChoice | None = None
    custom_url: str = ""
    emails_text: str = ""
    agree_tos: bool = False
    tos_url: str | None = None
    key_type: KeyType = DEFAULT_KEY_TYPE
    eab_kid: str = ""
    eab_hmac_key: str = field(default="", repr=False)
    ca_bundle: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def directory(self) -> str:
        if self.choice is None:
            return ""
        return self.custom_url.strip() if self.choice.custom else self.choice.directory

    @property
    def needs_eab(self) -> bool:
        return bool(self.choice and self.choice.eab_required)

    @property
    def shows_eab(self) -> bool:
        """EAB fields are shown when required, and for custom CAs (which may need them)."""
        return bool(self.choice and (self.choice.eab_required or self.choice.custom))

    def problems(self) -> list[str]:
        out: list[str] = []
        if self.choice is None:
            out.append("Choose a certificate authority.")
        elif self.choice.custom and not self.directory:
            out.append("Enter the CA's directory URL (https://...).")
        elif self.choice.custom:
            try:
                check_directory_url(self.directory)
            except InvalidInput as exc:
                out.append(f"{exc.message} {exc.hint}")
        _, bad = parse_emails(self.emails_text)
        if bad:
            out.append(f"'{bad[0]}' is not an e-mail address.")
        if self.needs_eab and not (self.eab_kid.strip() and self.eab_hmac_key.strip()):
            out.append("This CA needs an EAB key ID and HMAC key.")
        if bool(self.eab_kid.strip()) != bool(self.eab_hmac_key.strip()):
            out.append("Enter both the EAB key ID and the HMAC key, or neither.")
        if self.tos_url and not self.agree_tos:
            out.append("Agree to the CA's terms of service.")
        return out

    def request_fields(self) -> dict[str, Any]:
        emails, _ = parse_emails(self.emails_text)
        return {
            "directory": self.directory,
            "emails": emails,
            "agree_tos": self.agree_tos,  # never on the user's behalf
            "key_type": self.key_type,
            "eab_kid": self.eab_kid.strip() or None,
            "eab_hmac_key": self.eab_hmac_key.strip() or None,
            "ca_bundle": self.ca_bundle,
        }
