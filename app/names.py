"""Identifier parsing: DNS names (IDNA 2008 / UTS 46), wildcards and IP addresses.

Bad names are rejected here, before anything contacts a CA, with a message that says what is
wrong. Python's built-in "idna" codec implements IDNA 2003 (faß.de -> fass.de), so the `idna`
package is used instead.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

import idna

from app.errors import InvalidInput

_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_SHOWN = 60



def idna_reason(message: str) -> str:
    """The idna library's terse error as a sentence an admin understands."""
    text = message.rstrip(".")
    lowered = text.lower()
    if lowered.startswith("empty label") or "empty domain" in lowered:
        return "it has an empty part (two dots in a row, or a dot at the start)"
    if "hyphen" in lowered and ("start" in lowered or "end" in lowered):
        return "a part starts or ends with a hyphen"
    if "label too long" in lowered:
        return "a part is longer than 63 characters"
    if "domain too long" in lowered or "too long" in lowered:
        return "it is longer than 253 characters"
    codepoint = re.search(r"Codepoint (U\+[0-9A-Fa-f]+)", text)
    if codepoint:
        char = chr(int(codepoint.group(1)[2:], 16))
        shown_char = "_" if char == "_" else char if char.isprintable() else codepoint.group(1)
        return f"the character '{shown_char}' is not allowed in domain names"
    if "contexto" in lowered or "contextj" in lowered:
        return "it mixes characters that may not stand next to each other"
    return shown(text, 120)

def shown(text: str, limit: int = _SHOWN) -> str:
    """`text` cut to `limit` characters for a message (a 4 KB label stays one readable line)."""
    text = text.replace("\n", " ").replace("\r", " ")
    return text if len(text) <= limit else text[:limit - 1] + "…"


@dataclass(frozen=True)
class Identifier:
    """One name in a certificate. `value` is the ASCII form sent to the CA."""

    type: str  # "dns" | "ip"
    value: str
    display: str  # what the user typed, normalised (Unicode form for IDNs)

    @property
    def is_wildcard(self) -> bool:
        return self.type == "dns" and self.value.startswith("*.")

    @property
    def base_domain(self) -> str:
        """The name without a leading '*.'; the name whose _acme-challenge record is used."""
        return self.value[2:] if self.is_wildcard else self.value

    @property
    def is_idn(self) -> bool:
        return self.value != self.display


def parse_identifier(text: str) -> Identifier:
    raw = text.strip()
    if not raw:
        raise InvalidInput("An empty name was given.", "Remove the empty line.")
    candidate = raw[1:-1] if raw.startswith("[") and raw.endswith("]") else raw
    if "%" in candidate and ":" in candidate:
        raise InvalidInput(
            f"'{shown(raw)}' has an IPv6 zone id (the part after '%').",
            "A zone id only means something on this computer; certificates name global "
            "addresses. Remove it.")
    # Only text that could be an address is tried as one (a failed ip_address() costs more
    # than parsing the name): IPv6 has a ':', IPv4 is digits and dots.
    if ":" in candidate or candidate.replace(".", "").isdigit():
        try:
            ip = ipaddress.ip_address(candidate)
        except ValueError:
            pass
        else:
            return Identifier("ip", ip.compressed, ip.compressed)
    return _parse_dns_name(raw)


def _plain_ascii(name: str) -> str | None:
    """The name lower-cased if IDNA would leave it as it is (letters, digits, hyphens, no
    A-labels): the common case, without the cost of IDNA's per-label checks (an inventory of
    10,000 certificates parses every name on each load)."""
    if not name.isascii():
        return None
    lowered = name.lower()
    labels = lowered.split(".")
    if all(_LABEL.match(label) and label[2:4] != "--" for label in labels):
        return lowered
    return None


def _parse_dns_name(raw: str) -> Identifier:
    name = raw.rstrip(".")
    wildcard = False
    if name.startswith("*."):
        wildcard = True
        name = name[2:]
    if "*" in name:
        raise InvalidInput(
            f"'{shown(raw)}' has a '*' in the wrong place.",
            "A wildcard may only be the whole leftmost label, as in *.example.com.",
        )
    if " " in name or "/" in name or ":" in name or "@" in name:
        raise InvalidInput(
            f"'{shown(raw)}' is not a host name.",
            "Enter a bare name such as www.example.com (no scheme, path, port or e-mail).",
        )
    fast = _plain_ascii(name)
    try:
        ascii_name = fast or idna.encode(name, uts46=True, transitional=False).decode("ascii")
    except idna.IDNAError as exc:
        raise InvalidInput(
            f"'{shown(raw)}' is not a valid domain name: {idna_reason(str(exc))}.",
            "Check the spelling; international names are converted with IDNA 2008.",
        ) from exc
    ascii_name = ascii_name.lower()
    labels = ascii_name.split(".")
    if len(labels) < 2:
        raise InvalidInput(
            f"'{shown(raw)}' is a single label.",
            "Public CAs only issue for fully qualified names such as host.example.com.",
        )
    if len(ascii_name) > 253:
        raise InvalidInput(f"'{shown(raw)}' is longer than 253 characters.",
                           "Use a shorter name.")
    for label in labels:
        if not _LABEL.match(label):
            raise InvalidInput(
                f"'{shown(raw)}' has an invalid label '{shown(label, 30)}'.",
                "Labels use letters, digits and hyphens, 1-63 characters, "
                "not starting or ending with a hyphen.",
            )
    if labels[-1].isdigit():
        raise InvalidInput(f"'{shown(raw)}' ends in a numeric label.",
                           "Enter a real domain name.")
    try:
        display = ascii_name if fast else idna.decode(ascii_name)
    except idna.IDNAError:
        display = ascii_name
    prefix = "*." if wildcard else ""
    return Identifier("dns", prefix + ascii_name, prefix + display)


def parse_identifiers(texts: list[str] | tuple[str, ...]) -> list[Identifier]:
    """Parse, de-duplicate (keeping order) and reject an empty list."""
    seen: dict[tuple[str, str], Identifier] = {}
    for text in texts:
        for part in re.split(r"[\s,]+", text.strip()):
            if part:
                ident = parse_identifier(part)
                seen.setdefault((ident.type, ident.value), ident)
    if not seen:
        raise InvalidInput("No names were given.", "Enter at least one domain name.")
    return list(seen.values())
