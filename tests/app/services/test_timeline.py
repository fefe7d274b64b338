"""The renewal timeline of a certificate and what happens in the next days (no Qt)."""

from __future__ import annotations

import datetime as dt

from app.challenge_options import Dns01Manual, DnsPersist01
from app.clock import FakeClock
from app.domain import ChallengeConfig, ValidationPlan
from app.services.timeline import MomentKind, TimelineService
from app.storage.dns_persist import PersistMemory
from app.storage.store import Store
from tests.app.conftest import START
from tests.support.certificates import add_certificate

DAY = dt.timedelta(days=1)


def test_timeline_has_issue_window_renewal_reminders_and_expiry(store: Store,
                                                                clock: FakeClock) -> None:
    cert = add_certificate(store, not_before=START, days=90, label="shop")
    store.certificates.update(cert.id, ari_window_start=START + 59 * DAY,
                              ari_window_end=START + 61 * DAY, renew_at=START + 60 * DAY)
    timeline = TimelineService(store, clock).for_certificate(cert.id)
    assert timeline is not None
    assert timeline.start == START and timeline.end == START + 90 * DAY
    kinds = [m.kind for m in timeline.moments]
    assert kinds[0] is MomentKind.ISSUED and kinds[-1] is MomentKind.EXPIRY
    window = next(m for m in timeline.moments if m.kind is MomentKind.RENEWAL_WINDOW)
    assert (window.at, window.until) == (START + 59 * DAY, START + 61 * DAY)
    renewal = next(m for m in timeline.moments if m.kind is MomentKind.RENEWAL)
    assert START + 60 * DAY <= renewal.at <= START + 61 * DAY and renewal.automatic
    reminders = [m for m in timeline.moments if m.kind is MomentKind.REMINDER]
    assert reminders and all(m.at > renewal.at for m in reminders)  # quiet until renewal
    assert [m.at for m in timeline.moments] == sorted(m.at for m in timeline.moments)


def test_manual_certificate_renewal_is_not_automatic(store: Store, clock: FakeClock) -> None:
    cert = add_certificate(store, not_before=START, days=90, options=Dns01Manual())
    timeline = TimelineService(store, clock).for_certificate(cert.id)
    assert timeline is not None
    renewal = next(m for m in timeline.moments if m.kind is MomentKind.RENEWAL)
    assert renewal.automatic is False


def test_persist_until_of_a_dns_persist_record(store: Store, clock: FakeClock) -> None:
    cert = add_certificate(store, not_before=START, days=90, names=("p.example",))
    store.certificates.update(cert.id, validation=ValidationPlan(
        ChallengeConfig(DnsPersist01())))
    until = START + 400 * DAY
    PersistMemory(store.db).remember("p.example", "ca.example", "https://ca/acct/1",
                                     "_validation-persist.p.example", "v", False, until, START)
    timeline = TimelineService(store, clock).for_certificate(cert.id)
    assert timeline is not None
    persist = [m for m in timeline.moments if m.kind is MomentKind.PERSIST_UNTIL]
    assert [(m.at, m.detail) for m in persist] == [(until, "p.example")]


def test_upcoming_lists_the_next_30_days_in_order(store: Store, clock: FakeClock) -> None:
    later = add_certificate(store, not_before=START - 80 * DAY, days=90, label="later",
                            options=Dns01Manual())
    sooner = add_certificate(store, not_before=START - 85 * DAY, days=90, label="sooner",
                             options=Dns01Manual())
    add_certificate(store, not_before=START, days=365, label="far")
    upcoming = TimelineService(store, clock).upcoming(30)
    assert {m.label for m in upcoming} == {"later", "sooner"}
    assert [m.at for m in upcoming] == sorted(m.at for m in upcoming)
    expiries = [m.certificate_id for m in upcoming if m.kind is MomentKind.EXPIRY]
    assert expiries == [sooner.id, later.id]
    assert all(m.kind is not MomentKind.ISSUED for m in upcoming)


def test_no_timeline_before_the_first_version(store: Store, clock: FakeClock) -> None:
    cert = add_certificate(store, not_before=START, days=90)
    store.certificates.update(cert.id, current_version_id=None)
    assert TimelineService(store, clock).for_certificate(cert.id) is None


def test_the_services_container_has_the_timeline(store: Store, clock: FakeClock) -> None:
    from app.services.container import build_services

    services = build_services(store, clock=clock)
    cert = add_certificate(store, not_before=START, days=90)
    timeline = services.timeline.for_certificate(cert.id)
    assert timeline is not None and timeline.moments[-1].kind is MomentKind.EXPIRY
