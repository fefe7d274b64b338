"""Turn core events into notifications: what happened, to which certificate, what to do.

Pure apart from reading the certificate from the store (its names go into the subject line
and its current version into the key that keeps the same event from being sent twice).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from app import events
from app.domain import ManagedCertificate
from app.errors import NotFound
from app.events import CoreEvent
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


def _cert(store: Store, payload: dict[str, Any]) -> ManagedCertificate | None:
    cert_id = payload.get("certificate_id")
    if not cert_id:
        return None
    try:
        return store.certificates.get(str(cert_id))
    except NotFound:
        return None


def notification_for(event: CoreEvent, store: Store, now: dt.datetime) -> Notification | None:
    """The notification an event calls for, or None."""
    p = event.payload
    cert = _cert(store, p)
    if cert is None:
        return None
    label = str(p.get("label") or cert.label or ", ".join(cert.identifiers))
    version = cert.current_version_id or "none"
    base: dict[str, Any] = {"certificate_id": cert.id, "label": label,
                            "names": tuple(cert.identifiers), "created_at": now}
    expires = (("Expires", when(cert.current.not_after)),) if cert.current else ()
    match event.name:
        case events.RENEWAL_FAILED:
            error = str(p.get("error") or "unknown error")
            hint = str(p.get("hint") or "")
            return Notification(
                NotifyEvent.RENEWAL_FAILED, "Renewal failed",
                f"Renewing {label} failed (attempt {p.get('failures', 1)}): {error}",
                (hint + " " if hint else "") + "certdesk tries again by itself at the next "
                "attempt; if the reason persists, fix it and renew by hand before the "
                "certificate expires.",
                facts=(("Reason", error), ("Attempt", str(p.get("failures", 1))),
                       ("Next attempt", _moment(p.get("next_attempt_at"))), *expires),
                dedup_key=f"renewal_failed:{cert.id}:{version}:{_digest(error)}",
                repeat_to_digest=True, **base)
        case events.MANUAL_ACTION_NEEDED:
            action = p.get("action")
            title = getattr(action, "title", "") or str(p.get("message") or "")
            return Notification(
                NotifyEvent.MANUAL_ACTION, "Renewal needs you",
                title or f"{label} is due for renewal and its validation is manual.",
                "Open certdesk and renew it (or run 'certdesk-cli resume'); you will be shown "
                "what to create.",
                facts=expires, severity="warning",
                dedup_key=f"manual:{cert.id}:{version}", **base)
        case events.REMINDER_DUE:
            threshold = str(p.get("threshold") or "")
            return Notification(
                NotifyEvent.EXPIRY_REMINDER,
                "Certificate expired" if threshold == "expired" else "Certificate expiring",
                str(p.get("message") or f"{label} expires soon and has not been renewed."),
                "Renew it now (automatic renewal has not succeeded), or remove it if it is no "
                "longer used.",
                facts=expires, severity="error" if threshold == "expired" else "warning",
                dedup_key=f"reminder:{cert.id}:{version}:{threshold}", **base)
        case events.ENDPOINT_WARNING:
            status = str(p.get("status") or "")
            if status not in ENDPOINT_STATUSES:
                return None
            endpoint = str(p.get("endpoint") or "")
            return Notification(
                NotifyEvent.ENDPOINT_PROBLEM, f"Endpoint serves a {status} certificate"
                if status in {"stale", "expired"} else "Endpoint serves a wrong certificate",
                f"{endpoint}: {p.get('message', '')}",
                "Deploy the current certificate to that server (and reload or restart the "
                "service); check load balancers in front of it.",
                facts=(("Endpoint", endpoint), ("Status", status), *expires),
                dedup_key=f"endpoint:{cert.id}:{version}:{p.get('endpoint_id')}:{status}",
                **base)
        case events.RENEWAL_WINDOW_PASSED:
            url = str(p.get("explanation_url") or "")
            return Notification(
                NotifyEvent.RENEWAL_WINDOW_PASSED, "CA asks for renewal now",
                f"The CA moved the renewal window of {label} into the past (it ended "
                f"{_moment(p.get('window_end'))}). CAs do this before revoking certificates "
                "early, e.g. in a mass revocation. certdesk renews it at once.",
                "Check that the renewal succeeds and the new certificate is deployed before "
                "the old one is revoked." + (f" The CA explains why at {url}" if url else ""),
                facts=(("Window", f"{_moment(p.get('window_start'))} – "
                                  f"{_moment(p.get('window_end'))}"), *expires),
                dedup_key=f"ari:{cert.id}:{version}", **base)
        case events.DEPLOYMENT_FAILED | "target_failed":
            message = str(p.get("message") or "The deployment failed.")
            return Notification(
                NotifyEvent.DEPLOYMENT_FAILED, "Deployment failed",
                message,
                str(p.get("hint") or "Check the export target (its folder, command or "
                    "preset) and deploy again from certdesk."),
                facts=(("Target", str(p.get("target_id") or "")), *expires),
                dedup_key=f"deploy:{cert.id}:{version}:{p.get('target_id')}:"
                          f"{_digest(message)}", **base)
    return None
