"""Parsing what a CA returns and checking it before anything is stored.

An error body is never stored as a certificate: the PEM must parse, the leaf must match the
key, its names must match the order, and each certificate must be signed by the next one.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from app.crypto.eager import read_every_field
from app.errors import CertificateCheckFailed


@dataclass(frozen=True)
class ParsedChain:
    leaf: x509.Certificate
    issuers: tuple[x509.Certificate, ...]

    @property
    def leaf_pem(self) -> str:
        return to_pem(self.leaf)

    @property
    def chain_pem(self) -> str:
        return "".join(to_pem(c) for c in self.issuers)


def to_pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def parse_chain(pem: str | bytes) -> ParsedChain:
    data = pem.encode() if isinstance(pem, str) else pem
    if b"-----BEGIN CERTIFICATE-----" not in data:
        snippet = data[:200].decode("utf-8", "replace")
        raise CertificateCheckFailed("The CA's answer is not a certificate.",
                                     "Try downloading it again (resume the order).",
                                     detail=snippet)
    try:
        certs = [read_every_field(c) for c in x509.load_pem_x509_certificates(data)]
    except ValueError as exc:
        raise CertificateCheckFailed("The certificate from the CA could not be parsed.",
                                     "Resume the order to download it again.",
                                     detail=str(exc)) from exc
    return ParsedChain(certs[0], tuple(certs[1:]))


def cert_names(cert: x509.Certificate) -> list[str]:
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return [str(a.value) for a in cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)]
    names = [str(n).lower() for n in san.get_values_for_type(x509.DNSName)]
    names += [ip.compressed for ip in san.get_values_for_type(x509.IPAddress)
              if isinstance(ip, ipaddress.IPv4Address | ipaddress.IPv6Address)]
    return names


def signed_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    if cert.issuer != issuer.subject:
        return False
    pub = issuer.public_key()
    try:
        if isinstance(pub, rsa.RSAPublicKey):
            assert cert.signature_hash_algorithm is not None
            pub.verify(cert.signature, cert.tbs_certificate_bytes, padding.PKCS1v15(),
                       cert.signature_hash_algorithm)
        elif isinstance(pub, ec.EllipticCurvePublicKey):
            assert cert.signature_hash_algorithm is not None
            pub.verify(cert.signature, cert.tbs_certificate_bytes,
                       ec.ECDSA(cert.signature_hash_algorithm))
        else:
            cert.verify_directly_issued_by(issuer)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def check_issued(chain: ParsedChain, *, public_key_der: bytes, names: list[str]) -> None:
    """Raise CertificateCheckFailed unless the chain is what the order asked for."""
    leaf_key = chain.leaf.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    if leaf_key != public_key_der:
        raise CertificateCheckFailed("The certificate from the CA is for a different key.",
                                     "Do not use it; issue the certificate again.")
    got = sorted(set(cert_names(chain.leaf)))
    want = sorted({n.lower() for n in names})
    if got != want:
        raise CertificateCheckFailed(
            "The certificate's names differ from the order: got " + ", ".join(got)
            + "; expected " + ", ".join(want) + ".", "Issue the certificate again.")
    current = chain.leaf
    for issuer in chain.issuers:
        if not signed_by(current, issuer):
            raise CertificateCheckFailed(
                f"The chain is broken: '{current.subject.rfc4514_string()}' is not signed by "
                f"'{issuer.subject.rfc4514_string()}'.", "Download the certificate again.")
        current = issuer


def issuer_common_names(chain: ParsedChain) -> list[str]:
    """Issuer CNs along a chain, for picking a preferred chain."""
    names: list[str] = []
    for cert in (chain.leaf, *chain.issuers):
        names += [str(a.value) for a in cert.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)]
    return names


def choose_chain(chains: list[ParsedChain], preferred_issuer: str | None) -> ParsedChain:
    """The first chain whose topmost issuer CN is `preferred_issuer`, else any chain naming it,
    else the CA's default (first)."""
    if preferred_issuer:
        wanted = preferred_issuer.strip().lower()
        for chain in chains:
            top = chain.issuers[-1] if chain.issuers else chain.leaf
            cns = [str(a.value).lower() for a in top.issuer.get_attributes_for_oid(
                NameOID.COMMON_NAME)]
            if wanted in cns:
                return chain
        for chain in chains:
            if wanted in (n.lower() for n in issuer_common_names(chain)):
                return chain
    return chains[0]


def fingerprint(cert: x509.Certificate, algorithm: str = "sha256") -> str:
    algo: hashes.HashAlgorithm = hashes.SHA256() if algorithm == "sha256" else hashes.SHA1()
    return cert.fingerprint(algo).hex(":").upper()


def serial_hex(cert: x509.Certificate) -> str:
    return format(cert.serial_number, "x")
