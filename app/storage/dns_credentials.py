"""Named DNS API credential sets (table dns_credentials): the provider and the field names;
the values themselves are one sealed secret per set (see app.storage.secrets)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from app.storage.db import Database
from app.storage.rows import to_iso


class DnsCredentialRows:
    def __init__(self, db: Database) -> None:
        self._db = db

    def put(self, name: str, provider: str, secret_id: str, field_names: list[str],
            now: dt.datetime) -> None:
        self._db.execute(
            "INSERT INTO dns_credentials(name, provider, secret_id, field_names, created_at, "
            "updated_at) VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
            "provider=excluded.provider, secret_id=excluded.secret_id, "
            "field_names=excluded.field_names, updated_at=excluded.updated_at",
            (name, provider, secret_id, json.dumps(sorted(field_names)), to_iso(now),
             to_iso(now)))

    def get(self, name: str) -> sqlite3.Row | None:
        rows = self._db.query("SELECT * FROM dns_credentials WHERE name=?", (name,))
        return rows[0] if rows else None

    def all(self) -> list[sqlite3.Row]:
        return self._db.query("SELECT * FROM dns_credentials ORDER BY name")

    def remove(self, name: str, secret_id: str) -> None:
        """The set and its sealed values, together."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM dns_credentials WHERE name=?", (name,))
            conn.execute("DELETE FROM secrets WHERE id=?", (secret_id,))
