"""One consistent read of everything the main window shows, taken on a worker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain import Account, Event, ManagedCertificate, OrderRecord
from ui.models.certificate_rows import CertificateRow, certificate_rows

if TYPE_CHECKING:
    from app.services.container import Services


@dataclass(frozen=True)
class Snapshot:
    rows: tuple[CertificateRow, ...]
    certificates: dict[str, ManagedCertificate]
    accounts: tuple[Account, ...]
    orders: tuple[OrderRecord, ...]  # unfinished only
    events: tuple[Event, ...]


def load_snapshot(services: Services) -> Snapshot:
    certs = services.certificates.list()
    accounts = services.accounts.list()
    names = {a.id: a.name for a in accounts}
    return Snapshot(
        rows=tuple(certificate_rows(certs, names, services.clock.now())),
        certificates={c.id: c for c in certs},
        accounts=tuple(accounts),
        orders=tuple(services.certificates.orders(unfinished_only=True)),
        events=tuple(services.certificates.events(limit=500)),
    )
