"""Backoff after failed renewals (1 min, 10 min, 100 min, then daily), persisted per certificate.

The state lives in the renewal_backoff table so the app and a scheduled CLI run share it and
a restart does not hammer the CA. A new certificate version (renewed elsewhere) resets it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.storage.backoff import BackoffTable, RenewalState

__all__ = ["BACKOFF_CAP", "BACKOFF_STEPS", "BackoffRepository", "RenewalState", "backoff_delay"]

BACKOFF_STEPS = (dt.timedelta(minutes=1), dt.timedelta(minutes=10), dt.timedelta(minutes=100))
BACKOFF_CAP = dt.timedelta(days=1)


def backoff_delay(failures: int, retry_after: float | None = None) -> dt.timedelta:
    """The wait after the `failures`-th consecutive failure (1-based); honours Retry-After."""
    if failures <= 0:
        return dt.timedelta(0)
    step = BACKOFF_STEPS[failures - 1] if failures <= len(BACKOFF_STEPS) else BACKOFF_CAP
    if retry_after is not None and retry_after > step.total_seconds():
        step = min(dt.timedelta(seconds=retry_after), dt.timedelta(days=7))
    return step


class BackoffRepository(BackoffTable):
    """The backoff table with this policy's delays."""

    def record_failure(self, certificate_id: str, version_id: str | None, error: str,
                       now: dt.datetime, delay: Callable[[int], dt.timedelta] | None = None,
                       *, retry_after: float | None = None) -> RenewalState:
        return super().record_failure(
            certificate_id, version_id, error, now,
            delay or (lambda failures: backoff_delay(failures, retry_after)))
