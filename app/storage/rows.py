"""Conversions between SQLite rows and Python values shared by the repositories."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any, ParamSpec, TypeVar

from app.domain import ValidationPlan
from app.errors import StorageError

P = ParamSpec("P")
R = TypeVar("R")


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


@functools.lru_cache(maxsize=256)
def plan_from_text(text: str | None) -> ValidationPlan:
    """A stored validation plan, parsed once per distinct text: most certificates and orders
    share a handful of plans, and a plan is frozen, so one object serves every row that holds
    it. A damaged text raises every time (errors are not cached)."""
    return ValidationPlan.from_json(loads(text) or {})


def reads_row(table: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a row-to-object conversion: a damaged value (bad date, bad JSON, missing
    column) becomes one StorageError line naming the table and row, never the raw text."""

    def decorate(convert: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(convert)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return convert(*args, **kwargs)
            except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
                row = next((a for a in args if isinstance(a, sqlite3.Row)), None)
                raise damaged_row(table, row, exc) from exc
        return wrapper
    return decorate


def converted(table: str, rows: Iterable[sqlite3.Row],
              convert: Callable[[sqlite3.Row], R]) -> list[R]:
    """Every row converted, a damaged one reported as reads_row() does: for bulk reads of
    thousands of rows, without a wrapper call per row."""
    out: list[R] = []
    row: sqlite3.Row | None = None
    try:
        for row in rows:
            out.append(convert(row))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        raise damaged_row(table, row, exc) from exc
    return out


def damaged_row(table: str, row: sqlite3.Row | None, exc: Exception) -> StorageError:
    row_id = ""
    with contextlib.suppress(IndexError, TypeError):  # a Row's `in` looks at values, not keys
        row_id = f", id {str(row['id'])[:40]!r}" if row is not None else ""
    return StorageError(
        f"A record in certdesk's database is damaged ({table}{row_id}).",
        "Restore the data folder from a backup (certdesk-cli restore), or remove that "
        "record; the details are in the log.",
        detail=f"{type(exc).__name__}: {exc}")
