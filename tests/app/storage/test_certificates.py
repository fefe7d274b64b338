"""The certificate repository reads one consistent state while others write."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from app.storage.certificates import CertificateRepository
from app.storage.store import Store
from tests.support.certificates import add_certificate


def test_list_while_a_certificate_is_removed_never_sees_half_of_it(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # The list reads the certificates, then their current versions. A removal by another
    # thread in between used to leave a certificate whose version was gone (NotFound).
    now = dt.datetime.now(dt.UTC)
    cert = add_certificate(store, not_before=now, days=90, names=("gone.example.com",))
    kept = add_certificate(store, not_before=now + dt.timedelta(seconds=1), days=90,
                           names=("kept.example.com",))
    original = CertificateRepository._all_current_versions

    def remove_in_between(self: CertificateRepository) -> object:
        other = threading.Thread(target=store.certificates.remove, args=(cert.id,))
        other.start()
        other.join()
        return original(self)

    monkeypatch.setattr(CertificateRepository, "_all_current_versions", remove_in_between)
    listed = store.certificates.all()
    assert [c.id for c in listed] == [cert.id, kept.id]  # the state before the removal
    assert all(c.current is not None for c in listed)
    monkeypatch.undo()
    assert [c.id for c in store.certificates.all()] == [kept.id]
