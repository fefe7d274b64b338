from __future__ import annotations

import datetime as dt

from app.challenge_options import Dns01Manual
from app.clock import FakeClock
from app.errors import AcmeError
from app.events import ServiceHooks
from app.services.health import HealthState
from app.services.monitoring import MonitoringService
from app.storage.store import Store
from tests.app.conftest import START
from tests.support.certificates import add_certificate

DAY = dt.timedelta(days=1)


def failing_renew(cert_id: str, cancel: object) -> object:
    raise AcmeError("The CA refused.", "Check the account.")


def test_worst_state_and_soon_expiring(store: Store, hooks: ServiceHooks,
                                       clock: FakeClock) -> None:
    fresh = add_certificate(store, not_before=START, days=90, label="fresh", options=Dns01Manual())
    soon = add_certificate(store, not_before=START - 70 * DAY, days=90, label="soon",
                           options=Dns01Manual())
    service = MonitoringService(store, hooks, clock, renew=failing_renew)
    summary = service.summary()
    assert summary.state is HealthState.EXPIRING
    assert [h.label for h in summary.soon_expiring] == ["soon"]
    assert summary.expiring == 1 and summary.critical == 0 and summary.total == 2
    assert [(i.kind, i.certificate_id) for i in summary.attention] == [("expiring", soon.id)]

    clock.set(START + 21 * DAY)  # "soon" has expired
    summary = service.summary()
    assert summary.state is HealthState.CRITICAL
    assert summary.attention[0].kind == "expired"
    assert fresh.id not in {h.certificate_id for h in summary.soon_expiring}


def test_failed_renewal_is_critical_and_manual_is_attention(store: Store, hooks: ServiceHooks,
                                                            clock: FakeClock) -> None:
    auto = add_certificate(store, not_before=START, days=90, label="auto")
    manual = add_certificate(store, not_before=START, days=90, label="manual",
                             options=Dns01Manual())
    service = MonitoringService(store, hooks, clock, renew=failing_renew)
    assert service.summary().state is HealthState.OK
    assert service.summary().next_renewal_at is not None
    clock.set(START + 60.5 * DAY)
    outcomes = {o.label: o.action for o in service.renew_due()}
    assert outcomes == {"auto": "failed", "manual": "manual"}
    summary = service.summary()
    assert summary.state is HealthState.CRITICAL
    kinds = {(i.kind, i.certificate_id) for i in summary.attention}
    assert ("renewal_failed", auto.id) in kinds
    assert ("manual_action", manual.id) in kinds
    failed = next(i for i in summary.attention if i.kind == "renewal_failed")
    assert "The CA refused." in failed.message
    assert summary.attention[0].severity is HealthState.CRITICAL


def test_no_certificates_is_ok(store: Store, hooks: ServiceHooks, clock: FakeClock) -> None:
    summary = MonitoringService(store, hooks, clock).summary()
    assert summary.state is HealthState.OK and summary.total == 0
    assert summary.attention == () and summary.next_renewal_at is None
