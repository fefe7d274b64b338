"""The certificate repository reads one consistent state while others write."""

from __future__ import annotations

import datetime as dt
import gc
import threading

import pytest

from app.challenge_options import Dns01Exec
from app.errors import StorageError
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


def test_certificates_with_the_same_plan_text_share_one_parsed_plan(store: Store) -> None:
    now = dt.datetime.now(dt.UTC)
    first = add_certificate(store, not_before=now, days=90, names=("a.example.com",))
    second = add_certificate(store, not_before=now, days=90, names=("b.example.com",))
    other = add_certificate(store, not_before=now, days=90, names=("c.example.com",),
                            options=Dns01Exec(command="/usr/local/bin/hook"))
    listed = {c.id: c for c in store.certificates.all()}
    assert listed[first.id].validation == first.validation
    assert listed[first.id].validation is listed[second.id].validation
    assert listed[other.id].validation == other.validation
    assert listed[other.id].validation is not listed[first.id].validation


def test_a_damaged_plan_is_reported_on_every_read(store: Store) -> None:
    now = dt.datetime.now(dt.UTC)
    good = add_certificate(store, not_before=now, days=90, names=("a.example.com",))
    bad = add_certificate(store, not_before=now, days=90, names=("b.example.com",))
    store.db.execute("UPDATE certificates SET validation=? WHERE id=?",
                     ('{"default": ', bad.id))
    assert store.certificates.get(good.id).validation == good.validation
    for _ in range(2):  # a failed parse is not remembered as a plan
        with pytest.raises(StorageError, match="damaged"):
            store.certificates.all()
        with pytest.raises(StorageError, match="damaged"):
            store.certificates.get(bad.id)


def test_listing_leaves_the_cycle_collector_as_it_found_it(store: Store) -> None:
    now = dt.datetime.now(dt.UTC)
    bad = add_certificate(store, not_before=now, days=90, names=("a.example.com",))
    assert len(store.certificates.all()) == 1
    assert gc.isenabled()  # on again after the bulk read
    store.db.execute("UPDATE certificates SET validation=? WHERE id=?", ('{"default": ', bad.id))
    with pytest.raises(StorageError):
        store.certificates.all()
    assert gc.isenabled()  # also after a damaged row
    gc.disable()
    try:
        with pytest.raises(StorageError):
            store.certificates.all()
        assert not gc.isenabled()  # not switched on behind the caller's back
    finally:
        gc.enable()


def test_ending_soon_selects_by_days_or_share_of_the_lifetime(store: Store) -> None:
    now = dt.datetime.now(dt.UTC)
    soon = add_certificate(store, not_before=now - dt.timedelta(days=80), days=90,
                           names=("soon.example.com",))  # 10 days left
    later = add_certificate(store, not_before=now - dt.timedelta(days=30), days=90,
                            names=("later.example.com",))  # 60 days left, two thirds

    def ids(days: float, share: float) -> set[str]:
        return {c.id for c in store.certificates.ending_soon(now, days=days, share=share)}

    assert ids(14, 0) == {soon.id}
    assert ids(0, 0.7) == {soon.id, later.id}
    assert ids(0, 0) == set()
    assert store.certificates.ending_soon(now, days=14, share=0)[0] == \
        store.certificates.get(soon.id)


def test_ending_soon_reports_a_date_it_cannot_read(store: Store) -> None:
    now = dt.datetime.now(dt.UTC)
    cert = add_certificate(store, not_before=now - dt.timedelta(days=10), days=90)
    assert cert.current is not None
    store.db.execute("UPDATE certificate_versions SET not_after='someday' WHERE id=?",
                     (cert.current.id,))
    with pytest.raises(StorageError, match="damaged"):  # not left out as "not ending"
        store.certificates.ending_soon(now, days=0, share=0)
