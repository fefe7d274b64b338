"""Searching files, logs and process dumps for secrets in every form they might take."""

from __future__ import annotations

import base64
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes


@dataclass(frozen=True)
class Needle:
    secret: str  # which secret
    form: str  # raw, hex, base64, utf-16, pem, der, ...
    data: bytes


def text_forms(name: str, value: str) -> list[Needle]:
    raw = value.encode("utf-8")
    return [*bytes_forms(name, raw),
            Needle(name, "utf-16-le", value.encode("utf-16-le")),
            Needle(name, "utf-16-be", value.encode("utf-16-be"))]


def bytes_forms(name: str, raw: bytes) -> list[Needle]:
    forms = [Needle(name, "raw", raw), Needle(name, "hex", raw.hex().encode()),
             Needle(name, "HEX", raw.hex().upper().encode()),
             Needle(name, "base64", base64.b64encode(raw).rstrip(b"=")),
             Needle(name, "base64url", base64.urlsafe_b64encode(raw).rstrip(b"="))]
    if len(raw) >= 12:  # a base64 string seen inside a longer one: a middle slice aligns
        middle = base64.b64encode(raw[3:-3]).rstrip(b"=")[:-2]
        forms.append(Needle(name, "base64-inner", middle))
    return forms


def key_forms(name: str, key: PrivateKeyTypes) -> list[Needle]:
    """The private parts of a key (not its public half, which certificates carry)."""
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    pem_body = b"".join(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()).splitlines()[1:-1])
    if isinstance(key, ec.EllipticCurvePrivateKey):
        numbers = key.private_numbers()
        scalar = numbers.private_value.to_bytes((key.curve.key_size + 7) // 8, "big")
    elif isinstance(key, rsa.RSAPrivateKey):
        d = key.private_numbers().d
        scalar = d.to_bytes((d.bit_length() + 7) // 8, "big")
    else:
        scalar = der[-32:]
    return [Needle(name, "der", der), Needle(name, "pem-body", pem_body[:64]),
            Needle(name, "pem-tail", pem_body[-64:]), *bytes_forms(f"{name} scalar", scalar)]


def scan(haystacks: Iterable[tuple[str, bytes]], needles: list[Needle]) -> list[str]:
    hits = []
    for where, data in haystacks:
        for needle in needles:
            if len(needle.data) >= 6 and needle.data in data:
                hits.append(f"{needle.secret} ({needle.form}) in {where}")
    return hits


def files_under(*roots: Path) -> list[tuple[str, bytes]]:
    found = []
    for root in roots:
        if root.is_file():
            found.append((str(root), root.read_bytes()))
        elif root.exists():
            found += [(str(p), p.read_bytes()) for p in sorted(root.rglob("*")) if p.is_file()]
    return found
