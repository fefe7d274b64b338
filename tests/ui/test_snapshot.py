"""The main window's reads: the whole snapshot and the rows a core event touched, both of
certificate summaries (no PEM texts)."""

from __future__ import annotations

import datetime as dt

from app.domain import CertificateSummary
from app.services.container import Services
from tests.support.certificates import add_certificate
from ui.snapshot import load_rows, load_snapshot


def test_the_snapshot_holds_a_summary_of_every_certificate(services: Services) -> None:
    now = dt.datetime.now(dt.UTC)
    first = add_certificate(services.store, not_before=now, days=90, names=("a.example.com",))
    second = add_certificate(services.store, not_before=now + dt.timedelta(seconds=1), days=30,
                             names=("b.example.com",))
    snap = load_snapshot(services)
    assert list(snap.certificates) == [first.id, second.id]
    assert all(isinstance(c, CertificateSummary) for c in snap.certificates.values())
    assert [r.id for r in snap.rows] == [first.id, second.id]
    summary = snap.certificates[first.id]
    assert summary.current is not None and first.current is not None
    assert summary.current.not_after == first.current.not_after
    assert not hasattr(summary.current, "cert_pem")


def test_rows_are_read_again_for_the_certificates_named(services: Services) -> None:
    now = dt.datetime.now(dt.UTC)
    kept = add_certificate(services.store, not_before=now, days=90, names=("a.example.com",))
    gone = add_certificate(services.store, not_before=now + dt.timedelta(seconds=1), days=90,
                           names=("b.example.com",))
    other = add_certificate(services.store, not_before=now + dt.timedelta(seconds=2), days=90,
                            names=("c.example.com",))
    snap = load_snapshot(services)
    services.store.certificates.update(kept.id, label="renamed")
    services.store.certificates.remove(gone.id)
    update = load_rows(services, [kept.id, gone.id])
    assert set(update.certificates) == {kept.id}
    assert update.removed == frozenset({gone.id})
    assert update.certificates[kept.id].label == "renamed"
    after = snap.with_rows(update)
    assert list(after.certificates) == [kept.id, other.id]
    assert after.certificates[kept.id].label == "renamed"
    assert [r.id for r in after.rows] == [kept.id, other.id]
