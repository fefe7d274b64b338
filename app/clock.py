"""Injectable time, so expiry and renewal logic is tested without sleeping."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current time, timezone-aware UTC."""
        ...

    def monotonic(self) -> float: ...


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def monotonic(self) -> float:
        import time

        return time.monotonic()


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self._now = start or dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        self._mono = 0.0
        self._lock = threading.Lock()

    def now(self) -> dt.datetime:
        with self._lock:
            return self._now

    def monotonic(self) -> float:
        with self._lock:
            return self._mono

    def advance(self, delta: dt.timedelta | float) -> None:
        seconds = delta.total_seconds() if isinstance(delta, dt.timedelta) else float(delta)
        with self._lock:
            self._now += dt.timedelta(seconds=seconds)
            self._mono += seconds

    def set(self, when: dt.datetime) -> None:
        with self._lock:
            self._mono += (when - self._now).total_seconds()
            self._now = when


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
