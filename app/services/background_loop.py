"""A background thread that runs a step, then waits until the step's next wake-up time.

Qt-free. The wait is capped (so a suspended laptop re-checks soon after waking up) and can be
cut short by wake() (e.g. "Renew due now", a settings change). stop() cancels the running step
through its CancelToken and joins the thread: used on quit.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable

from app.cancel import CancelToken
from app.clock import Clock
from app.errors import Cancelled

log = logging.getLogger(__name__)

Step = Callable[[CancelToken], dt.datetime | None]


class BackgroundLoop:
    def __init__(self, clock: Clock, step: Step, *, name: str = "certdesk-monitor",
                 max_wait: float = 900.0, min_wait: float = 1.0) -> None:
        self._clock = clock
        self._step = step
        self._name = name
        self._max_wait = max_wait
        self._min_wait = min_wait
        self._wake = threading.Event()
        self._cancel = CancelToken()
        self._thread: threading.Thread | None = None
        self.ticks = 0

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._cancel = CancelToken()
        self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float | None = 10.0) -> bool:
        """Cancel and join; True when the thread has ended."""
        self._cancel.cancel()
        self._wake.set()
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive():
                return False
        self._thread = None
        return True

    def wait_seconds(self, next_at: dt.datetime | None) -> float:
        if next_at is None:
            return self._max_wait
        seconds = (next_at - self._clock.now()).total_seconds()
        return max(self._min_wait, min(self._max_wait, seconds))

    def _run(self) -> None:
        cancel = self._cancel
        while not cancel.cancelled:
            next_at: dt.datetime | None = None
            try:
                next_at = self._step(cancel)
            except Cancelled:
                break
            except Exception:
                log.exception("background step failed")
            self.ticks += 1
            if cancel.cancelled:
                break
            self._wake.wait(self.wait_seconds(next_at))
            self._wake.clear()
