"""Reminder thresholds for one certificate version, in days and in percent of its lifetime.

A 90-day, a 45-day and a 6-day certificate should all get sensible reminders from the same
settings, so a "days" threshold only counts when it is at most half the lifetime (a 30-day
reminder on a 6-day certificate would fire the moment it is issued). Percent thresholds always
count. "expired" is always the last threshold.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass

EXPIRED = "expired"


@dataclass(frozen=True)
class Threshold:
    key: str  # "days:30" | "percent:10" | "expired"
    fire_at: dt.datetime

    @property
    def label(self) -> str:
        kind, _, value = self.key.partition(":")
        if kind == "days":
            return f"{value} day{'s' if value != '1' else ''} before expiry"
        if kind == "percent":
            return f"{value}% of the lifetime left"
        return "expired"


def thresholds_for(not_before: dt.datetime, not_after: dt.datetime, *,
                   days: Iterable[float], percent: Iterable[float]) -> list[Threshold]:
    """All thresholds that apply to a certificate valid from not_before to not_after, by time."""
    lifetime = not_after - not_before
    half = lifetime / 2
    found: dict[str, Threshold] = {}
    for d in days:
        before = _days(d)
        if before <= _NOTHING or before > half:
            continue
        key = _key("days", d)
        found[key] = Threshold(key, not_after - before)
    for p in percent:
        share = float(p)
        if not 0 < share < 100:
            continue
        key = _key("percent", p)
        found[key] = Threshold(key, not_after - lifetime * (share / 100.0))
    found[EXPIRED] = Threshold(EXPIRED, not_after)
    return sorted(found.values(), key=lambda t: (t.fire_at, t.key))


def first_fire_at(not_before: dt.datetime, not_after: dt.datetime, *,
                  days: Iterable[float], percent: Iterable[float]) -> dt.datetime:
    """When the earliest of thresholds_for(...) fires, without building them: a scan skips
    every certificate whose first reminder is still ahead (most of them)."""
    lifetime = not_after - not_before
    half = lifetime / 2
    ahead = _NOTHING  # "expired" fires at not_after
    for d in days:
        before = _days(d)
        if _NOTHING < before <= half and before > ahead:
            ahead = before
    for p in percent:
        share = float(p)
        if 0 < share < 100:
            ahead = max(ahead, lifetime * (share / 100.0))
    return not_after - ahead


_NOTHING = dt.timedelta(0)


@functools.lru_cache(maxsize=64)
def _days(value: float) -> dt.timedelta:
    """A "days" setting as a span (first_fire_at runs for every certificate of a scan)."""
    return dt.timedelta(days=float(value))


def crossed(thresholds: Iterable[Threshold], now: dt.datetime, *,
            already_fired: Iterable[str] = (),
            not_before: dt.datetime | None = None) -> list[Threshold]:
    """Thresholds reached by `now` that have not fired yet (in time order).

    `not_before` defers them (e.g. until an automatic renewal was due and had time to run).
    """
    fired = set(already_fired)
    reached = [t for t in thresholds
               if t.fire_at <= now and t.key not in fired
               and (not_before is None or now >= not_before or t.key == EXPIRED)]
    return reached


def most_urgent(thresholds: list[Threshold]) -> Threshold | None:
    """Of several thresholds crossed at once (the app was off), the one to tell the user."""
    return thresholds[-1] if thresholds else None


@functools.lru_cache(maxsize=64)
def _key(kind: str, value: float) -> str:
    return f"{kind}:{_fmt(value)}"


def _fmt(value: float) -> str:
    number = float(value)
    return str(int(number)) if number.is_integer() else f"{number:g}"
