"""Failed notifications and deployments that did not take effect show under Attention."""

from __future__ import annotations

import datetime as dt
import uuid

from app.clock import FakeClock
from app.events import ServiceHooks
from app.services.health import HealthState
from app.services.monitoring import MonitoringService
from app.storage.notifications import NotificationRepository
from app.storage.store import Store
from app.storage.targets import ExportTarget, TargetRepository
from tests.app.conftest import START
from tests.support.certificates import add_certificate


def test_failures_to_deliver_are_listed(store: Store, hooks: ServiceHooks,
                                        clock: FakeClock) -> None:
    cert = add_certificate(store, not_before=START, days=90, names=("vpn.example.com",))
    monitoring = MonitoringService(store, hooks, clock)
    assert monitoring.attention() == ()
    notes = NotificationRepository(store.db)
    notes.add_failure("ops-mail", "renewal_failed", cert.id, "certdesk: Renewal failed",
                      "The SMTP server could not be reached.", clock.now())
    target = ExportTarget(uuid.uuid4().hex[:12], cert.id, "/srv/certs", ("pem",), "vpn", None,
                          None, None, 120, True, None, None, None, START, START)
    TargetRepository(store.db).add(target)
    targets = TargetRepository(store.db)
    targets.update(target.id, last_status="ok", last_message="Wrote 2 files",
                   last_run_at=clock.now())
    assert [i.kind for i in monitoring.attention()] == ["notification_failed"]
    targets.update(target.id, last_status="failed", last_message="127.0.0.1:8443 still serves "
                   "the old certificate", last_run_at=clock.now() + dt.timedelta(minutes=1))
    summary = monitoring.summary()
    assert [i.kind for i in summary.attention] == ["deployment_failed", "notification_failed"]
    assert summary.state is HealthState.CRITICAL
    assert "ops-mail" in summary.attention[1].message
    assert "notify test ops-mail" in summary.attention[1].hint
    notes.resolve_failures("ops-mail", clock.now())
    assert [i.kind for i in monitoring.attention()] == ["deployment_failed"]
