"""One consistent read of everything the main window shows, taken on a worker; and the
smaller read that refreshes only the certificates a core event touched.

Certificates are read as summaries (no PEM texts): what needs a certificate's PEM (its
details, export) reads the full certificate through the services on a worker."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app.domain import Account, CertificateSummary, Event, OrderRecord
from ui.models.certificate_rows import CertificateRow, certificate_rows

if TYPE_CHECKING:
    from app.services.container import Services


@dataclass(frozen=True)
class Snapshot:
    rows: tuple[CertificateRow, ...]
    certificates: dict[str, CertificateSummary]
    accounts: tuple[Account, ...]
    orders: tuple[OrderRecord, ...]  # unfinished only
    events: tuple[Event, ...]

    def with_rows(self, update: RowsUpdate) -> Snapshot:
        certificates = {k: v for k, v in self.certificates.items() if k not in update.removed}
        certificates.update(update.certificates)
        fresh = {r.id: r for r in update.rows}
        kept = {r.id for r in self.rows}
        rows = tuple(fresh.get(r.id, r) for r in self.rows if r.id not in update.removed)
        rows += tuple(r for r in update.rows if r.id not in kept)
        return replace(self, rows=rows, certificates=certificates, orders=update.orders,
                       events=update.events)


@dataclass(frozen=True)
class RowsUpdate:
    """Some certificates read again (those gone are in `removed`), with the pending orders
    and the activity log, which are small and read by index."""

    certificates: dict[str, CertificateSummary]
    removed: frozenset[str]
    rows: tuple[CertificateRow, ...]
    orders: tuple[OrderRecord, ...]
    events: tuple[Event, ...]


def load_rows(services: Services, certificate_ids: Iterable[str]) -> RowsUpdate:
    wanted = set(certificate_ids)
    certs = {c.id: c for c in services.certificates.summaries_of(wanted)}
    removed = wanted - certs.keys()
    names = {a.id: a.name for a in services.accounts.list()}
    return RowsUpdate(
        certificates=certs, removed=frozenset(removed),
        rows=tuple(certificate_rows(certs.values(), names, services.clock.now())),
        orders=tuple(services.certificates.orders(unfinished_only=True)),
        events=tuple(services.certificates.events(limit=500)))


def load_snapshot(services: Services) -> Snapshot:
    certs = services.certificates.summaries()
    accounts = services.accounts.list()
    names = {a.id: a.name for a in accounts}
    return Snapshot(
        rows=tuple(certificate_rows(certs, names, services.clock.now())),
        certificates={c.id: c for c in certs},
        accounts=tuple(accounts),
        orders=tuple(services.certificates.orders(unfinished_only=True)),
        events=tuple(services.certificates.events(limit=500)),
    )
