"""Removing known secrets from text captured from other programs before it is kept anywhere.

A command run after an export sees the target's password in its environment; a script run
with `set -x`, or one that prints its environment on failure, echoes it. Whatever such a
program prints is redacted here before it is stored, logged or shown. Private-key PEM blocks
are removed whatever their key.
"""

from __future__ import annotations

import base64
import re
import urllib.parse
from collections.abc import Iterable

REDACTED = "[redacted]"
_ENCODED_FORMS_FROM = 6
_PRIVATE_KEY_BLOCK = re.compile(
    r"-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY-----.*?(?:-----END [A-Z0-9 ]{0,40}PRIVATE KEY-----|\Z)",
    re.DOTALL)


def secret_forms(secret: str) -> set[str]:
    """The ways a program is likely to print `secret`: as is, shell-quoted, URL-, base64- and
    hex-encoded."""
    raw = secret.encode("utf-8")
    forms = {
        secret,
        secret.replace("'", "'\\''"),  # bash `set -x` and most shell quoting
        secret.replace("'", "'\"'\"'"),
        secret.replace("\\", "\\\\").replace('"', '\\"'),
        urllib.parse.quote(secret, safe=""),
        urllib.parse.quote_plus(secret),
    }
    if len(raw) >= _ENCODED_FORMS_FROM:  # a short secret's hex would match unrelated text
        forms |= {base64.b64encode(raw).decode("ascii").rstrip("="), raw.hex(), raw.hex().upper()}
    return {form for form in forms if form}


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with every form of every secret (longest first) and any private key replaced."""
    forms: set[str] = set()
    for secret in secrets:
        if secret:
            forms |= secret_forms(secret)
    for form in sorted(forms, key=len, reverse=True):
        text = text.replace(form, REDACTED)
    return _PRIVATE_KEY_BLOCK.sub(REDACTED, text)
