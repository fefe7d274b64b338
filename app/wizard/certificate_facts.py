"""What the details pane shows about a certificate version, computed from its PEM."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from app.crypto.certs import cert_names, fingerprint, parse_chain, serial_hex


@dataclass(frozen=True)
class CertificateFacts:
    subject: str
    names: tuple[str, ...]
    chain: tuple[str, ...]  # leaf's issuer first, up to the root's issuer
    not_before: dt.datetime
    not_after: dt.datetime
    serial: str
    sha256: str
    sha1: str
    key: str  # e.g. "EC P-256" or "RSA 2048"
    signature: str

    def elapsed_fraction(self, now: dt.datetime) -> float:
        """How much of the validity period has passed (0..1), for the validity bar."""
        total = (self.not_after - self.not_before).total_seconds()
        if total <= 0:
            return 1.0
        return min(1.0, max(0.0, (now - self.not_before).total_seconds() / total))


def _key_text(cert: x509.Certificate) -> str:
    key = cert.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        return {"secp256r1": "EC P-256", "secp384r1": "EC P-384"}.get(key.curve.name,
                                                                      f"EC {key.curve.name}")
    if isinstance(key, rsa.RSAPublicKey):
        return f"RSA {key.key_size}"
    return type(key).__name__


def facts_from_pem(fullchain_pem: str) -> CertificateFacts:
    chain = parse_chain(fullchain_pem)
    leaf = chain.leaf
    issuers = [leaf.issuer.rfc4514_string()]
    for cert in chain.issuers:
        if cert.issuer != cert.subject:  # a self-signed root ends the chain
            issuers.append(cert.issuer.rfc4514_string())
    sig = leaf.signature_hash_algorithm
    return CertificateFacts(
        subject=leaf.subject.rfc4514_string(),
        names=tuple(cert_names(leaf)),
        chain=tuple(issuers),
        not_before=leaf.not_valid_before_utc,
        not_after=leaf.not_valid_after_utc,
        serial=serial_hex(leaf),
        sha256=fingerprint(leaf, "sha256"),
        sha1=fingerprint(leaf, "sha1"),
        key=_key_text(leaf),
        signature=f"{sig.name.upper()} with {_key_text(leaf).split()[0]}" if sig else "",
    )
