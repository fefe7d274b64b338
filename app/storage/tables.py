"""Whole-table access for the backup: every table copied generically, so tables added by
later migrations are backed up and restored without changes to the backup code."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from app.storage.db import Database


def table_names(db: Database) -> list[str]:
    rows = db.query("SELECT name FROM sqlite_master WHERE type='table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name")
    return [str(r["name"]) for r in rows]


def _quoted(table: str) -> str:
    if '"' in table:
        raise ValueError(f"unexpected table name {table!r}")
    return f'"{table}"'


def table_rows(db: Database, table: str) -> list[dict[str, Any]]:
    return [{k: row[k] for k in row.keys()}  # noqa: SIM118 - sqlite3.Row
            for row in db.query(f"SELECT * FROM {_quoted(table)}")]


def row_count(db: Database, table: str) -> int:
    return int(db.query(f"SELECT COUNT(*) AS n FROM {_quoted(table)}")[0]["n"])


def setting_keys(db: Database) -> list[str]:
    return [str(r["key"]) for r in db.query("SELECT key FROM settings")]


def secret_index(db: Database) -> list[dict[str, Any]]:
    """Id, purpose and creation time of every secret (not the sealed values)."""
    return [{"id": r["id"], "purpose": r["purpose"], "created_at": r["created_at"]}
            for r in db.query("SELECT id, purpose, created_at FROM secrets ORDER BY id")]


def defer_foreign_keys(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA defer_foreign_keys=ON")


def column_names(conn: sqlite3.Connection, table: str) -> set[str]:
    return {str(r[1]) for r in conn.execute(f"PRAGMA table_info({_quoted(table)})")}


def insert_row(conn: sqlite3.Connection, table: str, values: Mapping[str, object], *,
               replace: bool = False) -> None:
    names: Sequence[str] = list(values)
    verb = "INSERT OR REPLACE" if replace else "INSERT"
    conn.execute(f"{verb} INTO {_quoted(table)}(" + ", ".join(_quoted(n) for n in names)
                 + ") VALUES(" + ", ".join("?" for _ in names) + ")",
                 [values[n] for n in names])
