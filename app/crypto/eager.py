"""Reading every field of a certificate at once.

cryptography parses a certificate lazily: a damaged extension, an invalid EC point or an
unknown key algorithm only fails when that field is first used, far from where the file was
read. `read_every_field` touches them all where the certificate is loaded, so damage is
reported there, as damage.
"""

from __future__ import annotations

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm


class DamagedCertificate(ValueError):
    """A field of the certificate cannot be decoded."""


def read_every_field(cert: x509.Certificate) -> x509.Certificate:
    """`cert` itself once each field decodes; DamagedCertificate names the first that does not."""
    field = "certificate"
    try:
        field = "subject"
        cert.subject.rfc4514_string()
        field = "issuer"
        cert.issuer.rfc4514_string()
        field = "serial number"
        _ = cert.serial_number
        field = "validity"
        _ = (cert.not_valid_before_utc, cert.not_valid_after_utc)
        field = "signature algorithm"
        _ = cert.signature_hash_algorithm
        field = "public key"
        cert.public_key()
        field = "extensions"
        for extension in cert.extensions:
            _ = extension.value
    except (ValueError, UnsupportedAlgorithm, TypeError) as exc:
        raise DamagedCertificate(f"the {field} cannot be read: {exc}") from exc
    return cert
