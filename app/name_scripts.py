"""Mixed-script international names (UTS #39, "highly restrictive" level), for a warning.

`pаypal.com` with a Cyrillic "а" looks like `paypal.com` and is a different name. UTS #39
section 5.2 allows a label to mix scripts only in the combinations real writing uses: Latin
with Han and Japanese kana, with Han and Bopomofo, or with Han and Hangul. Anything else is
worth a warning that shows the Unicode and the ASCII form side by side. This is a warning,
not a refusal: the user may own both names.

Python's unicodedata has no Script property; a character's script is read from its Unicode
name ("CYRILLIC SMALL LETTER A"), which names the script for letters; digits, hyphens and
combining marks belong to no script (Common/Inherited).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from app.errors import InvalidInput
from app.names import Identifier, parse_identifier

_JAPANESE = frozenset({"Latin", "Han", "Hiragana", "Katakana"})
_CHINESE = frozenset({"Latin", "Han", "Bopomofo"})
_KOREAN = frozenset({"Latin", "Han", "Hangul"})
_ALLOWED_MIXES = (_JAPANESE, _CHINESE, _KOREAN)
_NAME_PREFIXES = {"CJK": "Han", "KATAKANA-HIRAGANA": "Katakana", "HALFWIDTH": "",
                  "FULLWIDTH": "", "IDEOGRAPHIC": "Han"}


def script_of(char: str) -> str:
    """The script of one character ("" for Common and Inherited characters)."""
    if char.isascii():
        return "Latin" if char.isalpha() else ""
    if unicodedata.category(char)[0] in "MNPSZC":  # marks, numbers, punctuation, symbols
        return ""
    first = unicodedata.name(char, "").split(" ", 1)[0]
    if first in _NAME_PREFIXES:
        return _NAME_PREFIXES[first]
    return first.capitalize()


def label_scripts(label: str) -> frozenset[str]:
    return frozenset(s for s in map(script_of, label) if s)


def is_mixed_script(label: str) -> bool:
    scripts = label_scripts(label)
    if len(scripts) <= 1:
        return False
    return not any(scripts <= allowed for allowed in _ALLOWED_MIXES)


@dataclass(frozen=True)
class MixedScriptWarning:
    unicode_form: str
    ascii_form: str
    label: str  # the first label that mixes scripts
    scripts: tuple[str, ...]

    @property
    def message(self) -> str:
        return (f"'{self.unicode_form}' mixes {' and '.join(self.scripts)} letters in "
                f"'{self.label}': it may look like another name. Its ASCII form is "
                f"{self.ascii_form}.")


def mixed_script_warning(identifier: Identifier) -> MixedScriptWarning | None:
    """A warning when a label of an international name mixes scripts (UTS #39), else None."""
    if identifier.type != "dns" or not identifier.is_idn:
        return None
    for label in identifier.display.split("."):
        if is_mixed_script(label):
            return MixedScriptWarning(identifier.display, identifier.value, label,
                                      tuple(sorted(label_scripts(label))))
    return None


def mixed_script_warnings(names: list[str] | tuple[str, ...]) -> list[MixedScriptWarning]:
    """The warnings for names as typed (names that do not parse are left to the parser)."""
    warnings = []
    for name in names:
        try:
            identifier = parse_identifier(name)
        except InvalidInput:
            continue
        warning = mixed_script_warning(identifier)
        if warning is not None:
            warnings.append(warning)
    return warnings
