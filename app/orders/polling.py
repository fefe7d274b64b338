"""Polling an ACME resource until it settles: quick first polls, backoff, Retry-After, a
deadline, and cancellation from another thread. Never a fixed sleep."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.acme.client import Response
from app.cancel import CancelToken
from app.clock import Clock
from app.errors import AcmeError
from app.progress import ProgressEvent, ProgressSink

FIRST_DELAY = 0.2
MAX_DELAY = 10.0
MAX_RETRY_AFTER = 300.0


@dataclass
class Poller:
    clock: Clock
    cancel: CancelToken
    progress: ProgressSink

    def until(self, fetch: Callable[[], Response], settled: Callable[[Response], bool], *,
              what: str, timeout: float) -> Response:
        deadline = self.clock.monotonic() + timeout
        delay = FIRST_DELAY
        while True:
            self.cancel.check()
            response = fetch()
            if settled(response):
                return response
            remaining = deadline - self.clock.monotonic()
            if remaining <= 0:
                raise AcmeError(f"The CA did not finish {what} within {int(timeout)} seconds.",
                                "The order is kept: resume it later with 'certdesk-cli resume'.")
            wait = delay
            if response.retry_after is not None:
                wait = min(max(response.retry_after, 0.0), MAX_RETRY_AFTER)
                self.progress(ProgressEvent("poll", f"Waiting for {what}", "waiting",
                                            f"retry-after {wait:g}s"))
            self.cancel.sleep(min(wait, remaining))
            delay = min(delay * 1.6, MAX_DELAY)
