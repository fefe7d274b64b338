"""Polling: the first wait (the CA's Retry-After from the answer that started it, else a
short one), Retry-After between polls, backoff without one, the deadline."""

from __future__ import annotations

import pytest

from app.acme.client import Response
from app.cancel import CancelToken
from app.clock import FakeClock
from app.errors import AcmeError
from app.orders.polling import FIRST_DELAY, Poller
from app.progress import ProgressEvent


class ClockToken(CancelToken):
    """Sleeps by moving a fake clock, and records each sleep."""

    def __init__(self, clock: FakeClock) -> None:
        super().__init__()
        self.clock = clock
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.clock.advance(seconds)


def answer(status: str, retry_after: float | None = None) -> Response:
    return Response(body={"status": status}, location=None, retry_after=retry_after, links={})


def poller() -> tuple[Poller, ClockToken, list[ProgressEvent]]:
    clock = FakeClock()
    token = ClockToken(clock)
    events: list[ProgressEvent] = []
    return Poller(clock, token, events.append), token, events


def test_the_retry_after_of_the_answer_that_started_the_wait_comes_before_the_first_poll(
        ) -> None:
    poll, token, events = poller()
    fetched: list[float] = []

    def fetch() -> Response:
        fetched.append(poll.clock.monotonic())
        return answer("valid")

    result = poll.until(fetch, lambda r: r.body["status"] != "processing", what="issuing",
                        timeout=60, after=answer("processing", retry_after=2.0),
                        first_poll=0.05)
    assert result.body["status"] == "valid"
    assert token.sleeps == [2.0]
    assert fetched == [2.0]
    assert [e.detail for e in events] == ["retry-after 2s"]


def test_without_a_retry_after_the_first_poll_comes_after_first_poll_seconds() -> None:
    poll, token, _events = poller()
    result = poll.until(lambda: answer("valid"), lambda r: r.body["status"] == "valid",
                        what="validation", timeout=60, after=answer("processing"),
                        first_poll=0.05)
    assert result.body["status"] == "valid"
    assert token.sleeps == [0.05]


def test_between_polls_retry_after_is_honoured_and_otherwise_the_delay_grows() -> None:
    poll, token, _events = poller()
    answers = iter([answer("pending", retry_after=3.0), answer("pending"), answer("pending"),
                    answer("valid")])
    poll.until(lambda: next(answers), lambda r: r.body["status"] == "valid", what="validation",
               timeout=60)
    assert token.sleeps == [3.0, FIRST_DELAY * 1.6, FIRST_DELAY * 1.6 * 1.6]


def test_the_deadline_ends_polling_with_the_order_kept() -> None:
    poll, token, _events = poller()
    with pytest.raises(AcmeError, match="within 5 seconds"):
        poll.until(lambda: answer("pending", retry_after=4.0),
                   lambda r: r.body["status"] == "valid", what="validation", timeout=5)
    assert token.sleeps == [4.0, 1.0]
