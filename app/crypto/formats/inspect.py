"""One call that tells everything about a certificate file: leaf, chain, key and chain check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography import x509

from app.crypto.formats.chain import ChainReport, check_chain
from app.crypto.formats.describe import CertificateInfo, describe_certificate, describe_public_key
from app.crypto.formats.material import CertificateMaterial, spki


@dataclass(frozen=True)
class KeyInfo:
    description: str  # e.g. "EC P-256"
    matches_certificate: bool


@dataclass(frozen=True)
class Inspection:
    leaf: CertificateInfo
    chain: tuple[CertificateInfo, ...]
    key: KeyInfo | None
    chain_check: ChainReport
    source_format: str
    friendly_name: str | None
    notes: tuple[str, ...]


def inspect_material(material: CertificateMaterial, *, at: dt.datetime,
                     roots: Sequence[x509.Certificate] = ()) -> Inspection:
    key = None
    if material.key is not None:
        key = KeyInfo(describe_public_key(material.key.public_key()),
                      spki(material.key) == spki(material.leaf))
    return Inspection(
        leaf=describe_certificate(material.leaf),
        chain=tuple(describe_certificate(c) for c in material.chain),
        key=key,
        chain_check=check_chain(material.leaf, material.chain, at=at, roots=roots),
        source_format=material.source_format,
        friendly_name=material.friendly_name,
        notes=material.notes,
    )


def load_roots(data: bytes | str) -> list[x509.Certificate]:
    """Trusted roots from PEM text (a CA bundle)."""
    raw = data.encode("ascii") if isinstance(data, str) else data
    return list(x509.load_pem_x509_certificates(raw))
