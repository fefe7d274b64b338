"""Core events other parts subscribe to (export targets after renewal, the GUI bridge, ...).

Subscribers are called on the thread that raised the event; a subscriber that fails is logged
and recorded in the activity log, never allowed to break the operation that raised it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

# Monitoring events (payloads):
# - reminder_due: certificate_id, label, threshold ("days:14" | "percent:10" | "expired"),
# not_after, seconds_left (negative once expired), message
# - renewal_failed: certificate_id, label, error, hint, failures, next_attempt_at
# - manual_action_needed: certificate_id, label, reason ("renewal_due"), message
# - renewal_succeeded: certificate_id, label, version_id (also see certificate_renewed, emitted
# by the certificate service itself)
# - endpoint_warning: certificate_id, label, endpoint_id, endpoint ("host:port"), status, message
# - monitoring_changed: (no payload) something the summary or attention list shows changed
REMINDER_DUE = "reminder_due"
RENEWAL_FAILED = "renewal_failed"
RENEWAL_SUCCEEDED = "renewal_succeeded"
MANUAL_ACTION_NEEDED = "manual_action_needed"
ENDPOINT_WARNING = "endpoint_warning"
MONITORING_CHANGED = "monitoring_changed"
# - renewal_window_passed: certificate_id, label, window_start, window_end, explanation_url
# (the CA moved the ARI window into the past: an early revocation is coming)
# - deployment_failed: certificate_id, label, target_id, message, hint (a deploy preset failed,
# or the endpoint still serves the old certificate after the deploy)
# - monitoring_pass_finished: (no payload) a background or headless pass is done (digests)
RENEWAL_WINDOW_PASSED = "renewal_window_passed"
DEPLOYMENT_FAILED = "deployment_failed"
MONITORING_PASS_FINISHED = "monitoring_pass_finished"


@dataclass(frozen=True)
class CoreEvent:
    name: str  # certificate_issued | certificate_renewed | certificate_revoked | order_progressed
    #            | order_failed | account_changed | manual_action_needed | ...
    payload: dict[str, Any]


Subscriber = Callable[[CoreEvent], None]


class ServiceHooks:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[Subscriber] = []

    def subscribe(self, fn: Subscriber) -> Callable[[], None]:
        with self._lock:
            self._subscribers.append(fn)

        def unsubscribe() -> None:
            with self._lock:
                if fn in self._subscribers:
                    self._subscribers.remove(fn)

        return unsubscribe

    def emit(self, name: str, **payload: Any) -> None:
        event = CoreEvent(name, payload)
        with self._lock:
            subscribers = list(self._subscribers)
        for fn in subscribers:
            try:
                fn(event)
            except Exception:
                log.exception("subscriber %r failed on %s", fn, name)
