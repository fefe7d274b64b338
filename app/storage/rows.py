"""Conversions between SQLite rows and Python values shared by the repositories."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any


def to_iso(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat() if value else None


def from_iso(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def req_iso(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)


def dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def loads(value: str | None) -> Any:
    return json.loads(value) if value else None
