from __future__ import annotations

import datetime as dt
import threading

import pytest

from app import events
from app.cancel import CancelToken
from app.challenge_options import Dns01Manual
from app.clock import FakeClock
from app.domain import Account, CertificateState
from app.errors import AcmeError
from app.events import CoreEvent, ServiceHooks
from app.orders.locks import certificate_lock
from app.renewal.backoff import BackoffRepository
from app.services.renewal_pass import RenewalPass
from app.storage.store import Store
from tests.app.conftest import START
from tests.support.certificates import add_certificate, add_version

DAY = dt.timedelta(days=1)
MINUTE = dt.timedelta(minutes=1)


class FakeRenewer:
    """Renews by adding a version, or fails with `error` while it is set."""

    def __init__(self, store: Store, clock: FakeClock) -> None:
        self.store, self.clock = store, clock
        self.calls: list[str] = []
        self.error: Exception | None = None

    def __call__(self, cert_id: str, cancel: CancelToken) -> object:
        self.calls.append(cert_id)
        if self.error is not None:
            raise self.error
        add_version(self.store, cert_id, not_before=self.clock.now(), days=90)
        return None


def test_renews_when_due_and_not_before(store: Store, hooks: ServiceHooks, clock: FakeClock,
                                        emitted: list[CoreEvent]) -> None:
    cert = add_certificate(store, not_before=START, days=90)
    renew = FakeRenewer(store, clock)
    rp = RenewalPass(store, hooks, clock, renew)
    (item,) = rp.plan()
    assert item.state == "waiting"
    assert START + 60 * DAY <= item.due_at <= START + 60 * DAY + dt.timedelta(hours=1)
    assert rp.next_wake() == item.due_at
    clock.set(item.due_at - dt.timedelta(seconds=1))
    assert rp.run() == [] and renew.calls == []
    clock.set(item.due_at)
    (outcome,) = rp.run()
    assert outcome.action == "renewed" and renew.calls == [cert.id]
    assert [e.name for e in emitted] == [events.RENEWAL_SUCCEEDED]
    assert rp.plan()[0].state == "waiting"  # the new version is not due
    assert rp.run() == []


def test_failures_back_off_1_10_100_minutes_then_daily(store: Store, hooks: ServiceHooks,
                                                       clock: FakeClock,
                                                       emitted: list[CoreEvent]) -> None:
    add_certificate(store, not_before=START, days=90)
    renew = FakeRenewer(store, clock)
    renew.error = AcmeError("The CA is down.", "Try later.")
    rp = RenewalPass(store, hooks, clock, renew)
    clock.set(START + 61 * DAY)
    waits = []
    for _ in range(5):
        (outcome,) = rp.run()
        assert outcome.action == "failed"
        assert outcome.next_attempt_at is not None
        waits.append((outcome.next_attempt_at - clock.now()).total_seconds() / 60)
        assert rp.run() == []  # blocked right after a failure
        clock.set(outcome.next_attempt_at - dt.timedelta(seconds=1))
        # the backoff is persisted: a fresh pass (another process) respects it
        assert RenewalPass(store, hooks, clock, renew).run() == []
        clock.set(outcome.next_attempt_at)
    assert waits == [1, 10, 100, 1440, 1440]
    failed = [e for e in emitted if e.name == events.RENEWAL_FAILED]
    assert [e.payload["failures"] for e in failed] == [1, 2, 3, 4, 5]
    assert failed[0].payload["error"] == "The CA is down."
    renew.error = None
    (outcome,) = rp.run()
    assert outcome.action == "renewed"
    state = BackoffRepository(store.db).get(outcome.certificate_id)
    assert state is not None and state.failures == 0


def test_retry_after_from_the_ca_is_honoured(store: Store, hooks: ServiceHooks,
                                             clock: FakeClock) -> None:
    add_certificate(store, not_before=START, days=90)
    renew = FakeRenewer(store, clock)
    renew.error = AcmeError("Rate limited.", retry_after_seconds=7200)
    clock.set(START + 61 * DAY)
    (outcome,) = RenewalPass(store, hooks, clock, renew).run()
    assert outcome.next_attempt_at == clock.now() + dt.timedelta(hours=2)


def test_manual_validation_prompts_once_instead_of_renewing(
        store: Store, hooks: ServiceHooks, clock: FakeClock, emitted: list[CoreEvent]) -> None:
    cert = add_certificate(store, not_before=START, days=90, options=Dns01Manual())
    renew = FakeRenewer(store, clock)
    rp = RenewalPass(store, hooks, clock, renew)
    clock.set(START + 61 * DAY)
    (outcome,) = rp.run()
    assert outcome.action == "manual" and renew.calls == []
    assert rp.run() == []
    assert [e.name for e in emitted] == [events.MANUAL_ACTION_NEEDED]
    assert emitted[0].payload["certificate_id"] == cert.id


def test_global_auto_renew_off_turns_renewal_into_a_prompt(
        store: Store, hooks: ServiceHooks, clock: FakeClock) -> None:
    add_certificate(store, not_before=START, days=90)
    store.settings.set("auto_renew", False)
    renew = FakeRenewer(store, clock)
    clock.set(START + 61 * DAY)
    assert [o.action for o in RenewalPass(store, hooks, clock, renew).run()] == ["manual"]
    assert renew.calls == []


def test_skips_imported_revoked_and_opted_out(store: Store, hooks: ServiceHooks,
                                              clock: FakeClock) -> None:
    add_certificate(store, not_before=START, days=90, source="imported")
    add_certificate(store, not_before=START, days=90, auto_renew=False)
    revoked = add_certificate(store, not_before=START, days=90)
    store.certificates.update(revoked.id, status=CertificateState.REVOKED)
    rp = RenewalPass(store, hooks, clock, FakeRenewer(store, clock))
    clock.set(START + 89 * DAY)
    assert rp.plan() == [] and rp.run() == []


def test_a_locked_certificate_is_left_alone(store: Store, hooks: ServiceHooks,
                                            clock: FakeClock) -> None:
    cert = add_certificate(store, not_before=START, days=90)
    renew = FakeRenewer(store, clock)
    clock.set(START + 61 * DAY)
    outcomes: list[str] = []
    inside = threading.Event()
    done = threading.Event()

    def other_process() -> None:
        with certificate_lock(store.home, cert.id):
            inside.set()
            done.wait(10)

    t = threading.Thread(target=other_process)
    t.start()
    inside.wait(10)
    try:
        outcomes = [o.action for o in RenewalPass(store, hooks, clock, renew).run()]
    finally:
        done.set()
        t.join()
    assert outcomes == ["busy"] and renew.calls == []


def test_ari_is_polled_every_six_hours(store: Store, hooks: ServiceHooks,
                                       clock: FakeClock) -> None:
    add_certificate(store, not_before=START, days=90)
    polled: list[str] = []

    def refresh(cert_id: str) -> None:
        polled.append(cert_id)
        store.certificates.update(cert_id, ari_checked_at=clock.now())

    rp = RenewalPass(store, hooks, clock, FakeRenewer(store, clock), refresh_ari=refresh)
    assert rp.poll_ari() == 1
    assert rp.poll_ari() == 0
    assert rp.next_wake() == START + dt.timedelta(hours=6)
    clock.advance(dt.timedelta(hours=6))
    assert rp.poll_ari() == 1
    assert len(polled) == 2


def test_failing_ari_does_not_break_the_pass(store: Store, hooks: ServiceHooks,
                                             clock: FakeClock) -> None:
    add_certificate(store, not_before=START, days=90)

    def refresh(cert_id: str) -> None:
        raise AcmeError("no ARI here")

    rp = RenewalPass(store, hooks, clock, FakeRenewer(store, clock), refresh_ari=refresh)
    assert rp.poll_ari() == 0
    assert rp.poll_ari() == 0  # not retried at once


def test_cancel_stops_the_pass(store: Store, hooks: ServiceHooks, clock: FakeClock) -> None:
    from app.errors import Cancelled

    add_certificate(store, not_before=START, days=90)
    cancel = CancelToken()
    cancel.cancel()
    clock.set(START + 61 * DAY)
    with pytest.raises(Cancelled):
        RenewalPass(store, hooks, clock, FakeRenewer(store, clock)).run(cancel=cancel)


def test_a_bug_in_one_renewal_does_not_stop_the_others(store: Store, hooks: ServiceHooks,
                                                        clock: FakeClock) -> None:
    for _ in range(3):
        add_certificate(store, not_before=START, days=90)
    clock.set(START + 61 * DAY)
    plan_order = [i.certificate_id for i in RenewalPass(store, hooks, clock,
                                                        FakeRenewer(store, clock)).plan()]
    broken = plan_order[1]
    renewed: list[str] = []

    def renew(cert_id: str, cancel: CancelToken) -> object:
        if cert_id == broken:
            raise KeyError("boom")
        renewed.append(cert_id)
        return None

    outcomes = RenewalPass(store, hooks, clock, renew).run()
    assert sorted(renewed) == sorted([plan_order[0], plan_order[2]])  # side by side
    actions = {o.certificate_id: o.action for o in outcomes}
    assert actions == {plan_order[0]: "renewed", broken: "failed", plan_order[2]: "renewed"}
    assert "KeyError" in next(o.message for o in outcomes if o.certificate_id == broken)


def test_cancel_during_a_renewal_stops_the_batch_and_is_no_failure(
        store: Store, hooks: ServiceHooks, clock: FakeClock, emitted: list[CoreEvent]) -> None:
    from app.errors import Cancelled

    for _ in range(3):
        add_certificate(store, not_before=START, days=90)
    store.settings.set("renewals_per_ca", 1)  # one at a time: the batch order is the plan's
    clock.set(START + 61 * DAY)
    plan_order = [i.certificate_id for i in RenewalPass(store, hooks, clock,
                                                        FakeRenewer(store, clock)).plan()]
    renewed: list[str] = []

    def renew(cert_id: str, cancel: CancelToken) -> object:
        if cert_id == plan_order[1]:
            raise Cancelled("Cancelled")
        renewed.append(cert_id)
        return None

    with pytest.raises(Cancelled):
        RenewalPass(store, hooks, clock, renew).run()
    assert renewed == [plan_order[0]]
    assert not [e for e in emitted if e.name == events.RENEWAL_FAILED]
    state = BackoffRepository(store.db).all().get(plan_order[1])
    assert state is None or state.failures == 0


class FailingFor(FakeRenewer):
    """Renews by adding a version, except the certificates in `failing`."""

    def __init__(self, store: Store, clock: FakeClock, failing: set[str]) -> None:
        super().__init__(store, clock)
        self.failing = failing

    def __call__(self, cert_id: str, cancel: CancelToken) -> object:
        if cert_id in self.failing:
            self.calls.append(cert_id)
            raise AcmeError("the CA is down")
        return super().__call__(cert_id, cancel)


@pytest.mark.parametrize("with_ari", [False, True])
@pytest.mark.parametrize("fails", [False, True])
def test_run_and_wake_renews_as_run_and_wakes_as_next_wake_after_it(
        store: Store, hooks: ServiceHooks, clock: FakeClock, with_ari: bool,
        fails: bool) -> None:
    # One round plans once: what it renews, and when it says to wake up, are what run() and
    # then a fresh next_wake() over the whole inventory give.
    renewed = add_certificate(store, not_before=START - 61 * DAY, days=90, label="renewed")
    failing = add_certificate(store, not_before=START - 62 * DAY, days=90, label="failing")
    add_certificate(store, not_before=START - 55 * DAY, days=90, label="waiting")
    add_certificate(store, not_before=START - 70 * DAY, days=90, label="manual",
                    options=Dns01Manual())
    for cert in store.certificates.all():
        store.certificates.update(cert.id, ari_checked_at=clock.now())
    renew = FailingFor(store, clock, {failing.id} if fails else set())
    rp = RenewalPass(store, hooks, clock, renew,
                     refresh_ari=(lambda cert_id: None) if with_ari else None)
    outcomes, wake = rp.run_and_wake()
    assert sorted(renew.calls) == sorted([renewed.id, failing.id])
    actions = {o.label: o.action for o in outcomes}
    assert actions == {"manual": "manual", "renewed": "renewed",
                       "failing": "failed" if fails else "renewed"}
    assert wake is not None and wake == rp.next_wake()
    if with_ari:  # a new version has not been asked about yet: at once
        assert wake == clock.now()
    elif fails:  # the failed renewal's first retry
        assert wake == clock.now() + dt.timedelta(minutes=1)
    else:  # the waiting certificate
        assert wake == next(i.due_at for i in rp.plan() if i.label == "waiting")


def _account(store: Store, account_id: str, key_secret_id: str) -> None:
    store.accounts.add(Account(
        id=account_id, name=account_id, directory_url=f"https://{account_id}.test/dir",
        preset=None, uri=f"https://{account_id}.test/acct/1", status="valid", contacts=(),
        key_type="ec256", key_secret_id=key_secret_id, eab_kid=None, tos_url=None,
        ca_bundle=None, created_at=START, updated_at=START))


def test_an_account_without_its_key_fails_its_renewals_before_any_order(
        store: Store, hooks: ServiceHooks, clock: FakeClock,
        emitted: list[CoreEvent]) -> None:
    _account(store, "keyed", store.secrets.put("account-key", b"-----ACCOUNT KEY-----"))
    _account(store, "keyless", "gone")
    keyed = add_certificate(store, not_before=START, days=90, names=("keyed.test",))
    keyless = add_certificate(store, not_before=START, days=90, names=("keyless.test",))
    store.certificates.update(keyed.id, account_id="keyed")
    store.certificates.update(keyless.id, account_id="keyless")
    renew = FakeRenewer(store, clock)
    rp = RenewalPass(store, hooks, clock, renew)
    clock.set(START + 61 * DAY)
    outcomes = {o.certificate_id: o for o in rp.run()}
    assert renew.calls == [keyed.id]  # nothing is asked of the CA for the other one
    assert outcomes[keyed.id].action == "renewed"
    failed = outcomes[keyless.id]
    assert failed.action == "failed" and failed.next_attempt_at == clock.now() + 1 * MINUTE
    assert "A key that certdesk needs is missing from its store." in failed.message
    (event,) = [e for e in emitted if e.name == events.RENEWAL_FAILED]
    assert event.payload["certificate_id"] == keyless.id
    assert "re-create the account" in event.payload["hint"]
    assert rp.run() == []  # backed off like any failed renewal


def test_outcomes_keep_the_plan_order_with_failures_found_before_the_ca(
        store: Store, hooks: ServiceHooks, clock: FakeClock) -> None:
    _account(store, "keyed", store.secrets.put("account-key", b"-----ACCOUNT KEY-----"))
    _account(store, "keyless", "gone")
    certs = [add_certificate(store, not_before=START + n * dt.timedelta(hours=1), days=90,
                             names=(f"n{n}.test",)) for n in range(4)]
    for n, cert in enumerate(certs):
        store.certificates.update(cert.id, account_id="keyless" if n % 2 else "keyed")
    rp = RenewalPass(store, hooks, clock, FakeRenewer(store, clock))
    clock.set(START + 70 * DAY)
    plan = [i.certificate_id for i in rp.plan() if i.state == "due"]
    outcomes = rp.run()
    assert [o.certificate_id for o in outcomes] == plan
    assert [o.action for o in outcomes] == [
        "failed" if o.certificate_id in {certs[1].id, certs[3].id} else "renewed"
        for o in outcomes]
