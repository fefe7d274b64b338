"""The certificate repository reads one consistent state while others write."""

from __future__ import annotations

import datetime as dt
import gc
import threading

import pytest

from app.challenge_options import Dns01Exec, Dns01Manual
from app.domain import CertificateState, CertificateSummary, ManagedCertificate, facts_of
from app.errors import StorageError
from app.renewal.reminders import is_watched
from app.services.renewal_pass import is_renewable
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
        facts_of(store.certificates.get(soon.id))


def test_ending_soon_reports_a_date_it_cannot_read(store: Store) -> None:
    now = dt.datetime.now(dt.UTC)
    cert = add_certificate(store, not_before=now - dt.timedelta(days=10), days=90)
    assert cert.current is not None
    store.db.execute("UPDATE certificate_versions SET not_after='someday' WHERE id=?",
                     (cert.current.id,))
    with pytest.raises(StorageError, match="damaged"):  # not left out as "not ending"
        store.certificates.ending_soon(now, days=0, share=0)


def assert_summarises(summary: CertificateSummary, cert: ManagedCertificate) -> None:
    """Every field of the summary is the full certificate's, its version's without PEM."""
    for name in CertificateSummary.__dataclass_fields__:
        if name != "current":
            assert getattr(summary, name) == getattr(cert, name), name
    assert (summary.current is None) == (cert.current is None)
    if summary.current is not None and cert.current is not None:
        for name in type(summary.current).__dataclass_fields__:
            assert getattr(summary.current, name) == getattr(cert.current, name), name
        assert not hasattr(summary.current, "cert_pem")


def test_summaries_are_the_certificates_without_pem_oldest_first(store: Store) -> None:
    now = dt.datetime.now(dt.UTC)
    first = add_certificate(store, not_before=now, days=90, names=("a.example.com",))
    second = add_certificate(store, not_before=now + dt.timedelta(seconds=1), days=30,
                             names=("b.example.com",),
                             options=Dns01Exec(command="/usr/local/bin/hook"))
    assert second.current is not None
    store.certificates.mark_revoked(second.current.id, "superseded")
    store.certificates.update(second.id, renew_at=now + dt.timedelta(days=20),
                              ari_window_start=now, ari_window_end=now + dt.timedelta(days=2))
    summaries = store.certificates.summaries()
    assert [c.id for c in summaries] == [c.id for c in store.certificates.all()]
    for summary in summaries:
        assert_summarises(summary, store.certificates.get(summary.id))
    assert summaries[1].current is not None and summaries[1].current.revoked_at is not None
    assert summaries[0].current is not None
    assert summaries[0].current.lifetime == dt.timedelta(days=90)
    assert first.id == summaries[0].id


def test_a_certificate_without_a_version_has_no_current_summary(store: Store) -> None:
    now = dt.datetime.now(dt.UTC)
    cert = add_certificate(store, not_before=now, days=90)
    store.certificates.update(cert.id, current_version_id=None)
    (summary,) = store.certificates.summaries()
    assert summary.current is None and summary.current_version_id is None


def test_summaries_of_some_ids_leave_out_those_gone(store: Store) -> None:
    now = dt.datetime.now(dt.UTC)
    certs = [add_certificate(store, not_before=now + dt.timedelta(seconds=i), days=90,
                             names=(f"{i}.example.com",)) for i in range(4)]
    store.certificates.remove(certs[1].id)
    asked = [certs[3].id, certs[1].id, certs[0].id, certs[3].id]
    found = store.certificates.summaries_of(asked)
    assert [c.id for c in found] == [certs[0].id, certs[3].id]  # oldest first, once each
    assert store.certificates.summaries_of([]) == []


def test_a_damaged_summary_row_is_reported(store: Store) -> None:
    now = dt.datetime.now(dt.UTC)
    cert = add_certificate(store, not_before=now, days=90)
    assert cert.current is not None
    store.db.execute("UPDATE certificate_versions SET not_before='someday' WHERE id=?",
                     (cert.current.id,))
    with pytest.raises(StorageError, match="damaged"):
        store.certificates.summaries()
    assert gc.isenabled()


def test_renewable_and_watched_select_what_the_scans_accept(store: Store) -> None:
    now = dt.datetime.now(dt.UTC)

    def add(name: str, **kwargs: object) -> str:
        return add_certificate(store, not_before=now, days=90, names=(name,),
                               **kwargs).id  # type: ignore[arg-type]

    add("plain.example.com")
    add("manual.example.com", options=Dns01Manual())
    add("off.example.com", auto_renew=False)
    add("imported.example.com", source="imported")
    failed = add("failed.example.com")
    store.certificates.update(failed, status=CertificateState.FAILED)
    revoked = add("revoked.example.com")
    store.certificates.update(revoked, status=CertificateState.REVOKED)
    version_revoked = add("version-revoked.example.com")
    store.certificates.mark_revoked(
        store.certificates.get(version_revoked).current_version_id or "", "superseded")
    pending = add("pending.example.com")
    store.certificates.update(pending, status=CertificateState.PENDING)
    empty = add("empty.example.com")
    store.certificates.update(empty, current_version_id=None)
    certs = store.certificates.summaries()
    assert [f.id for f in store.certificates.renewable()] == \
        [c.id for c in certs if is_renewable(c)]
    assert [f.id for f in store.certificates.watched()] == \
        [c.id for c in certs if is_watched(c)]
    assert [f for f in store.certificates.watched()] == \
        [facts_of(c) for c in certs if is_watched(c)]


def test_facts_name_a_certificate_without_a_label_by_its_names(store: Store) -> None:
    now = dt.datetime.now(dt.UTC)
    cert = add_certificate(store, not_before=now, days=90,
                           names=("a.example.com", "b.example.com"))
    store.certificates.update(cert.id, label="")
    (facts,) = store.certificates.watched()
    assert facts.label == "a.example.com, b.example.com"


def test_the_listing_shows_each_certificate_and_its_current_end(store: Store) -> None:
    now = dt.datetime.now(dt.UTC)
    cert = add_certificate(store, not_before=now, days=90, names=("a.example.com", "b.test"))
    empty = add_certificate(store, not_before=now + dt.timedelta(seconds=1), days=30)
    store.certificates.update(empty.id, current_version_id=None,
                              status=CertificateState.PENDING)
    listed = store.certificates.listing()
    assert [(c.id, c.status, c.identifiers) for c in listed] == [
        (cert.id, CertificateState.ACTIVE, ("a.example.com", "b.test")),
        (empty.id, CertificateState.PENDING, ("www.example.test",))]
    assert cert.current is not None
    assert (listed[0].not_after, listed[1].not_after) == (cert.current.not_after, None)


def test_overviews_hold_the_summaries_fields_the_json_list_prints(store: Store) -> None:
    now = dt.datetime.now(dt.UTC)
    # Created last, though stored first: the overviews come oldest first.
    later = add_certificate(store, not_before=now + dt.timedelta(seconds=2), days=30,
                            names=("b.example.com", "c.example.com"),
                            options=Dns01Exec(command="/usr/local/bin/hook"))
    assert later.current is not None
    store.certificates.mark_revoked(later.current.id, "superseded")
    store.certificates.update(later.id, renew_at=now + dt.timedelta(days=20),
                              ari_window_start=now, ari_window_end=now + dt.timedelta(days=2))
    store.db.execute("UPDATE certificates SET created_at=? WHERE id=?",
                     ((now + dt.timedelta(seconds=5)).isoformat(), later.id))
    earlier = add_certificate(store, not_before=now, days=90, names=("a.example.com",))
    empty = add_certificate(store, not_before=now, days=90, names=("d.example.com",))
    store.certificates.update(empty.id, current_version_id=None)
    summaries = store.certificates.summaries()
    overviews = store.certificates.overviews()
    assert [o.id for o in overviews] == [s.id for s in summaries]
    assert (overviews[0].id, overviews[-1].id) == (earlier.id, later.id)
    for overview, summary in zip(overviews, summaries, strict=True):
        for name in type(overview)._fields:
            if name != "current":
                assert getattr(overview, name) == getattr(summary, name), name
        if summary.current is None:
            assert overview.current is None
            continue
        assert overview.current is not None
        for name in type(overview.current)._fields:
            assert getattr(overview.current, name) == getattr(summary.current, name), name
    assert overviews[-1].current is not None and overviews[-1].current.revoked_at is not None
    assert overviews[0].validation is summaries[0].validation  # parsed once per plan text


def test_a_damaged_overview_row_is_reported(store: Store) -> None:
    now = dt.datetime.now(dt.UTC)
    cert = add_certificate(store, not_before=now, days=90)
    assert cert.current is not None
    store.db.execute("UPDATE certificate_versions SET not_after='someday' WHERE id=?",
                     (cert.current.id,))
    with pytest.raises(StorageError, match="damaged"):
        store.certificates.overviews()
    assert gc.isenabled()
