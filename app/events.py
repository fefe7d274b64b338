"""Core events other parts subscribe to (export targets after renewal, the GUI bridge,
notifications, ...).

Each event is a small frozen dataclass; subscribers tell them apart by type
(`isinstance`, `match`). `name` (a class constant) and `payload` (the fields as a dict) are for
logs, the activity feed and serialisation. Subscribers are called on the thread that raised
the event; a subscriber that fails is logged, never allowed to break the operation that raised
it.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any, ClassVar

log = logging.getLogger(__name__)

# The events' names, as logs, the activity feed and notification rules know them.
CERTIFICATE_ISSUED = "certificate_issued"
CERTIFICATE_RENEWED = "certificate_renewed"
CERTIFICATE_REVOKED = "certificate_revoked"
ORDER_PROGRESSED = "order_progressed"
ORDER_FAILED = "order_failed"
MANUAL_ACTION_NEEDED = "manual_action_needed"
REMINDER_DUE = "reminder_due"
RENEWAL_FAILED = "renewal_failed"
RENEWAL_SUCCEEDED = "renewal_succeeded"
RENEWAL_WINDOW_PASSED = "renewal_window_passed"
ENDPOINT_WARNING = "endpoint_warning"
TARGET_RAN = "target_ran"
TARGET_FAILED = "target_failed"
DEPLOYMENT_FAILED = "deployment_failed"
MONITORING_CHANGED = "monitoring_changed"
MONITORING_PASS_FINISHED = "monitoring_pass_finished"


@dataclass(frozen=True)
class CoreEvent:
    """Base of every core event."""

    name: ClassVar[str] = "core_event"

    @property
    def payload(self) -> dict[str, Any]:
        """The event's fields by name (for logs and serialisation, not for dispatch)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


# -- orders ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class OrderProgressed(CoreEvent):
    """A step of an order started or finished (also its cancellation: step "cancelled")."""

    name: ClassVar[str] = ORDER_PROGRESSED
    order_id: str
    certificate_id: str
    step: str
    message: str
    state: str  # running | waiting | done | failed


@dataclass(frozen=True)
class OrderFailed(CoreEvent):
    name: ClassVar[str] = ORDER_FAILED
    order_id: str
    certificate_id: str
    error: str


@dataclass(frozen=True)
class ManualActionNeeded(CoreEvent):
    """Something only the user can do: an order parked on a manual DNS record
    (reason "order_parked"), or a due renewal whose validation is manual ("renewal_due")."""

    name: ClassVar[str] = MANUAL_ACTION_NEEDED
    certificate_id: str
    label: str
    reason: str
    message: str
    order_id: str | None = None
    instructions: str = ""


# -- certificates ----------------------------------------------------------------------------
@dataclass(frozen=True)
class CertificateIssued(CoreEvent):
    """The first version of a certificate was stored."""

    name: ClassVar[str] = CERTIFICATE_ISSUED
    certificate_id: str
    version_id: str
    order_id: str
    alternates: int = 0  # alternate chains the CA offered


@dataclass(frozen=True)
class CertificateRenewed(CoreEvent):
    """A new version of a certificate was stored and made current."""

    name: ClassVar[str] = CERTIFICATE_RENEWED
    certificate_id: str
    version_id: str
    order_id: str
    alternates: int = 0


@dataclass(frozen=True)
class CertificateRevoked(CoreEvent):
    name: ClassVar[str] = CERTIFICATE_REVOKED
    certificate_id: str
    version_id: str
    reason: str


# -- background renewal and monitoring -------------------------------------------------------
@dataclass(frozen=True)
class RenewalSucceeded(CoreEvent):
    """The background renewal renewed a certificate (CertificateRenewed is raised too)."""

    name: ClassVar[str] = RENEWAL_SUCCEEDED
    certificate_id: str
    label: str
    version_id: str | None


@dataclass(frozen=True)
class RenewalFailed(CoreEvent):
    name: ClassVar[str] = RENEWAL_FAILED
    certificate_id: str
    label: str
    error: str
    hint: str
    failures: int
    next_attempt_at: dt.datetime | None


@dataclass(frozen=True)
class RenewalWindowPassed(CoreEvent):
    """The CA moved the ARI window into the past: an early revocation is coming."""

    name: ClassVar[str] = RENEWAL_WINDOW_PASSED
    certificate_id: str
    label: str
    window_start: dt.datetime | None
    window_end: dt.datetime
    explanation_url: str | None


@dataclass(frozen=True)
class ReminderDue(CoreEvent):
    name: ClassVar[str] = REMINDER_DUE
    certificate_id: str
    label: str
    threshold: str  # "days:14" | "percent:10" | "expired"
    not_after: dt.datetime
    seconds_left: float  # negative once expired
    message: str


@dataclass(frozen=True)
class EndpointWarning(CoreEvent):
    name: ClassVar[str] = ENDPOINT_WARNING
    certificate_id: str
    label: str
    endpoint_id: str
    endpoint: str  # host:port
    status: str
    message: str


@dataclass(frozen=True)
class TargetRan(CoreEvent):
    name: ClassVar[str] = TARGET_RAN
    certificate_id: str
    target_id: str
    files: tuple[str, ...]


@dataclass(frozen=True)
class TargetFailed(CoreEvent):
    name: ClassVar[str] = TARGET_FAILED
    certificate_id: str
    target_id: str
    message: str


@dataclass(frozen=True)
class DeploymentFailed(CoreEvent):
    """A deploy preset failed, or the endpoint still serves the old certificate after it."""

    name: ClassVar[str] = DEPLOYMENT_FAILED
    certificate_id: str
    label: str
    target_id: str
    message: str
    hint: str = ""


@dataclass(frozen=True)
class MonitoringChanged(CoreEvent):
    """Something the summary or the attention list shows changed."""

    name: ClassVar[str] = MONITORING_CHANGED


@dataclass(frozen=True)
class MonitoringPassFinished(CoreEvent):
    """A background or headless monitoring pass is done (digests go out now)."""

    name: ClassVar[str] = MONITORING_PASS_FINISHED


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

    def emit(self, event: CoreEvent) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for fn in subscribers:
            try:
                fn(event)
            except Exception:
                log.exception("subscriber %r failed on %s", fn, event.name)
