"""Polling an ACME resource until it settles: a short first wait, backoff, Retry-After, a
deadline, and cancellation from another thread. Never a fixed sleep.

Every wait goes through the cancel token, so a batch's token can let another order work
while this one waits (app.services.batch_renewal).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.acme.client import Response
from app.cancel import CancelToken
from app.clock import Clock
from app.errors import AcmeError
from app.progress import ProgressEvent, ProgressSink

# Before the first poll when the answer that started the wait (a challenge answered, an
# order finalized) named no Retry-After: a CA that validates or issues at once is usually
# done by then, and a poll that comes too early costs the CA's whole Retry-After.
FIRST_POLL = 0.05
FIRST_DELAY = 0.2
MAX_DELAY = 10.0
MAX_RETRY_AFTER = 300.0


@dataclass
class Poller:
    clock: Clock
    cancel: CancelToken
    progress: ProgressSink

    def until(self, fetch: Callable[[], Response], settled: Callable[[Response], bool], *,
              what: str, timeout: float, after: Response | None = None,
              first_poll: float = 0.0) -> Response:
        """Fetch until `settled` says so, waiting between polls for the CA's Retry-After, or
        a growing delay when it names none. `after` is the CA's answer that started the
        wait: its Retry-After, if any, is honoured before the first poll, otherwise
        `first_poll` seconds."""
        deadline = self.clock.monotonic() + timeout
        if after is not None and after.retry_after is not None:
            self._wait_retry_after(after, what, deadline)
        elif first_poll > 0:
            self.cancel.sleep(min(first_poll, max(0.0, deadline - self.clock.monotonic())))
        delay = FIRST_DELAY
        while True:
            self.cancel.check()
            response = fetch()
            if settled(response):
                return response
            if self.clock.monotonic() >= deadline:
                raise AcmeError(f"The CA did not finish {what} within {int(timeout)} seconds.",
                                "The order is kept: resume it later with 'certdesk-cli resume'.")
            if response.retry_after is not None:
                self._wait_retry_after(response, what, deadline)
            else:
                self.cancel.sleep(min(delay, deadline - self.clock.monotonic()))
            delay = min(delay * 1.6, MAX_DELAY)

    def _wait_retry_after(self, response: Response, what: str, deadline: float) -> None:
        assert response.retry_after is not None
        wait = min(max(response.retry_after, 0.0), MAX_RETRY_AFTER)
        self.progress(ProgressEvent("poll", f"Waiting for {what}", "waiting",
                                    f"retry-after {wait:g}s"))
        self.cancel.sleep(min(wait, max(0.0, deadline - self.clock.monotonic())))
