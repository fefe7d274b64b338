"""Which core events become notifications, and what they say."""

from __future__ import annotations

import datetime as dt

import pytest

from app.clock import FakeClock
from app.events import (
    DeploymentFailed,
    EndpointWarning,
    ManualActionNeeded,
    OrderFailed,
    ReminderDue,
    RenewalWindowPassed,
    ServiceHooks,
    TargetFailed,
)
from app.notifications.kinds import NotifyEvent
from app.services.notification_events import notification_for, notify_event_of
from app.services.notifications import NotificationService
from app.storage.store import Store
from tests.support.certificates import add_certificate

NOW = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


def test_events_become_notifications_naming_the_certificate(store: Store) -> None:
    cert = add_certificate(store, not_before=NOW - dt.timedelta(days=10), days=90,
                           names=("a.example.com", "b.example.com", "c.example.com",
                                  "d.example.com"))
    manual = notification_for(ManualActionNeeded(cert.id, "shop", "renewal_due",
                                                 "shop is due and needs you"), store, NOW)
    assert manual is not None and manual.event is NotifyEvent.MANUAL_ACTION
    assert manual.subject == ("certdesk: Renewal needs you: a.example.com, b.example.com, "
                              "c.example.com and 1 more")
    window = notification_for(RenewalWindowPassed(
        cert.id, "shop", NOW - dt.timedelta(hours=2), NOW - dt.timedelta(hours=1),
        "https://ca.example/incident"), store, NOW)
    assert window is not None and "mass revocation" in window.message
    assert "https://ca.example/incident" in window.action
    deploy = notification_for(DeploymentFailed(cert.id, "shop", "t1", "still old", "reload"),
                              store, NOW)
    target = notification_for(TargetFailed(cert.id, "t1", "command exited 1"), store, NOW)
    assert deploy is not None and deploy.action == "reload"
    assert target is not None and target.event is NotifyEvent.DEPLOYMENT_FAILED
    assert deploy.dedup_key != target.dedup_key
    stale = notification_for(EndpointWarning(cert.id, "shop", "e1", "a.example.com:443",
                                             "stale", "old one served"), store, NOW)
    assert stale is not None and "a.example.com:443" in stale.text()
    assert notification_for(EndpointWarning(cert.id, "shop", "e1", "a.example.com:443",
                                            "unreachable", "down"), store, NOW) is None
    assert notification_for(OrderFailed("o1", cert.id, "boom"), store, NOW) is None
    store.certificates.update(cert.id, current_version_id=None)  # not issued yet
    assert notification_for(ManualActionNeeded(cert.id, "shop", "order_parked", "add TXT"),
                            store, NOW) is None
    assert notification_for(TargetFailed("no-such-cert", "t1", "x"), store, NOW) is None


def test_an_event_no_channel_wants_does_not_read_the_certificate(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    cert = add_certificate(store, not_before=NOW - dt.timedelta(days=10), days=90)
    service = NotificationService(store, ServiceHooks(), FakeClock(NOW))
    read: list[str] = []
    real_get = store.certificates.get

    def get(cert_id: str) -> object:
        read.append(cert_id)
        return real_get(cert_id)

    monkeypatch.setattr(store.certificates, "get", get)
    service.on_core_event(ReminderDue(cert.id, "shop", "days:30", NOW, 86400.0, "soon"))
    assert read == []  # no channel has a rule for reminders
    assert notify_event_of(ReminderDue(cert.id, "shop", "expired", NOW, 0.0, "gone")) \
        is NotifyEvent.EXPIRY_REMINDER
    assert notify_event_of(OrderFailed("o1", cert.id, "boom")) is None
