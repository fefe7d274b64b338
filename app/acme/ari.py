"""ACME Renewal Information (RFC 9773): certificate ids and choosing a renewal moment."""

from __future__ import annotations

import base64
import datetime as dt
import math
import random

from cryptography import x509


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def ari_cert_id(cert: x509.Certificate) -> str:
    """base64url(AKI keyIdentifier) "." base64url(DER serial bytes), RFC 9773 §4.1."""
    aki = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    if aki.key_identifier is None:
        raise ValueError("certificate has no authority key identifier")
    serial = cert.serial_number
    serial_bytes = serial.to_bytes(math.ceil((serial.bit_length() + 1) / 8), "big", signed=True)
    return f"{_b64(aki.key_identifier)}.{_b64(serial_bytes)}"


def pick_in_window(start: dt.datetime, end: dt.datetime, rng: random.Random | None = None
                   ) -> dt.datetime:
    """A uniformly random moment in [start, end] (RFC 9773 §4.2)."""
    rng = rng or random.SystemRandom()
    span = max(0.0, (end - start).total_seconds())
    return start + dt.timedelta(seconds=rng.uniform(0, span))
