"""Two renewals of one certificate at once (two `renew --force`, the GUI and a scheduled
`renew --due`): the CA issues once."""

from __future__ import annotations

import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app.cancel import CancelToken
from app.orders.locks import certificate_lock
from tests.support.acme_env import (
    http_plan,
    issue,
    new_account,
    services_for,
    set_renewal_info,
)
from tests.support.pebble import Pebble

pytestmark = pytest.mark.pebble


class _WaitingToken(CancelToken):
    """Tells the test when its renewal is waiting for the certificate lock."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting = threading.Event()

    def sleep(self, seconds: float) -> None:
        self.waiting.set()
        super().sleep(seconds)


def test_a_renewal_that_waited_for_the_lock_does_not_renew_again(home: Path,
                                                                 pebble: Pebble) -> None:
    first = services_for(home, pebble)
    second = services_for(home, pebble)  # another process: its own store and services
    account = new_account(first, pebble)
    cert = issue(first, account, ["twice.example.com"], http_plan(pebble))
    token = _WaitingToken()
    with ThreadPoolExecutor(1) as pool:
        with certificate_lock(home, cert.id):  # the first renewal holds the lock ...
            waiting = pool.submit(second.certificates.renew, cert.id, force=True, cancel=token)
            assert token.waiting.wait(60)  # ... while the second waits for it
            renewed = first.certificates.renew(cert.id, force=True)
        result = waiting.result(timeout=120)
    assert renewed.current and result.current
    assert result.current.id == renewed.current.id
    assert len(first.certificates.history(cert.id).versions) == 2  # issued + one renewal
    kinds = [e.kind for e in first.certificates.events()]
    assert "renewal-skipped" in kinds


def test_gui_and_scheduled_renew_due_at_once_renew_once(home: Path, pebble: Pebble) -> None:
    """The GUI's "Renew now" waits while a scheduled `renew --due` (another process, the same
    services path) renews the due certificate: one renewal."""
    gui = services_for(home, pebble)
    scheduled = services_for(home, pebble)
    account = new_account(gui, pebble)
    cert = issue(gui, account, ["both.example.com"], http_plan(pebble))
    assert cert.current
    now = dt.datetime.now(dt.UTC)
    set_renewal_info(pebble, cert.current.cert_pem,
                     (now - dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                     (now - dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ"))
    scheduled.certificates.refresh_renewal_info(cert.id)  # due now
    token = _WaitingToken()
    with ThreadPoolExecutor(1) as pool:
        with certificate_lock(home, cert.id):
            from_gui = pool.submit(gui.certificates.renew, cert.id, force=True, cancel=token)
            assert token.waiting.wait(60)
            outcomes = scheduled.monitoring.run_headless()
        from_gui.result(timeout=120)
    assert [(o.certificate_id, o.action) for o in outcomes] == [(cert.id, "renewed")]
    assert len(gui.certificates.history(cert.id).versions) == 2
