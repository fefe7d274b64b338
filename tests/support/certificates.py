"""Managed certificates with real X.509 versions, put straight into a store (no CA needed)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.challenge_options import Dns01Exec, ValidationOptions
from app.domain import (
    CertificateState,
    CertificateVersion,
    ChallengeConfig,
    ManagedCertificate,
    ValidationPlan,
)
from app.storage.store import Store


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


@dataclass
class LocalCA:
    key: ec.EllipticCurvePrivateKey = field(
        default_factory=lambda: ec.generate_private_key(ec.SECP256R1()))

    def __post_init__(self) -> None:
        now = dt.datetime.now(dt.UTC)
        self.cert = (x509.CertificateBuilder().subject_name(_name("scheduling test CA"))
                     .issuer_name(_name("scheduling test CA"))
                     .public_key(self.key.public_key())
                     .serial_number(x509.random_serial_number())
                     .not_valid_before(now - dt.timedelta(days=3650))
                     .not_valid_after(now + dt.timedelta(days=3650))
                     .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
                     .sign(self.key, hashes.SHA256()))

    def issue(self, names: tuple[str, ...], not_before: dt.datetime, not_after: dt.datetime
              ) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (x509.CertificateBuilder().subject_name(_name(names[0]))
                .issuer_name(self.cert.subject).public_key(key.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(not_before).not_valid_after(not_after)
                .add_extension(x509.SubjectAlternativeName([x509.DNSName(n) for n in names]),
                               False)
                .sign(self.key, hashes.SHA256()))
        return cert, key


def pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


#: A validation method that needs nobody at the keyboard.
AUTOMATIC = Dns01Exec(command="dns-hook")


def add_certificate(store: Store, *, not_before: dt.datetime, days: float,
                    names: tuple[str, ...] = ("www.example.test",),
                    options: ValidationOptions = AUTOMATIC,
                    auto_renew: bool = True, source: str = "acme", label: str = "",
                    ca: LocalCA | None = None) -> ManagedCertificate:
    cert_id = uuid.uuid4().hex
    store.certificates.add(ManagedCertificate(
        id=cert_id, label=label or names[0], account_id=None, identifiers=names,
        key_type="ec256", key_policy="new",
        validation=ValidationPlan(ChallengeConfig(options)), profile=None,
        preferred_chain=None, auto_renew=auto_renew, status=CertificateState.ACTIVE,
        source=source,
        current_version_id=None, ari_window_start=None, ari_window_end=None,
        ari_explanation_url=None, ari_checked_at=None, renew_at=None,
        created_at=not_before, updated_at=not_before))
    add_version(store, cert_id, not_before=not_before, days=days, names=names, ca=ca)
    return store.certificates.get(cert_id)


def add_version(store: Store, cert_id: str, *, not_before: dt.datetime, days: float,
                names: tuple[str, ...] = ("www.example.test",), ca: LocalCA | None = None
                ) -> tuple[CertificateVersion, x509.Certificate, ec.EllipticCurvePrivateKey]:
    ca = ca or LocalCA()
    not_after = not_before + dt.timedelta(days=days)
    cert, key = ca.issue(names, not_before, not_after)
    version = CertificateVersion(
        id=uuid.uuid4().hex, certificate_id=cert_id, serial=format(cert.serial_number, "x"),
        subject=cert.subject.rfc4514_string(), issuer=cert.issuer.rfc4514_string(),
        names=names, not_before=not_before, not_after=not_after, cert_pem=pem(cert),
        chain_pem=pem(ca.cert), key_secret_id=None, key_type="ec256", ari_cert_id=None,
        order_id=None, replaced_by=None, revoked_at=None, revocation_reason=None,
        created_at=not_before)
    store.certificates.add_version(version)
    return version, cert, key
