"""Expiry tracking for the GUI tray and the CLI: summary, attention list, reminders, background
renewal, endpoint checks.

Qt-free and synchronous. The tray calls summary() (worst state + soon-expiring list) on a worker
and listens to services.hooks for: reminder_due, renewal_failed, renewal_succeeded,
manual_action_needed, endpoint_warning and monitoring_changed (see app.scheduling.events).
start()/stop() run the background loop (renewal, ARI polling, reminders, endpoint checks).
"""

from __future__ import annotations

import datetime as dt
import logging
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol

from app.cancel import NEVER_CANCELLED, CancelToken
from app.clock import Clock
from app.domain import facts_of
from app.events import (
    CertificateIssued,
    CertificateRenewed,
    CertificateRevoked,
    CoreEvent,
    MonitoringChanged,
    MonitoringPassFinished,
    ServiceHooks,
)
from app.renewal.backoff import BackoffRepository
from app.renewal.due import renewal_time
from app.renewal.reminders import Reminder, ReminderEngine, is_watched
from app.services.background_loop import BackgroundLoop
from app.services.delivery_attention import with_delivery_items
from app.services.health import (
    AttentionItem,
    CertificateFacts,
    CertificateHealth,
    HealthState,
    MonitorSummary,
    assess,
)
from app.services.order_attention import with_order_items
from app.services.renewal_pass import (
    RefreshFn,
    RenewalOutcome,
    RenewalPass,
    RenewalPlanItem,
    RenewFn,
    is_renewable,
)
from app.storage.endpoints import Endpoint, EndpointRepository, parse_address
from app.storage.store import Store

# The checks themselves bring the TLS client and the certificate parser: imported when an
# endpoint is first checked (an inventory without monitored endpoints never needs them).
if TYPE_CHECKING:
    from app.endpoints.checker import EndpointChecker, FetchFn

log = logging.getLogger(__name__)

# Front ends take these types from here (ui/ must not import app.scheduling).
__all__ = ["AttentionItem", "CertificateHealth", "Endpoint", "HealthState", "MonitorSummary",
           "MonitoringService"]


class CertificateOps(Protocol):
    """The part of CertificateService monitoring uses."""

    def renew(self, cert_id: str, *, force: bool = ..., cancel: CancelToken | None = ...
              ) -> Any: ...

    def refresh_renewal_info(self, cert_id: str) -> Any: ...


def renew_with(certificates: CertificateOps) -> RenewFn:
    def renew(cert_id: str, cancel: CancelToken) -> object:
        return certificates.renew(cert_id, cancel=cancel)
    return renew


class MonitoringService:
    def __init__(self, store: Store, hooks: ServiceHooks, clock: Clock, *,
                 renew: RenewFn | None = None, refresh_ari: RefreshFn | None = None,
                 fetch: FetchFn | None = None,
                 lock_timeout: float = 0.0) -> None:
        self._store = store
        self._hooks = hooks
        self._clock = clock
        self.reminders = ReminderEngine(store, hooks, clock)
        self.renewals = RenewalPass(store, hooks, clock, renew or _cannot_renew,
                                    refresh_ari=refresh_ari,
                                    lock_timeout=lock_timeout)
        self._fetch = fetch
        self.endpoints = EndpointRepository(store.db)
        self._backoff = BackoffRepository(store.db)
        self._loop = BackgroundLoop(clock, self.tick)
        self._unsubscribe: Any = None

    @classmethod
    def for_certificates(cls, store: Store, hooks: ServiceHooks, clock: Clock,
                         certificates: CertificateOps, **kwargs: Any) -> MonitoringService:
        return cls(store, hooks, clock, renew=renew_with(certificates),
                   refresh_ari=certificates.refresh_renewal_info, **kwargs)

    @cached_property
    def endpoint_checker(self) -> EndpointChecker:
        from app.endpoints.checker import EndpointChecker

        return EndpointChecker(self._store, self._hooks, self._clock, fetch=self._fetch)

    # -- what the tray shows ------------------------------------------------------------
    def summary(self) -> MonitorSummary:
        now = self._clock.now()
        states = self._backoff.all()
        settings = self.reminders.scan_settings()  # once, not once per certificate
        facts = []
        certificates = self._store.certificates.summaries()
        for cert in certificates:
            timing = facts_of(cert)
            if timing is None or not is_watched(cert):
                continue
            facts.append(CertificateFacts(
                cert=cert, zone_start=self.reminders.reminder_zone_start(timing, now, settings),
                renew_at=renewal_time(cert, now) if is_renewable(cert) else None,
                auto_renews=self.reminders.auto_renews(timing, settings),
                renewal=states.get(cert.id)))
        return with_order_items(
            with_delivery_items(assess(facts, self.endpoints.list(), now),
                                self._store, certificates), self._store, certificates)

    def attention(self) -> tuple[AttentionItem, ...]:
        return self.summary().attention

    def soon_expiring(self) -> tuple[CertificateHealth, ...]:
        return self.summary().soon_expiring

    # -- reminders and renewal ----------------------------------------------------------
    def evaluate_reminders(self) -> list[Reminder]:
        return self.reminders.evaluate()

    def renewal_plan(self) -> list[RenewalPlanItem]:
        return self.renewals.plan()

    def renew_due(self, *, cancel: CancelToken = NEVER_CANCELLED,
                  ignore_backoff: bool = False) -> list[RenewalOutcome]:
        """Renew what is due now (the tray's "Renew due now" passes ignore_backoff=True)."""
        outcomes = self.renewals.run(cancel=cancel, ignore_backoff=ignore_backoff)
        if outcomes:
            self._hooks.emit(MonitoringChanged())
        return outcomes

    def run_headless(self, *, cancel: CancelToken = NEVER_CANCELLED) -> list[RenewalOutcome]:
        """What `certdesk-cli renew --due` does: refresh stale ARI answers, renew what is due
        (same lock, backoff and due times as the app), and record reminders that came due."""
        self.renewals.poll_ari(cancel=cancel)
        outcomes = self.renewals.run(cancel=cancel)
        self.reminders.evaluate()
        self._hooks.emit(MonitoringPassFinished())
        return outcomes

    def poll_renewal_info(self, *, cancel: CancelToken = NEVER_CANCELLED) -> int:
        return self.renewals.poll_ari(cancel=cancel)

    # -- endpoints ----------------------------------------------------------------------
    def add_endpoint(self, certificate_id: str, address: str, server_name: str = "") -> Endpoint:
        cert = self._store.certificates.get(certificate_id)
        host, port = parse_address(address)
        return self.endpoints.add(cert.id, host, port, server_name.strip(),
                                  now=self._clock.now())

    def list_endpoints(self, certificate_id: str | None = None) -> list[Endpoint]:
        if certificate_id is not None:
            certificate_id = self._store.certificates.get(certificate_id).id
        return self.endpoints.list(certificate_id)

    def remove_endpoint(self, endpoint_id: str) -> Endpoint:
        return self.endpoints.remove(endpoint_id)

    def check_endpoints(self, certificate_id: str | None = None, *,
                        cancel: CancelToken = NEVER_CANCELLED) -> list[Endpoint]:
        if certificate_id is not None:
            certificate_id = self._store.certificates.get(certificate_id).id
        results = self.endpoint_checker.check_all(certificate_id, cancel=cancel)
        self._hooks.emit(MonitoringChanged())
        return results

    # -- the background loop ------------------------------------------------------------
    def tick(self, cancel: CancelToken = NEVER_CANCELLED) -> dt.datetime | None:
        """One round: ARI polls, due renewals, reminders, due endpoint checks.

        Returns when the next round should run.
        """
        self.renewals.poll_ari(cancel=cancel)
        # The renewal plan is made once per round (over the whole inventory), for the
        # renewals and for when to wake up next.
        outcomes, renewal_wake = self.renewals.run_and_wake(cancel=cancel)
        changed = bool(outcomes)
        changed |= bool(self.reminders.evaluate())
        watched = bool(self.endpoints.list())  # none: the checker is never built
        changed |= watched and bool(self.endpoint_checker.check_due(cancel=cancel))
        self._hooks.emit(MonitoringPassFinished())
        if changed:
            self._hooks.emit(MonitoringChanged())
        moments = [m for m in (renewal_wake, self.reminders.next_reminder_at(),
                               self.endpoint_checker.next_due_at() if watched else None)
                   if m is not None]
        return min(moments) if moments else None

    def start(self) -> None:
        if self._unsubscribe is None:
            self._unsubscribe = self._hooks.subscribe(self._on_core_event)
        self._loop.start()

    def stop(self, timeout: float | None = 10.0) -> bool:
        """Cancel the background loop (and a renewal in progress) and wait for it: on quit."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        return self._loop.stop(timeout)

    def wake(self) -> None:
        self._loop.wake()

    @property
    def running(self) -> bool:
        return self._loop.running

    @property
    def loop(self) -> BackgroundLoop:
        return self._loop

    def _on_core_event(self, event: CoreEvent) -> None:
        if isinstance(event, (CertificateIssued, CertificateRenewed, CertificateRevoked)):
            self._loop.wake()


def _cannot_renew(cert_id: str, cancel: CancelToken) -> object:
    raise RuntimeError("no renewal function was given to MonitoringService")
