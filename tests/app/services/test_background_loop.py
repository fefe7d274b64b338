from __future__ import annotations

import datetime as dt
import threading

from app.cancel import CancelToken
from app.clock import FakeClock
from app.services.background_loop import BackgroundLoop
from tests.app.conftest import START


def test_runs_wakes_and_stops_a_step_in_progress() -> None:
    clock = FakeClock(START)
    calls: list[int] = []
    ran = threading.Semaphore(0)
    blocking = threading.Event()
    cancelled: list[bool] = []

    def step(cancel: CancelToken) -> dt.datetime | None:
        calls.append(1)
        ran.release()
        if blocking.is_set():
            try:
                cancel.sleep(600)
            finally:
                cancelled.append(cancel.cancelled)
        return clock.now() + dt.timedelta(days=1)

    loop = BackgroundLoop(clock, step, max_wait=600)
    loop.start()
    assert ran.acquire(timeout=10)
    loop.wake()
    assert ran.acquire(timeout=10)
    blocking.set()
    loop.wake()
    assert ran.acquire(timeout=10)
    assert loop.stop(timeout=10)
    assert not loop.running
    assert cancelled == [True]
    assert len(calls) == 3


def test_wait_is_capped_and_floored() -> None:
    clock = FakeClock(START)
    loop = BackgroundLoop(clock, lambda c: None, max_wait=900, min_wait=1)
    assert loop.wait_seconds(None) == 900
    assert loop.wait_seconds(START + dt.timedelta(days=3)) == 900
    assert loop.wait_seconds(START - dt.timedelta(hours=1)) == 1
    assert loop.wait_seconds(START + dt.timedelta(seconds=42)) == 42
