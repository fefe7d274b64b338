"""Core events are typed: subscribers tell them apart by class; name and payload are for logs."""

from __future__ import annotations

import datetime as dt

import pytest

from app import events
from app.events import CertificateRenewed, CoreEvent, RenewalFailed, ServiceHooks


def test_name_and_payload_for_logs() -> None:
    at = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    failed = RenewalFailed("c1", "shop", "Refused.", "Open port 80.", 2, at)
    assert failed.name == events.RENEWAL_FAILED == "renewal_failed"
    assert failed.payload == {"certificate_id": "c1", "label": "shop", "error": "Refused.",
                              "hint": "Open port 80.", "failures": 2, "next_attempt_at": at}
    assert CertificateRenewed("c1", "v2", "o2").name == "certificate_renewed"
    with pytest.raises(AttributeError):
        failed.error = "changed"  # type: ignore[misc]


def test_a_failing_subscriber_does_not_stop_the_others(caplog: pytest.LogCaptureFixture
                                                       ) -> None:
    hooks = ServiceHooks()
    seen: list[CoreEvent] = []

    def broken(event: CoreEvent) -> None:
        raise KeyError("boom")

    hooks.subscribe(broken)
    unsubscribe = hooks.subscribe(seen.append)
    renewed = CertificateRenewed("c1", "v2", "o2")
    hooks.emit(renewed)
    assert seen == [renewed]
    assert "certificate_renewed" in caplog.text
    unsubscribe()
    hooks.emit(renewed)
    assert seen == [renewed]
