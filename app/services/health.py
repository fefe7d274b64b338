"""The tray's view: a worst state, the soon-expiring certificates and the attention list.

Everything here is computed from the store on demand (frozen dataclasses, no I/O in the
front end): the certificates' current versions, renewal backoff, manual notices and the last
endpoint checks.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.domain import AnyCertificate
from app.renewal.backoff import RenewalState
from app.renewal.humanize import duration, when
from app.storage.endpoints import Endpoint


class HealthState(StrEnum):
    OK = "ok"
    EXPIRING = "expiring"
    CRITICAL = "critical"  # expired, or renewal failed

    @property
    def rank(self) -> int:
        return {"ok": 0, "expiring": 1, "critical": 2}[self.value]


def worst(states: list[HealthState]) -> HealthState:
    return max(states, key=lambda s: s.rank, default=HealthState.OK)


@dataclass(frozen=True, slots=True)
class AttentionItem:
    certificate_id: str
    label: str
    kind: str  # expired | expiring | renewal_failed | manual_action | endpoint
    severity: HealthState
    message: str
    hint: str
    since: dt.datetime | None = None
    endpoint_id: str | None = None


@dataclass(frozen=True, slots=True)
class CertificateHealth:
    certificate_id: str
    label: str
    names: tuple[str, ...]
    not_after: dt.datetime
    seconds_left: float
    renew_at: dt.datetime | None
    auto_renews: bool
    state: HealthState


@dataclass(frozen=True)
class MonitorSummary:
    state: HealthState
    total: int
    expiring: int
    critical: int
    soon_expiring: tuple[CertificateHealth, ...]  # reminder zone or worse, soonest first
    attention: tuple[AttentionItem, ...]  # worst first
    next_renewal_at: dt.datetime | None
    computed_at: dt.datetime

    def with_attention(self, extra: Sequence[AttentionItem]) -> MonitorSummary:
        """This summary with more attention items (worst first) and the state they imply."""
        if not extra:
            return self
        items = sorted([*self.attention, *extra],
                       key=lambda i: (-i.severity.rank, i.since or self.computed_at))
        return dataclasses.replace(self, attention=tuple(items),
                                   state=worst([self.state, *(i.severity for i in extra)]))


@dataclass(frozen=True, slots=True)
class CertificateFacts:
    """What the assessment needs to know about one certificate (gathered by the service)."""

    cert: AnyCertificate
    zone_start: dt.datetime  # from here on it counts as expiring
    renew_at: dt.datetime | None
    auto_renews: bool
    renewal: RenewalState | None


def _label(cert: AnyCertificate) -> str:
    return cert.label or ", ".join(cert.identifiers) or cert.id


def assess(facts: list[CertificateFacts], endpoints: list[Endpoint],
           now: dt.datetime) -> MonitorSummary:
    items: list[AttentionItem] = []
    health: list[CertificateHealth] = []
    for f in facts:
        cert, version = f.cert, f.cert.current
        if version is None:
            continue
        label = _label(cert)
        state = HealthState.OK
        left = version.not_after - now
        if left.total_seconds() <= 0:
            state = HealthState.CRITICAL
            items.append(AttentionItem(cert.id, label, "expired", state,
                                       f"{label} expired on {when(version.not_after)}.",
                                       "Renew it now, or remove it if it is no longer used.",
                                       version.not_after))
        elif now >= f.zone_start:
            state = HealthState.EXPIRING
            items.append(AttentionItem(
                cert.id, label, "expiring", state,
                f"{label} expires in {duration(left)} ({when(version.not_after)}).",
                "Renew it now." if not f.auto_renews else
                "Automatic renewal has not succeeded yet; renew it now or check the log.",
                f.zone_start))
        failures = f.renewal.failures_for(version.id) if f.renewal else 0
        if failures and f.renewal is not None:
            state = HealthState.CRITICAL
            nxt = f.renewal.next_attempt_at
            items.append(AttentionItem(
                cert.id, label, "renewal_failed", HealthState.CRITICAL,
                f"Renewing {label} failed {failures} time{'s' if failures > 1 else ''}: "
                f"{f.renewal.last_error or 'unknown error'}",
                f"certdesk tries again {when(nxt)}." if nxt else "Try renewing it by hand.",
                f.renewal.last_attempt_at))
        if f.renewal is not None and f.renewal.manual_version_id == version.id:
            state = worst([state, HealthState.EXPIRING])
            items.append(AttentionItem(
                cert.id, label, "manual_action", HealthState.EXPIRING,
                f"{label} is due for renewal and its validation is manual.",
                "Open certdesk and renew it; you will be shown the DNS record to create.",
                f.renewal.manual_notified_at))
        health.append(CertificateHealth(cert.id, label, cert.identifiers, version.not_after,
                                        left.total_seconds(), f.renew_at, f.auto_renews, state))
    labels = {f.cert.id: _label(f.cert) for f in facts}
    for e in endpoints:
        if e.status in _warning_statuses() and e.certificate_id in labels:
            severity = HealthState.CRITICAL if e.status == "expired" else HealthState.EXPIRING
            items.append(AttentionItem(
                e.certificate_id, labels[e.certificate_id], "endpoint", severity,
                f"{e.address}: {e.message}",
                "Deploy the current certificate there (or restart the server)." if e.status in
                {"stale", "expired", "expiring"} else "Check the server and its configuration.",
                e.checked_at, e.id))
    items.sort(key=lambda i: (-i.severity.rank, i.since or now))
    soon = tuple(sorted((h for h in health if h.state is not HealthState.OK),
                        key=lambda h: h.not_after))
    all_states = [h.state for h in health] + [i.severity for i in items]
    renewals = [h.renew_at for h in health if h.renew_at and h.auto_renews]
    return MonitorSummary(
        state=worst(all_states), total=len(health),
        expiring=sum(1 for h in health if h.state is HealthState.EXPIRING),
        critical=sum(1 for h in health if h.state is HealthState.CRITICAL),
        soon_expiring=soon, attention=tuple(items),
        next_renewal_at=min(renewals) if renewals else None, computed_at=now)


def _warning_statuses() -> frozenset[str]:
    """The endpoint verdicts that warn, from the module that judges (it brings the
    certificate parser, which an inventory without monitored endpoints never needs)."""
    from app.endpoints.compare import WARNING_STATUSES

    return WARNING_STATUSES
