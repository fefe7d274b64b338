"""CertificateMaterial: one leaf certificate, its issuer chain and (maybe) its private key."""

from __future__ import annotations

from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes


def cert_pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def spki(obj: x509.Certificate | PrivateKeyTypes) -> bytes:
    """DER SubjectPublicKeyInfo: equal for a certificate and its private key."""
    public = obj.public_key()
    return public.public_bytes(serialization.Encoding.DER,
                               serialization.PublicFormat.SubjectPublicKeyInfo)


def key_pem(key: PrivateKeyTypes) -> bytes:
    """Unencrypted PKCS#8 PEM (what certbot writes as privkey.pem)."""
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


@dataclass(frozen=True)
class CertificateMaterial:
    """What an import produced or an export consumes. `chain` runs from the leaf's issuer up."""

    leaf: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()
    key: PrivateKeyTypes | None = None
    friendly_name: str | None = None
    source_format: str = "pem"
    notes: tuple[str, ...] = ()

    @property
    def cert_pem(self) -> str:
        return cert_pem(self.leaf)

    @property
    def chain_pem(self) -> str:
        return "".join(cert_pem(c) for c in self.chain)

    @property
    def fullchain_pem(self) -> str:
        return self.cert_pem + self.chain_pem

    @property
    def key_pem(self) -> bytes | None:
        return key_pem(self.key) if self.key is not None else None

    @classmethod
    def from_pem(cls, cert: str, chain: str = "", key: bytes | None = None,
                 friendly_name: str | None = None) -> CertificateMaterial:
        """From stored PEM text (a CertificateVersion's cert_pem/chain_pem and key bytes)."""
        leaf = x509.load_pem_x509_certificate(cert.encode("ascii"))
        issuers = tuple(x509.load_pem_x509_certificates(chain.encode("ascii"))) if chain.strip() \
            else ()
        private = serialization.load_pem_private_key(key, None) if key else None
        return cls(leaf, issuers, private, friendly_name, "store")
