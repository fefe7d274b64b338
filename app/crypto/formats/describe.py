"""What a certificate says, as plain values a dialog or a CLI table can show."""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa
from cryptography.x509.oid import ExtensionOID, NameOID


@dataclass(frozen=True)
class ExtensionInfo:
    name: str
    oid: str
    critical: bool
    value: str


@dataclass(frozen=True)
class CertificateInfo:
    subject: str
    issuer: str
    common_name: str | None
    names: tuple[str, ...]  # DNS and IP subject alternative names
    serial: str  # lower-case hex
    not_before: dt.datetime
    not_after: dt.datetime
    sha256: str  # AA:BB:... upper-case, as browsers and Windows show it
    sha1: str
    key_algorithm: str  # RSA | EC | Ed25519 | Ed448 | DSA
    key_size: int
    key_description: str  # e.g. "EC P-256", "RSA 2048"
    signature_algorithm: str
    is_ca: bool
    self_signed: bool
    extensions: tuple[ExtensionInfo, ...]
    ari_cert_id: str | None  # RFC 9773 renewalInfo identifier

    @property
    def lifetime(self) -> dt.timedelta:
        return self.not_after - self.not_before

    def days_left(self, at: dt.datetime) -> float:
        return (self.not_after - at).total_seconds() / 86400

    def valid_at(self, at: dt.datetime) -> bool:
        return self.not_before <= at <= self.not_after


def fingerprint(cert: x509.Certificate, algorithm: hashes.HashAlgorithm) -> str:
    return cert.fingerprint(algorithm).hex(":").upper()


def display_name(cert: x509.Certificate) -> str:
    """The common name, else the first SAN, else the whole subject."""
    cns = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if cns:
        return str(cns[0].value)
    names = subject_alt_names(cert)
    return names[0] if names else cert.subject.rfc4514_string() or "(no subject)"


def subject_alt_names(cert: x509.Certificate) -> tuple[str, ...]:
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return ()
    dns = san.get_values_for_type(x509.DNSName)
    ips = [str(ip) for ip in san.get_values_for_type(x509.IPAddress)]
    return tuple(dns) + tuple(ips)


def describe_public_key(key: object) -> str:
    algorithm, size = key_algorithm_and_size(key)
    if isinstance(key, ec.EllipticCurvePublicKey):
        curve = {"secp256r1": "P-256", "secp384r1": "P-384", "secp521r1": "P-521"}
        return f"EC {curve.get(key.curve.name, key.curve.name)}"
    if algorithm in {"Ed25519", "Ed448"}:
        return algorithm
    return f"{algorithm} {size}"


def key_algorithm_and_size(key: object) -> tuple[str, int]:
    if isinstance(key, rsa.RSAPublicKey | rsa.RSAPrivateKey):
        return "RSA", key.key_size
    if isinstance(key, ec.EllipticCurvePublicKey | ec.EllipticCurvePrivateKey):
        return "EC", key.curve.key_size
    if isinstance(key, ed25519.Ed25519PublicKey | ed25519.Ed25519PrivateKey):
        return "Ed25519", 256
    if isinstance(key, ed448.Ed448PublicKey | ed448.Ed448PrivateKey):
        return "Ed448", 456
    if isinstance(key, dsa.DSAPublicKey | dsa.DSAPrivateKey):
        return "DSA", key.key_size
    return type(key).__name__, 0


def ari_cert_id(cert: x509.Certificate) -> str | None:
    """base64url(AKI keyIdentifier) "." base64url(serial DER bytes), as RFC 9773 defines."""
    try:
        aki = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    except x509.ExtensionNotFound:
        return None
    if aki.key_identifier is None:
        return None
    serial = cert.serial_number
    serial_bytes = serial.to_bytes(serial.bit_length() // 8 + 1, "big")

    def b64(raw: bytes) -> str:
        return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")

    return f"{b64(aki.key_identifier)}.{b64(serial_bytes)}"


def is_self_signed(cert: x509.Certificate) -> bool:
    if cert.issuer != cert.subject:
        return False
    try:
        cert.verify_directly_issued_by(cert)
        return True
    except Exception:
        return False


def describe_certificate(cert: x509.Certificate) -> CertificateInfo:
    key = cert.public_key()
    algorithm, size = key_algorithm_and_size(key)
    cns = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    try:
        is_ca = bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        is_ca = False
    sig = cert.signature_algorithm_oid
    return CertificateInfo(
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        common_name=str(cns[0].value) if cns else None,
        names=subject_alt_names(cert),
        serial=format(cert.serial_number, "x"),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        sha256=fingerprint(cert, hashes.SHA256()),
        sha1=fingerprint(cert, hashes.SHA1()),
        key_algorithm=algorithm,
        key_size=size,
        key_description=describe_public_key(key),
        signature_algorithm=getattr(sig, "_name", None) or sig.dotted_string,
        is_ca=is_ca,
        self_signed=is_self_signed(cert),
        extensions=tuple(_describe_extension(ext) for ext in cert.extensions),
        ari_cert_id=ari_cert_id(cert),
    )


def _describe_extension(ext: x509.Extension[x509.ExtensionType]) -> ExtensionInfo:
    name = getattr(ext.oid, "_name", None) or ext.oid.dotted_string
    return ExtensionInfo(name, ext.oid.dotted_string, ext.critical, _extension_value(ext))


def _extension_value(ext: x509.Extension[x509.ExtensionType]) -> str:
    value = ext.value
    if isinstance(value, x509.SubjectAlternativeName):
        return ", ".join(subject_alt_names_from(value))
    if isinstance(value, x509.BasicConstraints):
        text = "CA" if value.ca else "not a CA"
        return text + (f", path length {value.path_length}" if value.path_length is not None
                       else "")
    if isinstance(value, x509.KeyUsage):
        flags = ["digital_signature", "content_commitment", "key_encipherment",
                 "data_encipherment", "key_agreement", "key_cert_sign", "crl_sign"]
        used = [f for f in flags if getattr(value, f)]
        if value.key_agreement:
            used += [f for f in ("encipher_only", "decipher_only") if getattr(value, f)]
        return ", ".join(used)
    if isinstance(value, x509.ExtendedKeyUsage):
        return ", ".join(getattr(u, "_name", None) or u.dotted_string for u in value)
    if isinstance(value, x509.SubjectKeyIdentifier):
        return value.digest.hex(":").upper()
    if isinstance(value, x509.AuthorityKeyIdentifier):
        return value.key_identifier.hex(":").upper() if value.key_identifier else "(issuer name)"
    if isinstance(value, x509.AuthorityInformationAccess):
        return ", ".join(f"{getattr(d.access_method, '_name', d.access_method.dotted_string)}: "
                         f"{d.access_location.value}" for d in value)
    if isinstance(value, x509.CRLDistributionPoints):
        return ", ".join(str(n.value) for p in value for n in (p.full_name or []))
    if isinstance(value, x509.CertificatePolicies):
        return ", ".join(p.policy_identifier.dotted_string for p in value)
    if isinstance(value, x509.TLSFeature):
        return ", ".join(f.name for f in value)
    if ext.oid == ExtensionOID.PRECERT_SIGNED_CERTIFICATE_TIMESTAMPS:
        return f"{len(value)} signed certificate timestamp(s)"  # type: ignore[arg-type]
    return repr(value)


def subject_alt_names_from(san: x509.SubjectAlternativeName) -> list[str]:
    return list(san.get_values_for_type(x509.DNSName)) + [
        str(ip) for ip in san.get_values_for_type(x509.IPAddress)]
