"""Longest GUI-thread stall while the wizard issues and while renewals run, against Pebble.

A 5 ms QTimer heartbeat records the gaps between its ticks (1) while the new-certificate
wizard issues a certificate (HTTP listener) with the real task runner, and (2) while a batch
of due certificates is renewed from the main window ("Renew due now": the monitoring
service's renew_due on a worker), the window refreshing on every core event.
Prints numbers; asserts none.
Usage: QT_QPA_PLATFORM=offscreen python -m benchmarks.gui_stall [ROUNDS] [RENEWALS]
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.support.wincred_keyring.WinCredLikeKeyring")

import ui  # noqa: E402,F401  (installs the PySide6 guard)

HEARTBEAT_MS = 5


class Heartbeat:
    """Gaps between the ticks of a 5 ms timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0

    def __enter__(self) -> Heartbeat:
        self._clock.start()
        self._last = self._clock.nsecsElapsed()
        self._timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed()
        self.gaps.append((now - self._last) / 1e6)
        self._last = now

    @property
    def longest_stall_ms(self) -> float:
        return max(self.gaps) - HEARTBEAT_MS if self.gaps else 0.0

    @property
    def p99_ms(self) -> float:
        ordered = sorted(self.gaps)
        return ordered[int(len(ordered) * 0.99)] - HEARTBEAT_MS if ordered else 0.0


def _pump(app: Any, done: Callable[[], bool], timeout_s: float = 180.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not done():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("timed out")
        time.sleep(0.001)  # let the event loop idle like a real app between events


def run_stall(rounds: int = 3, renewals: int = 10, workdir: Path | None = None
              ) -> dict[str, float]:
    from tests.support.network_guard import install

    install()  # loopback only (certdesk's CAA lookups included)
    tmp = workdir or Path(tempfile.mkdtemp(prefix="certdesk-bench-"))
    os.environ["CERTDESK_TEST_KEYRING"] = str(tmp / "keyring.json")
    from PySide6.QtWidgets import QApplication

    from app.services.bootstrap import open_services
    from app.services.preferences import PreferencesService
    from app.wizard.flow import Page
    from app.wizard.methods import MethodKey
    from tests.support.acme_env import http_plan, issue, new_account
    from tests.support.pebble import Pebble
    from ui.bridge import CoreEventBridge
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.tasks import TaskRunner
    from ui.wizard.new_certificate import NewCertificateWizard

    app = QApplication.instance() or QApplication(sys.argv[:1])
    pebble = Pebble(workdir=tmp / "pebble", env={"PEBBLE_WFE_NONCEREJECT": "0"}).start()
    results: dict[str, float] = {}
    try:
        services = open_services(tmp / "home", ca_bundle=str(pebble.ca_bundle))
        account = new_account(services, pebble)
        ctx = AppContext(services, PreferencesService(services.store), TaskRunner(),
                         CoreEventBridge(services.hooks))
        window = MainWindow(ctx)
        window.show()
        worst = 0.0
        for n in range(rounds):
            with Heartbeat() as beat:
                wizard = NewCertificateWizard(ctx, [account], window)
                wizard.show()
                wizard.names_page.edit.setPlainText(
                    f"bench{n}.example.com\nwww.bench{n}.example.com")
                for _ in range(3):
                    wizard.next()
                page = wizard.validation_page
                page.default.setCurrentIndex(
                    page.default.findData(MethodKey.HTTP_LISTENER.value))
                form = page.form_for(MethodKey.HTTP_LISTENER)
                form.set_value("address", "127.0.0.1")
                form.set_value("port", pebble.http_port)
                started = time.perf_counter()
                wizard.next()
                _pump(app, lambda w=wizard: w.currentId() == Page.DONE)
                elapsed = time.perf_counter() - started
            wizard.done(0)
            worst = max(worst, beat.longest_stall_ms)
            print(f"wizard issuance {n + 1}: {elapsed * 1000:.0f} ms, heartbeats "
                  f"{len(beat.gaps)}, longest GUI stall {beat.longest_stall_ms:.1f} ms, "
                  f"p99 {beat.p99_ms:.1f} ms", flush=True)
        results["wizard_stall_ms"] = worst
        if renewals:
            results.update(_renewal_stall(app, ctx, services, account, pebble, renewals,
                                          http_plan, issue))
        ctx.tasks.shutdown()
        services.close()
    finally:
        pebble.stop()
    return results


def _renewal_stall(app: Any, ctx: Any, services: Any, account: Any, pebble: Any, count: int,
                   http_plan: Any, issue: Any) -> dict[str, float]:
    """Issue `count` certificates, make them due, and time "Renew due now" with a heartbeat."""
    certs = [issue(services, account, [f"due{i}.example.com"], http_plan(pebble))
             for i in range(count)]
    past = services.clock.now() - dt.timedelta(hours=2)  # beyond the jitter (<= 1 h)
    for cert in certs:  # a benchmark shortcut: due now, as if two thirds of the life had passed
        services.store.certificates.update(cert.id, renew_at=past)
    done: list[object] = []
    with Heartbeat() as beat:
        started = time.perf_counter()
        ctx.tasks.run(lambda c: services.monitoring.renew_due(cancel=c.cancel,
                                                               ignore_backoff=True),
                      on_success=done.append, on_failure=done.append, name="renew due")
        _pump(app, lambda: bool(done))
        elapsed = time.perf_counter() - started
        _pump(app, lambda: time.perf_counter() - started > elapsed + 0.5)  # trailing refresh
    outcome = done[0]
    renewed = sum(1 for o in outcome if getattr(o, "action", "") == "renewed") \
        if isinstance(outcome, list) else 0
    print(f"renew due now ({count} certificates, {renewed} renewed): {elapsed * 1000:.0f} ms, "
          f"heartbeats {len(beat.gaps)}, longest GUI stall {beat.longest_stall_ms:.1f} ms, "
          f"p99 {beat.p99_ms:.1f} ms", flush=True)
    return {"renewals_stall_ms": beat.longest_stall_ms, "renewals_s": elapsed,
            "renewals_renewed": float(renewed)}


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    renewals = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    results = run_stall(rounds, renewals)
    print(f"longest GUI-thread stall: wizard issuing {results['wizard_stall_ms']:.1f} ms, "
          f"renewals {results.get('renewals_stall_ms', 0.0):.1f} ms (target < 50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
