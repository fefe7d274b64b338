"""Turn core events into notifications: what happened, to which certificate, what to do.

Pure apart from reading the certificate from the store (its names go into the subject line
and its current version into the key that keeps the same event from being sent twice).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from app.errors import NotFound
from app.events import (
    CoreEvent,
    DeploymentFailed,
    EndpointWarning,
    ManualActionNeeded,
    ReminderDue,
    RenewalFailed,
    RenewalWindowPassed,
    TargetFailed,
)
from app.notifications.kinds import NotifyEvent
from app.notifications.message import Notification
from app.renewal.humanize import when
from app.storage.store import Store

# Endpoint verdicts worth telling someone about (unreachable and expiring are left to the
# tray: a server down for maintenance is not a certificate problem).
ENDPOINT_STATUSES = frozenset({"stale", "mismatch", "expired", "unknown"})


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _moment(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return when(value)
    return str(value) if value else "not scheduled"


def notify_event_of(event: CoreEvent) -> NotifyEvent | None:
    """Which notification event a core event may become (None: never one)."""
    match event:
        case RenewalFailed():
            return NotifyEvent.RENEWAL_FAILED
        case ManualActionNeeded():
            return NotifyEvent.MANUAL_ACTION
        case ReminderDue():
            return NotifyEvent.EXPIRY_REMINDER
        case EndpointWarning():
            return NotifyEvent.ENDPOINT_PROBLEM
        case RenewalWindowPassed():
            return NotifyEvent.RENEWAL_WINDOW_PASSED
        case DeploymentFailed() | TargetFailed():
            return NotifyEvent.DEPLOYMENT_FAILED
    return None


def notification_for(event: CoreEvent, store: Store, now: dt.datetime) -> Notification | None:
    """The notification an event calls for, or None."""
    kind = notify_event_of(event)
    certificate_id = getattr(event, "certificate_id", None)  # every notifiable event has one
    if kind is None or not isinstance(certificate_id, str):
        return None
    try:
        cert = store.certificates.get(certificate_id)
    except NotFound:
        return None
    label = getattr(event, "label", "") or cert.label or ", ".join(cert.identifiers)
    version = cert.current_version_id or "none"
    base: dict[str, Any] = {"certificate_id": cert.id, "label": label,
                            "names": tuple(cert.identifiers), "created_at": now}
    expires = (("Expires", when(cert.current.not_after)),) if cert.current else ()
    match event:
        case RenewalFailed(error=error, hint=hint, failures=failures):
            error = error or "unknown error"
            return Notification(
                kind, "Renewal failed",
                f"Renewing {label} failed (attempt {failures}): {error}",
                (hint + " " if hint else "") + "certdesk tries again by itself at the next "
                "attempt; if the reason persists, fix it and renew by hand before the "
                "certificate expires.",
                facts=(("Reason", error), ("Attempt", str(failures)),
                       ("Next attempt", _moment(event.next_attempt_at)), *expires),
                dedup_key=f"renewal_failed:{cert.id}:{version}:{_digest(error)}",
                repeat_to_digest=True, **base)
        case ManualActionNeeded(message=message, instructions=instructions):
            if cert.current is None:  # a first issuance: whoever started it is at the screen
                return None
            return Notification(
                kind, "Renewal needs you",
                message or f"{label} is due for renewal and its validation is manual.",
                "Open certdesk and renew it (or run 'certdesk-cli resume'); you will be shown "
                "what to create." + (f" {instructions}" if instructions else ""),
                facts=expires, severity="warning",
                dedup_key=f"manual:{cert.id}:{version}", **base)
        case ReminderDue(threshold=threshold, message=message):
            return Notification(
                kind,
                "Certificate expired" if threshold == "expired" else "Certificate expiring",
                message or f"{label} expires soon and has not been renewed.",
                "Renew it now (automatic renewal has not succeeded), or remove it if it is no "
                "longer used.",
                facts=expires, severity="error" if threshold == "expired" else "warning",
                dedup_key=f"reminder:{cert.id}:{version}:{threshold}", **base)
        case EndpointWarning(status=status, endpoint=endpoint, message=message):
            if status not in ENDPOINT_STATUSES:
                return None
            return Notification(
                kind, f"Endpoint serves a {status} certificate"
                if status in {"stale", "expired"} else "Endpoint serves a wrong certificate",
                f"{endpoint}: {message}",
                "Deploy the current certificate to that server (and reload or restart the "
                "service); check load balancers in front of it.",
                facts=(("Endpoint", endpoint), ("Status", status), *expires),
                dedup_key=f"endpoint:{cert.id}:{version}:{event.endpoint_id}:{status}", **base)
        case RenewalWindowPassed(window_start=start, window_end=end, explanation_url=url):
            return Notification(
                kind, "CA asks for renewal now",
                f"The CA moved the renewal window of {label} into the past (it ended "
                f"{_moment(end)}). CAs do this before revoking certificates early, e.g. in a "
                "mass revocation. certdesk renews it at once.",
                "Check that the renewal succeeds and the new certificate is deployed before "
                "the old one is revoked." + (f" The CA explains why at {url}" if url else ""),
                facts=(("Window", f"{_moment(start)} – {_moment(end)}"), *expires),
                dedup_key=f"ari:{cert.id}:{version}", **base)
        case DeploymentFailed(target_id=target_id, message=message) \
                | TargetFailed(target_id=target_id, message=message):
            hint = event.hint if isinstance(event, DeploymentFailed) else ""
            return Notification(
                kind, "Deployment failed", message,
                hint or "Check the export target (its folder, command or preset) and deploy "
                "again from certdesk.",
                facts=(("Target", target_id), *expires),
                dedup_key=f"deploy:{cert.id}:{version}:{target_id}:{_digest(message)}",
                **base)
    return None
