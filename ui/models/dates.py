"""Dates and times as shown: local time with its zone, so they read unambiguously next to the
core's messages, which say UTC."""

from __future__ import annotations

import datetime as dt


def zone(value: dt.datetime) -> str:
    """A short zone name ("CET", "UTC") or, where the OS gives a long one (Windows), the
    offset ("UTC+01:00")."""
    name = value.tzname() or ""
    if name and len(name) <= 5 and name.replace("+", "").replace("-", "").isalnum():
        return name
    offset = value.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def local_time(value: dt.datetime | None, *, seconds: bool = False, empty: str = "—") -> str:
    if value is None:
        return empty
    local = value.astimezone()
    text = local.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    return f"{text} {zone(local)}"


def local_date(value: dt.datetime | None, *, empty: str = "—") -> str:
    return value.astimezone().strftime("%Y-%m-%d") if value is not None else empty
