"""Certificate signing requests: build one for a key and names, or read one the user brings."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID

from app.crypto.keys import PrivateKey
from app.errors import InvalidInput
from app.names import Identifier, parse_identifier


@dataclass(frozen=True)
class SubjectFields:
    """Optional subject attributes; most public CAs drop all but the CN."""

    organization: str = ""
    organizational_unit: str = ""
    locality: str = ""
    state: str = ""
    country: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def build_csr(key: PrivateKey, identifiers: list[Identifier],
              subject: SubjectFields | None = None) -> x509.CertificateSigningRequest:
    sans: list[x509.GeneralName] = []
    for ident in identifiers:
        if ident.type == "ip":
            sans.append(x509.IPAddress(ipaddress.ip_address(ident.value)))
        else:
            sans.append(x509.DNSName(ident.value))
    attrs: list[x509.NameAttribute[str]] = []
    first_dns = next((i.value for i in identifiers if i.type == "dns"), None)
    if first_dns and len(first_dns) <= 64:
        attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, first_dns))
    if subject:
        if subject.country:
            if len(subject.country) != 2:
                raise InvalidInput("The country must be a two-letter code.", "For example: DE.")
            attrs.append(x509.NameAttribute(NameOID.COUNTRY_NAME, subject.country.upper()))
        for oid, value in ((NameOID.STATE_OR_PROVINCE_NAME, subject.state),
                           (NameOID.LOCALITY_NAME, subject.locality),
                           (NameOID.ORGANIZATION_NAME, subject.organization),
                           (NameOID.ORGANIZATIONAL_UNIT_NAME, subject.organizational_unit)):
            if value:
                attrs.append(x509.NameAttribute(oid, value))
    builder = (x509.CertificateSigningRequestBuilder()
               .subject_name(x509.Name(attrs))
               .add_extension(x509.SubjectAlternativeName(sans), critical=False))
    return builder.sign(key, hashes.SHA256())


def load_csr(data: bytes) -> x509.CertificateSigningRequest:
    try:
        if b"-----BEGIN" in data:
            csr = x509.load_pem_x509_csr(data)
        else:
            csr = x509.load_der_x509_csr(data)
    except ValueError as exc:
        raise InvalidInput("The CSR could not be read.",
                           "Give a PEM or DER PKCS#10 certificate signing request.",
                           detail=str(exc)) from exc
    if not csr.is_signature_valid:
        raise InvalidInput("The CSR's signature is invalid.", "Generate the CSR again.")
    return csr


def csr_identifiers(csr: x509.CertificateSigningRequest) -> list[Identifier]:
    """The names a CSR asks for: its SANs, else its CN."""
    names: list[str] = []
    try:
        san = csr.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        names += [str(v) for v in san.get_values_for_type(x509.DNSName)]
        names += [str(v) for v in san.get_values_for_type(x509.IPAddress)]
    except x509.ExtensionNotFound:
        pass
    if not names:
        names += [str(a.value) for a in csr.subject.get_attributes_for_oid(NameOID.COMMON_NAME)]
    if not names:
        raise InvalidInput("The CSR names no domain.", "Include the names as subjectAltNames.")
    return [parse_identifier(n) for n in names]


def csr_to_pem(csr: x509.CertificateSigningRequest) -> bytes:
    return csr.public_bytes(serialization.Encoding.PEM)


def csr_to_der(csr: x509.CertificateSigningRequest) -> bytes:
    return csr.public_bytes(serialization.Encoding.DER)
