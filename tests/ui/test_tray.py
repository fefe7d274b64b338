from __future__ import annotations

import datetime as dt

import pytest

from app.domain import CertificateState
from app.events import MonitoringChanged, ReminderDue, RenewalFailed
from ui.models.certificate_rows import CertificateRow, Expiry
from ui.tray import soon_expiring, worst_state

pytestmark = pytest.mark.gui

NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)


def row(cid: str, expiry: Expiry, days: int,
        status: CertificateState = CertificateState.ACTIVE) -> CertificateRow:
    return CertificateRow(cid, cid, (f"{cid}.example",), "CA", NOW, NOW + dt.timedelta(days),
                          days, status, "", True, None, expiry)


def test_worst_state() -> None:
    assert worst_state([]) == "ok"
    assert worst_state([row("a", Expiry.OK, 60)]) == "ok"
    assert worst_state([row("a", Expiry.OK, 60), row("b", Expiry.SOON, 20)]) == "warning"
    assert worst_state([row("a", Expiry.SOON, 20), row("b", Expiry.EXPIRED, -1)]) == "error"
    assert worst_state([row("a", Expiry.OK, 60, status=CertificateState.FAILED)]) == "error"
    assert worst_state([row("a", Expiry.EXPIRED, -1, status=CertificateState.REVOKED)]) == "ok"


def test_soon_expiring_sorted_most_urgent_first() -> None:
    rows = [row("a", Expiry.SOON, 20), row("b", Expiry.OK, 60), row("c", Expiry.URGENT, 2)]
    assert [r.id for r in soon_expiring(rows)] == ["c", "a"]


def test_monitoring_events_become_notifications(qtbot: object) -> None:
    from ui.tray import notification_text

    text = notification_text(RenewalFailed("c1", "shop.example.com", "The CA could not connect.",
                                           "Check port 80.", 1, None))
    assert text is not None
    title, message = text
    assert "shop.example.com" in title and "failed" in title
    assert message == "The CA could not connect. Check port 80."
    text = notification_text(ReminderDue("c2", "api.example.com", "days:7", NOW, 7 * 86400.0,
                                         "expires in 7 days"))
    assert text is not None
    title, message = text
    assert "api.example.com" in title and message == "expires in 7 days"
    assert notification_text(MonitoringChanged()) is None
