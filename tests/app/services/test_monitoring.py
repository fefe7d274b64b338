from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

import pytest

from app import events
from app.cancel import CancelToken
from app.challenge_options import Dns01Manual
from app.clock import FakeClock
from app.domain import RenewalFacts
from app.endpoints.probe import EndpointUnreachable, ServedCertificate
from app.events import CoreEvent, ServiceHooks
from app.services.monitoring import MonitoringService
from app.services.renewal_pass import RenewalPass, RenewalPlanItem
from app.storage.certificates import CertificateRepository
from app.storage.store import Store
from tests.app.conftest import START
from tests.support.certificates import add_certificate, add_version
from tests.support.ports import free_port

DAY = dt.timedelta(days=1)
ROOT = Path(__file__).resolve().parents[3]


def test_tick_renews_reminds_checks_and_plans_the_next_wake(
        store: Store, hooks: ServiceHooks, clock: FakeClock, emitted: list[CoreEvent]) -> None:
    auto = add_certificate(store, not_before=START, days=90, label="auto")
    add_certificate(store, not_before=START - 85 * DAY, days=90, label="manual",
                    options=Dns01Manual())
    renewed: list[str] = []

    def renew(cert_id: str, cancel: CancelToken) -> object:
        renewed.append(cert_id)
        add_version(store, cert_id, not_before=clock.now(), days=90)
        return None

    service = MonitoringService(store, hooks, clock, renew=renew)
    service.add_endpoint(auto.id, f"127.0.0.1:{free_port()}")
    next_at = service.tick()
    names = [e.name for e in emitted]
    assert events.MANUAL_ACTION_NEEDED in names
    assert events.REMINDER_DUE in names
    assert events.ENDPOINT_WARNING in names  # nothing listens on that port
    assert names[-1] == events.MONITORING_CHANGED
    assert renewed == []
    assert next_at is not None and START < next_at <= START + 1 * DAY

    clock.set(START + 61 * DAY)
    service.tick()
    assert renewed == [auto.id]


def test_start_and_stop_with_a_renewal_in_progress(store: Store, hooks: ServiceHooks,
                                                   clock: FakeClock) -> None:
    add_certificate(store, not_before=START - 61 * DAY, days=90)
    started = threading.Event()
    saw_cancel: list[bool] = []

    def slow_renew(cert_id: str, cancel: CancelToken) -> object:
        started.set()
        try:
            cancel.sleep(600)
        finally:
            saw_cancel.append(cancel.cancelled)
        return None

    service = MonitoringService(store, hooks, clock, renew=slow_renew)
    service.start()
    assert started.wait(10)
    assert service.running
    assert service.stop(timeout=10)  # quit: cancels the renewal
    assert not service.running
    assert saw_cancel == [True]


def test_endpoint_management(store: Store, hooks: ServiceHooks, clock: FakeClock) -> None:
    cert = add_certificate(store, not_before=START, days=90)
    service = MonitoringService(store, hooks, clock)
    e = service.add_endpoint(cert.id[:8], "www.example.test:8443")
    assert (e.host, e.port, e.certificate_id) == ("www.example.test", 8443, cert.id)
    assert [x.id for x in service.list_endpoints(cert.id)] == [e.id]
    service.remove_endpoint(e.id[:6])
    assert service.list_endpoints() == []


def test_run_headless_renews_due_and_records_reminders(store: Store, hooks: ServiceHooks,
                                                       clock: FakeClock) -> None:
    auto = add_certificate(store, not_before=START - 61 * DAY, days=90)
    add_certificate(store, not_before=START - 89.5 * DAY, days=90, options=Dns01Manual())
    polled: list[str] = []

    def renew(cert_id: str, cancel: CancelToken) -> object:
        add_version(store, cert_id, not_before=clock.now(), days=90)
        return None

    service = MonitoringService(store, hooks, clock, renew=renew, refresh_ari=polled.append)
    outcomes = service.run_headless()
    assert sorted(o.action for o in outcomes) == ["manual", "renewed"]
    assert auto.id in polled
    assert service.evaluate_reminders() == []  # already recorded by the headless run


def test_a_tick_plans_the_renewals_once(store: Store, hooks: ServiceHooks, clock: FakeClock,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    for day in range(5):  # none due: nothing changes during the tick
        add_certificate(store, not_before=START - day * DAY, days=90, label=f"c{day}")
    reads: list[int] = []
    plans: list[int] = []
    read, plan = CertificateRepository.renewable, RenewalPass._plan

    def counted_read(self: CertificateRepository) -> list[RenewalFacts]:
        facts = read(self)
        reads.append(len(facts))
        return facts

    def counted_plan(self: RenewalPass, certs: Sequence[RenewalFacts]) -> list[RenewalPlanItem]:
        plans.append(len(certs))
        return plan(self, certs)

    monkeypatch.setattr(CertificateRepository, "renewable", counted_read)
    monkeypatch.setattr(RenewalPass, "_plan", counted_plan)
    service = MonitoringService(store, hooks, clock, renew=lambda cert_id, cancel: None,
                                refresh_ari=lambda cert_id: None)
    for cert in store.certificates.all():  # ARI answers are fresh: none is asked for
        store.certificates.update(cert.id, ari_checked_at=clock.now())
    next_at = service.tick()
    assert plans == [5]  # one plan, for the renewals and for the next wake-up
    assert reads == [5, 5]  # the ARI poll's read, the plan's read
    assert next_at is not None and next_at <= clock.now() + dt.timedelta(hours=6)


def test_endpoints_added_after_a_tick_without_any_are_checked_by_the_next(
        store: Store, hooks: ServiceHooks, clock: FakeClock, emitted: list[CoreEvent]) -> None:
    cert = add_certificate(store, not_before=START, days=90)
    fetched: list[tuple[str, int]] = []

    def fetch(host: str, port: int, sni: str | None) -> ServedCertificate:
        fetched.append((host, port))
        raise EndpointUnreachable("Nothing answers.")

    service = MonitoringService(store, hooks, clock, fetch=fetch)
    first_wake = service.tick()
    assert fetched == [] and first_wake is not None and first_wake > clock.now()
    service.add_endpoint(cert.id, "www.example.test:8443")
    assert service.tick() == clock.now() + dt.timedelta(hours=24)  # the next daily check
    assert fetched == [("www.example.test", 8443)]
    assert events.ENDPOINT_WARNING in [e.name for e in emitted]


def test_the_monitoring_service_imports_no_endpoint_probe() -> None:
    """The TLS client and the certificate parser come with the first endpoint check."""
    code = ("import sys; import app.services.monitoring\n"
            "print(sorted(m for m in ('app.endpoints.checker', 'app.endpoints.probe',"
            " 'cryptography.x509') if m in sys.modules))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
