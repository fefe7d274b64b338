"""What a password may contain.

OpenSSL's PKCS#12 code reads a password as a C string: a NUL ends it (cryptography even aborts
with a Rust panic, which escapes `except Exception`), and other control characters cannot be
typed where the file is imported (Windows, the macOS Keychain). They are refused up front.
"""

from __future__ import annotations

import unicodedata

from app.errors import InvalidInput


def control_characters(password: str | bytes) -> list[str]:
    """The control characters in `password`, as U+XXXX (a bytes password is read as UTF-8)."""
    text = password.decode("utf-8", "replace") if isinstance(password, bytes) else password
    return sorted({f"U+{ord(ch):04X}" for ch in text if unicodedata.category(ch) == "Cc"})


def check_password(password: str | bytes | None, what: str = "The password") -> None:
    """Raise InvalidInput when `password` holds a control character (NUL, tab, newline...)."""
    if password is None:
        return
    found = control_characters(password)
    if found:
        raise InvalidInput(
            f"{what} contains control characters ({', '.join(found[:5])}), which other "
            "programs cannot read back.",
            "Use letters, digits, spaces and punctuation only; a password file must hold the "
            "password on its first line without other control characters.")
