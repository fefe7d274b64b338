"""What the details pane shows of one certificate, read in one go on a worker: the full
certificate (the inventory holds summaries without PEM texts), the facts parsed from its PEM
(crypto work stays off the GUI thread) and its history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain import Event, ManagedCertificate
from app.errors import CertdeskError

# The facts come from parsing the PEM texts: the certificate parser is imported with the
# first details read, not with the window.
if TYPE_CHECKING:
    from app.services.container import Services
    from app.wizard.certificate_facts import CertificateFacts


@dataclass(frozen=True)
class CertificateDetails:
    cert: ManagedCertificate
    facts: CertificateFacts | CertdeskError | None  # None: no certificate issued yet
    history: Sequence[Event]


def read_details(services: Services, cert_id: str) -> CertificateDetails:
    from app.wizard.certificate_facts import facts_from_pem

    history = services.certificates.history(cert_id)  # the certificate, read with its events
    cert = history.certificate
    facts: CertificateFacts | CertdeskError | None = None
    if cert.current is not None:
        try:
            facts = facts_from_pem(cert.current.fullchain_pem)
        except CertdeskError as exc:
            facts = exc
    return CertificateDetails(cert, facts, tuple(history.events))
