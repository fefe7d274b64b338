"""Which reminder thresholds fired for which certificate version (table reminders_fired).

`claim` inserts with INSERT OR IGNORE in one transaction, so when the app and a scheduled CLI
run evaluate at the same moment, each threshold fires in exactly one of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from app.storage.db import Database
from app.storage.rows import to_iso


class RemindersFired:
    def __init__(self, db: Database) -> None:
        self._db = db

    def fired(self, version_id: str) -> set[str]:
        rows = self._db.query("SELECT threshold FROM reminders_fired WHERE version_id=?",
                              (version_id,))
        return {r["threshold"] for r in rows}

    def all_fired(self) -> dict[str, set[str]]:
        """Every version's fired thresholds in one read (a scan over the whole inventory)."""
        fired: dict[str, set[str]] = {}
        for row in self._db.query("SELECT version_id, threshold FROM reminders_fired"):
            fired.setdefault(row["version_id"], set()).add(row["threshold"])
        return fired

    def claim(self, certificate_id: str, version_id: str, keys: Iterable[str],
              now: dt.datetime) -> set[str]:
        """The thresholds this caller fired (the others were fired before, here or elsewhere)."""
        won: set[str] = set()
        with self._db.transaction() as conn:
            for key in keys:
                cur = conn.execute("INSERT OR IGNORE INTO reminders_fired(certificate_id,"
                                   " version_id, threshold, fired_at) VALUES(?,?,?,?)",
                                   (certificate_id, version_id, key, to_iso(now)))
                if cur.rowcount == 1:
                    won.add(key)
        return won
