"""Polling a real Pebble: the wait finalize's Retry-After asks for comes before the order is
asked again (RFC 8555 §7.4), and the first poll after answering a challenge waits briefly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.cancel import CancelToken
from app.orders.polling import FIRST_POLL
from app.progress import ProgressEvent
from app.services.certificates import IssueRequest
from tests.support.acme_env import http_plan, new_account, services_for
from tests.support.pebble import Pebble

pytestmark = pytest.mark.pebble


class RecordingToken(CancelToken):
    def __init__(self) -> None:
        super().__init__()
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        super().sleep(seconds)


def test_finalize_retry_after_is_waited_before_the_order_is_polled(home: Path,
                                                                    pebble_factory: Any) -> None:
    # Pebble answers finalize with "processing" and Retry-After in seconds (the order
    # setting); it issues at once, so a client that polled at once would see "valid".
    server: Pebble = pebble_factory(env={"PEBBLE_WFE_NONCEREJECT": "0"},
                                    config={"retryAfter": {"authz": 1, "order": 2}})
    services = services_for(home, server)
    try:
        account = new_account(services, server)
        token = RecordingToken()
        waits: list[tuple[str, str]] = []

        def sink(event: ProgressEvent) -> None:
            if event.detail.startswith("retry-after"):
                waits.append((event.message, event.detail))

        cert = services.certificates.issue(
            IssueRequest(account.id, names=["finalize-wait.example.com"],
                         validation=http_plan(server)), cancel=token, progress=sink)
        assert cert.current is not None
        # Pebble sends the Retry-After as delay-seconds or as an HTTP-date (whole seconds):
        # the wait is at most the configured 2 s, and what certdesk slept is exactly that.
        finalize_waits = [float(detail.removeprefix("retry-after ").removesuffix("s"))
                          for message, detail in waits
                          if message == "Waiting for issuing the certificate"]
        assert len(finalize_waits) == 1
        assert 0 < finalize_waits[0] <= 2.0
        assert any(abs(finalize_waits[0] - slept) < 0.01 for slept in token.sleeps)
        # The first poll of the authorization came after a short wait, not at once.
        assert token.sleeps[0] == FIRST_POLL
    finally:
        services.close()
