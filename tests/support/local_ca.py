"""A local test CA (root -> intermediate -> leaf) built with cryptography, for inventory tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.types import CertificateIssuerPrivateKeyTypes
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


@dataclass
class Issued:
    cert: x509.Certificate
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey

    @property
    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    @property
    def key_pem(self) -> bytes:
        return self.key.private_bytes(serialization.Encoding.PEM,
                                      serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption())


@dataclass
class LocalCA:
    name: str = "Test"
    root: Issued = field(init=False)
    intermediate: Issued = field(init=False)

    def __post_init__(self) -> None:
        root_key = ec.generate_private_key(ec.SECP256R1())
        root = self._build(_name(f"{self.name} Root"), root_key.public_key(), root_key,
                           _name(f"{self.name} Root"), ca=True,
                           issuer_public=root_key.public_key())
        self.root = Issued(root, root_key)
        inter_key = ec.generate_private_key(ec.SECP256R1())
        inter = self._build(_name(f"{self.name} Intermediate"), inter_key.public_key(), root_key,
                            root.subject, ca=True, issuer_public=root_key.public_key())
        self.intermediate = Issued(inter, inter_key)

    @property
    def chain_pem(self) -> bytes:
        return self.intermediate.cert_pem

    def issue(self, names: tuple[str, ...] = ("example.test",), *, rsa_bits: int = 0,
              not_before: dt.datetime = NOW - dt.timedelta(days=1),
              days: int = 90, serial: int | None = None) -> Issued:
        key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey = (
            rsa.generate_private_key(65537, rsa_bits) if rsa_bits
            else ec.generate_private_key(ec.SECP256R1()))
        cert = self._build(_name(names[0]), key.public_key(), self.intermediate.key,
                           self.intermediate.cert.subject, ca=False, names=names,
                           not_before=not_before, days=days, serial=serial,
                           issuer_public=self.intermediate.key.public_key())
        return Issued(cert, key)

    @staticmethod
    def _build(subject: x509.Name, public: object, signer: CertificateIssuerPrivateKeyTypes,
               issuer: x509.Name, *, ca: bool, names: tuple[str, ...] = (),
               not_before: dt.datetime = NOW - dt.timedelta(days=400), days: int = 3650,
               serial: int | None = None, issuer_public: object = None) -> x509.Certificate:
        builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
                   .public_key(public)  # type: ignore[arg-type]
                   .serial_number(serial or x509.random_serial_number())
                   .not_valid_before(not_before)
                   .not_valid_after(not_before + dt.timedelta(days=days))
                   .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
                   .add_extension(x509.SubjectKeyIdentifier.from_public_key(
                       public), critical=False)  # type: ignore[arg-type]
                   .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                       issuer_public), critical=False))  # type: ignore[arg-type]
        if names:
            builder = builder.add_extension(
                x509.SubjectAlternativeName([x509.DNSName(n) for n in names]), critical=False)
            builder = builder.add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        return builder.sign(signer, hashes.SHA256())
