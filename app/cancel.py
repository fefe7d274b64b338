"""Cancellation tokens shared between a worker and whoever may cancel it."""

from __future__ import annotations

import threading

from app.errors import Cancelled


class CancelToken:
    """Set from any thread; checked and waited on by the worker."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise Cancelled if cancellation was requested."""
        if self._event.is_set():
            raise Cancelled("Cancelled")

    def sleep(self, seconds: float) -> None:
        """Wait up to `seconds`, raising Cancelled as soon as cancellation is requested."""
        if seconds > 0 and self._event.wait(seconds):
            raise Cancelled("Cancelled")
        self.check()


NEVER_CANCELLED = CancelToken()
