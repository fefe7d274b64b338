"""One pass of background renewal: which certificates are due, renew them, record the outcome.

Used by the background loop in the app and by `certdesk-cli renew --due` (via run_due), so the
two behave the same: the same due times (stable jitter), the same persisted backoff, the same
per-certificate lock. Automatic validation renews silently; manual validation gets a single
manual_action_needed event per certificate version instead.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.cancel import NEVER_CANCELLED, CancelToken
from app.clock import Clock
from app.collector import collector_paused
from app.domain import (
    AnyCertificate,
    CertificateState,
    CertificateSummary,
    RenewalFacts,
    display_label,
    facts_of,
)
from app.errors import AcmeError, Cancelled, NotFound, UserFacingError
from app.events import (
    ManualActionNeeded,
    RenewalFailed,
    RenewalSucceeded,
    RenewalWindowPassed,
    ServiceHooks,
)
from app.orders.locks import CertificateBusy, certificate_lock
from app.renewal.automation import is_automatic, renews_silently
from app.renewal.backoff import BackoffRepository, RenewalState
from app.renewal.due import renewal_moment
from app.renewal.humanize import when
from app.services.batch_renewal import Deferred, ca_host, run_bounded
from app.storage.secrets import missing_secret
from app.storage.store import Store

log = logging.getLogger(__name__)

ARI_POLL_INTERVAL = dt.timedelta(hours=6)  # "at least twice a day", with room for misses

RenewFn = Callable[[str, CancelToken], object]
RefreshFn = Callable[[str], object]


@dataclass(frozen=True)
class RenewalPlanItem:
    certificate_id: str
    label: str
    due_at: dt.datetime
    blocked_until: dt.datetime | None
    automatic: bool
    state: str  # waiting | due | backoff | manual
    failures: int


@dataclass(frozen=True)
class RenewalOutcome:
    certificate_id: str
    label: str
    action: str  # renewed | failed | manual | busy | skipped
    message: str
    next_attempt_at: dt.datetime | None = None


def label_of(cert: AnyCertificate) -> str:
    return display_label(cert.label, cert.identifiers, cert.id)


def is_renewable(cert: AnyCertificate) -> bool:
    """Certificates the background renewal looks after at all."""
    return (cert.source == "acme" and cert.auto_renew and cert.current is not None
            and cert.status in {CertificateState.ACTIVE, CertificateState.FAILED}
            and cert.current.revoked_at is None)


class RenewalPass:
    def __init__(self, store: Store, hooks: ServiceHooks, clock: Clock, renew: RenewFn, *,
                 refresh_ari: RefreshFn | None = None, lock_timeout: float = 0.0) -> None:
        self._store = store
        self._hooks = hooks
        self._clock = clock
        self._renew = renew
        self._refresh_ari = refresh_ari
        self._lock_timeout = lock_timeout
        self._backoff = BackoffRepository(store.db)
        self._ari_attempts: dict[str, dt.datetime] = {}

    @property
    def backoff(self) -> BackoffRepository:
        return self._backoff

    def automatic(self, cert: AnyCertificate) -> bool:
        return renews_silently(cert) and bool(self._store.settings.get("auto_renew"))

    # -- planning -------------------------------------------------------------------------
    def plan(self) -> list[RenewalPlanItem]:
        # The store selects what is_renewable() accepts, reading only the renewal time's
        # inputs.
        with collector_paused():  # an item per certificate, none of them cyclic
            return self._plan(self._store.certificates.renewable())

    def _plan(self, certs: Sequence[RenewalFacts]) -> list[RenewalPlanItem]:
        now = self._clock.now()
        states = self._backoff.all()
        enabled = bool(self._store.settings.get("auto_renew"))  # once, not per certificate
        # Certificates with the same plan text share one plan object (the store parses each
        # text once): decide once per plan whether it renews without a person.
        plans = {id(c.validation): c.validation for c in certs}
        automatic = {key: enabled and is_automatic(plan) for key, plan in plans.items()}
        return [self._plan_one(c, states.get(c.id), now, automatic[id(c.validation)])
                for c in certs]

    def _plan_one(self, cert: RenewalFacts, state: RenewalState | None,
                  now: dt.datetime, automatic: bool) -> RenewalPlanItem:
        due_at = renewal_moment(cert.id, cert.current_version_id, cert.not_before,
                                cert.not_after, renew_at=cert.renew_at,
                                ari_window_start=cert.ari_window_start,
                                ari_window_end=cert.ari_window_end)
        failures = state.failures_for(cert.current_version_id) if state else 0
        blocked = state.blocked_until(cert.current_version_id) if state else None
        if now < due_at:
            kind = "waiting"
        elif not automatic:
            kind = "manual"
        elif blocked is not None and now < blocked:
            kind = "backoff"
        else:
            kind = "due"
        return RenewalPlanItem(cert.id, cert.label, due_at, blocked, automatic, kind,
                               failures)

    def next_wake(self) -> dt.datetime | None:
        """The next moment something may need doing (a due time, a backoff end, an ARI poll)."""
        certs = self._store.certificates.renewable()
        with collector_paused():
            plan = self._plan(certs)
        return self._next_wake(certs, plan)

    def _next_wake(self, certs: Sequence[RenewalFacts],
                   plan: Sequence[RenewalPlanItem]) -> dt.datetime | None:
        moments: list[dt.datetime] = []
        for item in plan:
            if item.state == "waiting":
                moments.append(item.due_at)
            elif item.state == "backoff" and item.blocked_until is not None:
                moments.append(item.blocked_until)
        if self._refresh_ari is not None:
            moments.extend(self._next_ari_poll(cert) for cert in certs)
        return min(moments) if moments else None

    # -- doing ------------------------------------------------------------------------------
    def run(self, *, cancel: CancelToken = NEVER_CANCELLED, ignore_backoff: bool = False,
            certificate_ids: set[str] | None = None) -> list[RenewalOutcome]:
        """Manual notices first, then the renewals at once, a bounded number per CA host
        (the renewals_per_ca setting); outcomes in plan order."""
        return self._run(self.plan(), cancel=cancel, ignore_backoff=ignore_backoff,
                         certificate_ids=certificate_ids)

    def run_and_wake(self, *, cancel: CancelToken = NEVER_CANCELLED
                     ) -> tuple[list[RenewalOutcome], dt.datetime | None]:
        """run(), then next_wake(), from one read of the inventory and one plan (the
        background loop's round, over every certificate): afterwards only the certificates
        the run acted on are read and planned again (a new version, a backoff)."""
        certs = self._store.certificates.renewable()
        with collector_paused():
            plan = self._plan(certs)
        outcomes = self._run(plan, cancel=cancel)
        acted = {o.certificate_id for o in outcomes}
        if acted:
            fresh = [facts for cert in self._store.certificates.summaries_of(acted)
                     if is_renewable(cert) and (facts := facts_of(cert)) is not None]
            certs = [c for c in certs if c.id not in acted] + fresh
            plan = [i for i in plan if i.certificate_id not in acted] + self._plan(fresh)
        return outcomes, self._next_wake(certs, plan)

    def _run(self, plan: Sequence[RenewalPlanItem], *, cancel: CancelToken,
             ignore_backoff: bool = False, certificate_ids: set[str] | None = None
             ) -> list[RenewalOutcome]:
        outcomes: list[RenewalOutcome] = []
        due: list[RenewalPlanItem] = []
        for item in plan:
            if certificate_ids is not None and item.certificate_id not in certificate_ids:
                continue
            cancel.check()
            if item.state == "manual":
                outcome = self._notify_manual(item)
                if outcome is not None:
                    outcomes.append(outcome)
            elif item.state == "due" or (item.state == "backoff" and ignore_backoff):
                due.append(item)
        if not due:
            return outcomes
        accounts = self._store.accounts.all()
        hosts = {a.id: ca_host(a.directory_url) for a in accounts}
        # Summaries (no PEM texts): which account and how many names; each renewal reads
        # its certificate when it starts.
        certs = {c.id: c for c in self._store.certificates.summaries_of(
            i.certificate_id for i in due)}
        due = [i for i in due if i.certificate_id in certs]  # removed since the plan
        # What can be seen without the CA fails here, before a key is made or an order sent.
        keyless = {a.id for a in accounts if not self._store.secrets.exists(a.key_secret_id)}
        done: dict[str, RenewalOutcome] = {}
        for item in due:
            cert = certs[item.certificate_id]
            if cert.account_id in keyless:
                cancel.check()
                done[item.certificate_id] = self._failed(cert, item, missing_secret())
        ready = [i for i in due if i.certificate_id not in done]
        results = run_bounded(ready, lambda i: hosts.get(certs[i.certificate_id].account_id
                                                         or "", ""),
                              lambda i, token: self._renew_one(i, token),
                              per_host=self._store.settings.get("renewals_per_ca"),
                              cancel=cancel,
                              size_of=lambda i: len(certs[i.certificate_id].identifiers))
        for item, result in zip(ready, results, strict=True):
            if isinstance(result, RenewalOutcome):
                done[item.certificate_id] = result
            elif isinstance(result, Deferred):
                done[item.certificate_id] = self._failed(self._summary(item.certificate_id),
                                                         item, result.reason)
            else:  # _renew_one records the failures it expects: this is a bug
                raise result
        return outcomes + [done[i.certificate_id] for i in due]

    def _summary(self, cert_id: str) -> CertificateSummary:
        """One certificate without its PEM texts."""
        found = self._store.certificates.summaries_of((cert_id,))
        if not found:
            raise NotFound(f"No certificate with id '{cert_id}'.")
        return found[0]

    def _notify_manual(self, item: RenewalPlanItem) -> RenewalOutcome | None:
        cert = self._summary(item.certificate_id)
        if not self._backoff.claim_manual_notice(cert.id, cert.current_version_id,
                                                 self._clock.now()):
            return None
        message = (f"{item.label} is due for renewal and needs you: its validation is manual "
                   f"(renewal was due {when(item.due_at)}).")
        self._store.events.add("renewal_manual", message, level="warning",
                               certificate_id=cert.id)
        self._hooks.emit(ManualActionNeeded(cert.id, item.label, "renewal_due", message))
        return RenewalOutcome(cert.id, item.label, "manual", message)

    def _renew_one(self, item: RenewalPlanItem, cancel: CancelToken) -> RenewalOutcome:
        before = self._summary(item.certificate_id)
        try:
            with certificate_lock(self._store.home, item.certificate_id, self._lock_timeout,
                                  purpose="background renewal", cancel=cancel):
                current = self._summary(item.certificate_id)
                if current.current_version_id != before.current_version_id:
                    return RenewalOutcome(item.certificate_id, item.label, "skipped",
                                          "Renewed meanwhile by another certdesk process.")
                self._renew(item.certificate_id, cancel)
        except CertificateBusy as exc:
            return RenewalOutcome(item.certificate_id, item.label, "busy", exc.message)
        except Cancelled:
            raise
        except Exception as exc:
            return self._failed(before, item, exc)
        self._backoff.clear_failures(item.certificate_id)
        after = self._summary(item.certificate_id)
        message = f"{item.label} was renewed."
        self._hooks.emit(RenewalSucceeded(item.certificate_id, item.label,
                                          after.current_version_id))
        return RenewalOutcome(item.certificate_id, item.label, "renewed", message)

    def _failed(self, cert: AnyCertificate, item: RenewalPlanItem,
                exc: Exception) -> RenewalOutcome:
        if isinstance(exc, UserFacingError):
            error, hint = exc.message, exc.hint
        else:
            log.exception("renewal of %s failed unexpectedly", cert.id)
            error, hint = f"{type(exc).__name__}: {exc}", "See the log for details."
        retry_after = exc.retry_after_seconds if isinstance(exc, AcmeError) else None
        state = self._backoff.record_failure(cert.id, cert.current_version_id, error,
                                             self._clock.now(), retry_after=retry_after)
        message = (f"Renewing {item.label} failed (attempt {state.failures}): {error} "
                   f"Next try {when(state.next_attempt_at or self._clock.now())}.")
        self._store.events.add("renewal_failed", message, level="error",
                               certificate_id=cert.id)
        self._hooks.emit(RenewalFailed(cert.id, item.label, error, hint, state.failures,
                                       state.next_attempt_at))
        return RenewalOutcome(cert.id, item.label, "failed", message, state.next_attempt_at)

    # -- ARI --------------------------------------------------------------------------------
    def _next_ari_poll(self, cert: RenewalFacts) -> dt.datetime:
        last = [t for t in (cert.ari_checked_at, self._ari_attempts.get(cert.id)) if t]
        return max(last) + ARI_POLL_INTERVAL if last else self._clock.now()

    def poll_ari(self, *, cancel: CancelToken = NEVER_CANCELLED) -> int:
        """Ask the CA for fresh renewal info where the last answer is older than 6 hours."""
        if self._refresh_ari is None:
            return 0
        now = self._clock.now()
        polled = 0
        for cert in self._store.certificates.renewable():
            cancel.check()
            if self._next_ari_poll(cert) > now:
                continue
            self._ari_attempts[cert.id] = now
            try:
                self._refresh_ari(cert.id)
                polled += 1
                self._check_window_passed(cert, now)
            except Cancelled:
                raise
            except Exception as exc:  # ARI is advisory: the lifetime fallback still applies
                log.warning("renewal info for %s could not be fetched: %s", cert.id, exc)
        return polled

    def _check_window_passed(self, before: RenewalFacts, now: dt.datetime) -> None:
        """The CA moved the renewal window into the past: it means to revoke early."""
        after = self._store.certificates.get(before.id)
        end = after.ari_window_end
        if end is None or end > now or (before.ari_window_start, before.ari_window_end) == (
                after.ari_window_start, end):
            return
        label = label_of(after)
        self._store.events.add("renewal_window_passed", f"The CA moved the renewal window of "
                               f"{label} into the past ({when(end)}): renewing at once.",
                               level="warning", certificate_id=after.id)
        self._hooks.emit(RenewalWindowPassed(after.id, label, after.ari_window_start, end,
                                             after.ari_explanation_url))
