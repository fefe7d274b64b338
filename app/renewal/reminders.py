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
from app.domain import AnyCertificate, CertificateState
from app.events import ReminderDue, ServiceHooks
from app.renewal.automation import renews_silently
from app.renewal.due import renewal_time
from app.renewal.humanize import duration, when
from app.renewal.thresholds import (
    EXPIRED,
    Threshold,
    crossed,
    first_fire_at,
    most_urgent,
    thresholds_for,
)
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
    """Certificates that get reminders: a current, unrevoked version."""
    return (cert.current is not None and cert.status is not CertificateState.REVOKED
            and cert.current.revoked_at is None)


@dataclass(frozen=True)
class _ScanSettings:
    """The settings a scan over every certificate reads once."""

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
    def _settings(self) -> _ScanSettings:
        settings = self._store.settings
        return _ScanSettings(tuple(settings.get("reminder_days") or ()),
                             tuple(settings.get("reminder_percent") or ()),
                             bool(settings.get("auto_renew")))

    def thresholds(self, cert: AnyCertificate,
                   settings: _ScanSettings | None = None) -> list[Threshold]:
        assert cert.current is not None
        scan = settings or self._settings()
        return thresholds_for(cert.current.not_before, cert.current.not_after,
                              days=scan.days, percent=scan.percent)

    def auto_renews(self, cert: AnyCertificate,
                    settings: _ScanSettings | None = None) -> bool:
        return (cert.auto_renew and (settings or self._settings()).auto_renew
                and renews_silently(cert))

    def quiet_until(self, cert: AnyCertificate, now: dt.datetime,
                    settings: _ScanSettings | None = None) -> dt.datetime | None:
        """For automatically renewed certificates: no reminders before due time + grace."""
        if cert.current is None or not self.auto_renews(cert, settings):
            return None
        grace = min(MAX_GRACE, cert.current.lifetime / 10)
        return renewal_time(cert, now) + grace

    def reminder_zone_start(self, cert: AnyCertificate, now: dt.datetime) -> dt.datetime:
        """From when on the certificate counts as "expiring" (its first reminder moment)."""
        first = self.thresholds(cert)[0].fire_at
        quiet = self.quiet_until(cert, now)
        return max(first, quiet) if quiet is not None else first

    def fired(self, version_id: str) -> set[str]:
        return self._fired.fired(version_id)

    # -- firing ------------------------------------------------------------------------------
    def evaluate(self) -> list[Reminder]:
        """Fire every reminder that is due now; returns what was fired (and emitted)."""
        now = self._clock.now()
        fired: list[Reminder] = []
        settings = self._settings()  # read once per scan, not once per certificate
        done = self._fired.all_fired()
        # Only certificates whose earliest threshold may have come (the store's superset of
        # those with the longest "days" or the largest share of their lifetime left).
        longest = max((float(d) for d in settings.days if float(d) > 0), default=0.0)
        largest = max((float(p) for p in settings.percent if 0 < float(p) < 100), default=0.0)
        for cert in self._store.certificates.ending_soon(now, days=longest,
                                                         share=largest / 100):
            if not is_watched(cert):
                continue
            reminder = self._evaluate_one(cert, now, settings, done)
            if reminder is not None:
                fired.append(reminder)
        return fired

    def next_reminder_at(self) -> dt.datetime | None:
        """The next moment a reminder could fire (for the background loop's wake-up)."""
        now = self._clock.now()
        best: dt.datetime | None = None
        settings = self._settings()
        fired = self._fired.all_fired()
        for cert in self._store.certificates.all():
            if not is_watched(cert) or cert.current is None:
                continue
            done = fired.get(cert.current.id, set())
            quiet = self.quiet_until(cert, now, settings)
            for t in self.thresholds(cert, settings):
                if t.key in done:
                    continue
                at = max(t.fire_at, quiet) if quiet and t.key != EXPIRED else t.fire_at
                if best is None or at < best:
                    best = at
        return best

    def _evaluate_one(self, cert: AnyCertificate, now: dt.datetime,
                      settings: _ScanSettings, fired: dict[str, set[str]]) -> Reminder | None:
        version = cert.current
        assert version is not None
        if now < first_fire_at(version.not_before, version.not_after,
                               days=settings.days, percent=settings.percent):
            return None  # no threshold reached yet, so none to fire
        reached = crossed(self.thresholds(cert, settings), now,
                          already_fired=fired.get(version.id, set()),
                          not_before=self.quiet_until(cert, now, settings))
        if not reached:
            return None
        claimed = self._claim(cert.id, version.id, [t.key for t in reached], now)
        winners = [t for t in reached if t.key in claimed]
        top = most_urgent(winners)
        if top is None:
            return None  # another process fired them first
        left = version.not_after - now
        label = cert.label or ", ".join(cert.identifiers)
        if left.total_seconds() <= 0:
            message = f"{label} expired on {when(version.not_after)}."
        else:
            message = f"{label} expires in {duration(left)} ({when(version.not_after)})."
        reminder = Reminder(cert.id, label, version.id, top, version.not_after,
                            left.total_seconds(), message)
        self._store.events.add("reminder", message,
                               level="error" if top.key == EXPIRED else "warning",
                               certificate_id=cert.id)
        self._hooks.emit(ReminderDue(cert.id, label, top.key, version.not_after,
                                     reminder.seconds_left, message))
        return reminder

    def _claim(self, cert_id: str, version_id: str, keys: list[str],
               now: dt.datetime) -> set[str]:
        return self._fired.claim(cert_id, version_id, keys, now)
