"""Checks the names a user types into the wizard, line by line, as they type."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from app.errors import InvalidInput
from app.name_scripts import MixedScriptWarning, mixed_script_warning
from app.names import Identifier, parse_identifier

#: Above this many names the wizard warns (CAs cap SANs; Let's Encrypt allows 100).
MANY_NAMES = 100


class NameNotice(enum.StrEnum):
    """Things worth telling the user about a valid list; the front end words them."""

    WILDCARD = "wildcard"  # wildcards need DNS validation
    IDN = "idn"  # international names are shown in both forms
    IP = "ip"  # IP addresses need HTTP or TLS-ALPN validation
    MANY = "many"  # more than MANY_NAMES names
    MIXED_SCRIPT = "mixed-script"  # a look-alike risk (UTS #39): see NamesCheck.script_warnings


@dataclass(frozen=True)
class NameLine:
    """One entry as typed. Exactly one of `identifier` and `error` is set."""

    line: int  # 1-based line number
    text: str
    identifier: Identifier | None = None
    error: str = ""
    hint: str = ""
    duplicate: bool = False


@dataclass(frozen=True)
class NamesCheck:
    entries: tuple[NameLine, ...]

    @property
    def identifiers(self) -> tuple[Identifier, ...]:
        return tuple(e.identifier for e in self.entries
                     if e.identifier is not None and not e.duplicate)

    @property
    def errors(self) -> tuple[NameLine, ...]:
        return tuple(e for e in self.entries if e.error)

    @property
    def ok(self) -> bool:
        return bool(self.identifiers) and not self.errors

    @property
    def notices(self) -> frozenset[NameNotice]:
        ids = self.identifiers
        found: set[NameNotice] = set()
        if any(i.is_wildcard for i in ids):
            found.add(NameNotice.WILDCARD)
        if any(i.is_idn for i in ids):
            found.add(NameNotice.IDN)
        if any(i.type == "ip" for i in ids):
            found.add(NameNotice.IP)
        if len(ids) > MANY_NAMES:
            found.add(NameNotice.MANY)
        if self.script_warnings:
            found.add(NameNotice.MIXED_SCRIPT)
        return frozenset(found)

    @property
    def script_warnings(self) -> tuple[MixedScriptWarning, ...]:
        """International names that mix scripts, with their Unicode and ASCII forms."""
        found = (mixed_script_warning(i) for i in self.identifiers)
        return tuple(w for w in found if w is not None)

    @property
    def values(self) -> tuple[str, ...]:
        """The ASCII names to send to the CA, in the order typed, without duplicates."""
        return tuple(i.value for i in self.identifiers)


_SPLIT = re.compile(r"[\s,;]+")


def check_names(text: str) -> NamesCheck:
    entries: list[NameLine] = []
    seen: set[tuple[str, str]] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        for part in _SPLIT.split(line.strip()):
            if not part:
                continue
            try:
                ident = parse_identifier(part)
            except InvalidInput as exc:
                entries.append(NameLine(number, part, error=exc.message, hint=exc.hint))
                continue
            key = (ident.type, ident.value)
            entries.append(NameLine(number, part, ident, duplicate=key in seen))
            seen.add(key)
    return NamesCheck(tuple(entries))
