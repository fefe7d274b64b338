"""Expiry reminders: each threshold fires once per certificate version, across processes.

What fired is recorded in the reminders_fired table (INSERT OR IGNORE decides who fires, so the
app and a scheduled CLI run never both notify). When several thresholds were crossed while
certdesk was not running, only the most urgent one is shown; the others are marked as fired.
A certificate certdesk renews by itself gets no reminder until its renewal was due and had a
grace period to succeed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.clock import Clock
from app.domain import AnyCertificate, CertificateState, RenewalFacts, facts_of
from app.events import ReminderDue, ServiceHooks
from app.renewal.automation import renews_silently
from app.renewal.due import renewal_moment
from app.renewal.humanize import duration, when
from app.renewal.thresholds import (
    EXPIRED,
    Threshold,
    crossed,
    first_fire_at,
    most_urgent,
    thresholds_for,
)
from app.storage.events import NewEvent
from app.storage.reminders import RemindersFired
from app.storage.store import Store

MAX_GRACE = dt.timedelta(days=1)


@dataclass(frozen=True)
class Reminder:
    certificate_id: str
    label: str
    version_id: str
    threshold: Threshold
    not_after: dt.datetime
    seconds_left: float
    message: str


def is_watched(cert: AnyCertificate) -> bool:
    """Certificates that get reminders: a current, unrevoked version (the store's watched()
    selects the same)."""
    return (cert.current is not None and cert.status is not CertificateState.REVOKED
            and cert.current.revoked_at is None)


@dataclass(frozen=True)
class ScanSettings:
    """The settings a scan over every certificate reads once (scan_settings())."""

    days: tuple[float, ...]
    percent: tuple[float, ...]
    auto_renew: bool


class ReminderEngine:
    def __init__(self, store: Store, hooks: ServiceHooks, clock: Clock) -> None:
        self._store = store
        self._fired = RemindersFired(store.db)
        self._hooks = hooks
        self._clock = clock

    # -- what applies ----------------------------------------------------------------------
    def scan_settings(self) -> ScanSettings:
        """The settings the methods below take: read them once for a scan over many
        certificates (without them, each call reads them again)."""
        settings = self._store.settings
        return ScanSettings(tuple(settings.get("reminder_days") or ()),
                            tuple(settings.get("reminder_percent") or ()),
                            bool(settings.get("auto_renew")))

    def thresholds(self, cert: AnyCertificate,
                   settings: ScanSettings | None = None) -> list[Threshold]:
        assert cert.current is not None
        scan = settings or self.scan_settings()
        return thresholds_for(cert.current.not_before, cert.current.not_after,
                              days=scan.days, percent=scan.percent)

    def auto_renews(self, cert: AnyCertificate | RenewalFacts,
                    settings: ScanSettings | None = None) -> bool:
        return (cert.auto_renew and (settings or self.scan_settings()).auto_renew
                and renews_silently(cert))

    def quiet_until(self, cert: AnyCertificate | RenewalFacts, now: dt.datetime,
                    settings: ScanSettings | None = None) -> dt.datetime | None:
        """For automatically renewed certificates: no reminders before due time + grace."""
        facts = cert if isinstance(cert, RenewalFacts) else facts_of(cert)
        return None if facts is None else self._quiet_until(facts, settings)

    def _quiet_until(self, cert: RenewalFacts,
                     settings: ScanSettings | None = None) -> dt.datetime | None:
        if not self.auto_renews(cert, settings):
            return None
        grace = min(MAX_GRACE, (cert.not_after - cert.not_before) / 10)
        return renewal_moment(cert.id, cert.current_version_id, cert.not_before,
                              cert.not_after, renew_at=cert.renew_at,
                              ari_window_start=cert.ari_window_start,
                              ari_window_end=cert.ari_window_end) + grace

    def reminder_zone_start(self, cert: AnyCertificate | RenewalFacts, now: dt.datetime,
                            settings: ScanSettings | None = None) -> dt.datetime:
        """From when on the certificate counts as "expiring" (its first reminder moment)."""
        facts = cert if isinstance(cert, RenewalFacts) else facts_of(cert)
        assert facts is not None
        scan = settings or self.scan_settings()
        first = first_fire_at(facts.not_before, facts.not_after, days=scan.days,
                              percent=scan.percent)
        quiet = self._quiet_until(facts, scan)
        return max(first, quiet) if quiet is not None else first

    def fired(self, version_id: str) -> set[str]:
        return self._fired.fired(version_id)

    def fired_for_current(self) -> dict[str, set[str]]:
        """fired() of every certificate's current version, in one read."""
        return self._fired.fired_for_current()

    # -- firing ------------------------------------------------------------------------------
    def evaluate(self) -> list[Reminder]:
        """Fire every reminder that is due now; returns what was fired (and emitted)."""
        now = self._clock.now()
        settings = self.scan_settings()  # read once per scan, not once per certificate
        # Only certificates whose earliest threshold may have come (the store's superset of
        # those with the longest "days" or the largest share of their lifetime left).
        longest = max((float(d) for d in settings.days if float(d) > 0), default=0.0)
        largest = max((float(p) for p in settings.percent if 0 < float(p) < 100), default=0.0)
        candidates = self._store.certificates.ending_soon(now, days=longest,
                                                          share=largest / 100)
        if not candidates:
            return []
        done = self._fired.fired_for_current()
        reached: list[tuple[RenewalFacts, list[Threshold]]] = []
        for cert in candidates:
            if now < first_fire_at(cert.not_before, cert.not_after,
                                   days=settings.days, percent=settings.percent):
                continue  # no threshold reached yet, so none to fire
            crossed_now = crossed(
                thresholds_for(cert.not_before, cert.not_after, days=settings.days,
                               percent=settings.percent), now,
                already_fired=done.get(cert.current_version_id, ()),
                not_before=self._quiet_until(cert, settings))
            if crossed_now:
                reached.append((cert, crossed_now))
        if not reached:
            return []
        # One write for the whole scan: the claims (another process may have fired some
        # first) and the activity log lines of the reminders this one fires.
        fired: list[Reminder] = []
        with self._store.db.transaction():
            won = self._fired.claim_many(
                [(c.id, c.current_version_id, [t.key for t in ts]) for c, ts in reached], now)
            for cert, thresholds in reached:
                top = most_urgent([t for t in thresholds
                                   if (cert.current_version_id, t.key) in won])
                if top is not None:
                    fired.append(_reminder(cert, top, now))
            self._store.events.add_many([
                NewEvent("reminder", r.message,
                         "error" if r.threshold.key == EXPIRED else "warning", r.certificate_id)
                for r in fired])
        for r in fired:
            self._hooks.emit(ReminderDue(r.certificate_id, r.label, r.threshold.key,
                                         r.not_after, r.seconds_left, r.message))
        return fired

    def next_reminder_at(self) -> dt.datetime | None:
        """The next moment a reminder could fire (for the background loop's wake-up)."""
        best: dt.datetime | None = None
        settings = self.scan_settings()
        fired = self._fired.fired_for_current()
        for cert in self._store.certificates.watched():
            if best is not None and first_fire_at(
                    cert.not_before, cert.not_after, days=settings.days,
                    percent=settings.percent) >= best:
                continue  # none of its moments comes before its first threshold
            done = fired.get(cert.current_version_id, set())
            quiet = self._quiet_until(cert, settings)
            for t in thresholds_for(cert.not_before, cert.not_after, days=settings.days,
                                    percent=settings.percent):
                if t.key in done:
                    continue
                at = max(t.fire_at, quiet) if quiet and t.key != EXPIRED else t.fire_at
                if best is None or at < best:
                    best = at
        return best


def _reminder(cert: RenewalFacts, top: Threshold, now: dt.datetime) -> Reminder:
    left = cert.not_after - now
    if left.total_seconds() <= 0:
        message = f"{cert.label} expired on {when(cert.not_after)}."
    else:
        message = f"{cert.label} expires in {duration(left)} ({when(cert.not_after)})."
    return Reminder(cert.id, cert.label, cert.current_version_id, top, cert.not_after,
                    left.total_seconds(), message)
