"""Fetch the certificate a TLS endpoint serves (with SNI), without trusting or judging it."""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass

from cryptography import x509

from app.endpoints.starttls import StartTls, StartTlsRefused, negotiate
from app.errors import UserFacingError


class EndpointUnreachable(UserFacingError):
    """The endpoint could not be connected to, or its TLS handshake failed."""


@dataclass(frozen=True)
class ServedCertificate:
    certificate: x509.Certificate

    @property
    def serial(self) -> str:
        return format(self.certificate.serial_number, "x")


def fetch_certificate(host: str, port: int, server_name: str | None, *,
                      timeout: float = 10.0, starttls: StartTls = StartTls.NONE
                      ) -> ServedCertificate:
    # Verification is off on purpose: an expired, foreign or self-signed certificate is exactly
    # what this check must be able to see and report.
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            negotiate(sock, starttls)
            with context.wrap_socket(sock, server_hostname=server_name) as tls:
                der = tls.getpeercert(binary_form=True)
    except StartTlsRefused as exc:
        raise EndpointUnreachable(
            f"{host}:{port} did not start TLS ({starttls.value.upper()} STARTTLS): {exc}.",
            "Check the port and that the server offers STARTTLS.") from exc
    except (OSError, ssl.SSLError) as exc:
        raise EndpointUnreachable(
            f"{host}:{port} could not be checked: {exc}.",
            "Check that the server is running and reachable from this computer.") from exc
    if not der:
        raise EndpointUnreachable(f"{host}:{port} sent no certificate.",
                                  "Check the server's TLS configuration.")
    return ServedCertificate(x509.load_der_x509_certificate(der))
