"""When things will happen to a certificate: issued, the CA's renewal window, the planned
renewal, reminders, expiry and a dns-persist-01 record's end (persistUntil).

Qt-free. The details pane draws one certificate's timeline; the Attention tab lists what
happens to all of them in the next days, in order.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from app.clock import Clock
from app.domain import AnyCertificate
from app.events import ServiceHooks
from app.renewal.automation import renews_silently
from app.renewal.due import renewal_time
from app.renewal.reminders import ReminderEngine, ScanSettings, is_watched
from app.renewal.thresholds import EXPIRED
from app.services.renewal_pass import is_renewable
from app.storage.dns_persist import PersistMemory
from app.storage.store import Store


class MomentKind(enum.StrEnum):
    ISSUED = "issued"
    RENEWAL_WINDOW = "renewal-window"  # the CA's suggested window (ARI); `until` is its end
    RENEWAL = "renewal"  # the planned renewal moment
    REMINDER = "reminder"  # `detail` is the threshold ("days:14", "percent:10")
    EXPIRY = "expiry"
    PERSIST_UNTIL = "persist-until"  # `detail` is the name whose record ends


@dataclass(frozen=True)
class Moment:
    kind: MomentKind
    at: dt.datetime
    certificate_id: str
    label: str  # the certificate's label
    until: dt.datetime | None = None
    detail: str = ""
    automatic: bool = True  # RENEWAL: runs by itself; False: the user has to act
    done: bool = False  # a reminder that already fired


@dataclass(frozen=True)
class Timeline:
    certificate_id: str
    start: dt.datetime  # not before
    end: dt.datetime  # not after
    now: dt.datetime
    moments: tuple[Moment, ...]  # in time order


class TimelineService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock
        self._reminders = ReminderEngine(store, ServiceHooks(), clock)
        self._persist = PersistMemory(store.db)

    def for_certificate(self, cert_id: str) -> Timeline | None:
        """The certificate's timeline, or None while it has no issued version."""
        cert = self._store.certificates.get(cert_id)
        if cert.current is None:
            return None
        now = self._clock.now()
        version_id = cert.current.id
        reads = _Reads(self._reminders.scan_settings(),
                       {version_id: self._reminders.fired(version_id)}, self._persist_until)
        return Timeline(cert.id, cert.current.not_before, cert.current.not_after, now,
                        tuple(sorted(self._moments(cert, now, reads), key=_order)))

    def upcoming(self, days: float = 30) -> list[Moment]:
        """Everything that happens to any watched certificate from now to `days` ahead."""
        now = self._clock.now()
        limit = now + dt.timedelta(days=days)
        # What every certificate's moments need besides the certificate, read once.
        ends: dict[str, dt.datetime] = {}
        for record in self._persist.all():
            if record.persist_until is not None:
                ends[record.name] = max(record.persist_until,
                                        ends.get(record.name, record.persist_until))
        reads = _Reads(self._reminders.scan_settings(), self._reminders.fired_for_current(),
                       ends.get)
        found: list[Moment] = []
        for cert in self._store.certificates.summaries():
            if is_watched(cert):
                found += self._moments(cert, now, reads, upcoming=(now, limit))
        return sorted(found, key=_order)

    def _persist_until(self, name: str) -> dt.datetime | None:
        ends = [r.persist_until for r in self._persist.for_name(name)
                if r.persist_until is not None]
        return max(ends) if ends else None

    def _moments(self, cert: AnyCertificate, now: dt.datetime, reads: _Reads, *,
                 upcoming: tuple[dt.datetime, dt.datetime] | None = None) -> list[Moment]:
        """The certificate's moments, unordered. With `upcoming` (a start and an end), only
        those still to happen that overlap it (no moment is made for the others)."""
        version = cert.current
        assert version is not None
        label = cert.label or ", ".join(cert.identifiers)
        out: list[Moment] = []

        def add(kind: MomentKind, at: dt.datetime, *, until: dt.datetime | None = None,
                detail: str = "", automatic: bool = True, done: bool = False) -> None:
            if upcoming is not None and (kind is MomentKind.ISSUED or done
                                         or (until or at) < upcoming[0] or at > upcoming[1]):
                return
            out.append(Moment(kind, at, cert.id, label, until, detail, automatic, done))

        add(MomentKind.ISSUED, version.not_before)
        add(MomentKind.EXPIRY, version.not_after)
        if cert.ari_window_start is not None and cert.ari_window_end is not None:
            add(MomentKind.RENEWAL_WINDOW, cert.ari_window_start, until=cert.ari_window_end)
        if is_renewable(cert):
            add(MomentKind.RENEWAL, renewal_time(cert, now),
                automatic=reads.settings.auto_renew and renews_silently(cert))
        if is_watched(cert):
            fired = reads.fired.get(version.id, set())
            quiet = self._reminders.quiet_until(cert, now, reads.settings)
            for threshold in self._reminders.thresholds(cert, reads.settings):
                if threshold.key == EXPIRED:
                    continue
                add(MomentKind.REMINDER,
                    max(threshold.fire_at, quiet) if quiet else threshold.fire_at,
                    detail=threshold.key, done=threshold.key in fired)
        for name in cert.identifiers:
            if cert.validation.for_name(name).method == "dns-persist-01":
                ends = reads.persist_until(name.removeprefix("*."))
                if ends is not None:
                    add(MomentKind.PERSIST_UNTIL, ends, detail=name)
        return out


@dataclass(frozen=True)
class _Reads:
    """What a certificate's moments depend on besides the certificate: read once for a scan
    over all of them."""

    settings: ScanSettings
    fired: Mapping[str, set[str]]  # current version id -> the reminders that fired
    persist_until: Callable[[str], dt.datetime | None]  # a name's latest persistUntil


_RANK = {k: i for i, k in enumerate(MomentKind)}


def _order(moment: Moment) -> tuple[dt.datetime, int, str]:
    return moment.at, _RANK[moment.kind], moment.label
