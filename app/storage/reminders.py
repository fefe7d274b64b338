"""Which reminder thresholds fired for which certificate version (table reminders_fired).

`claim` inserts with INSERT OR IGNORE in one transaction, so when the app and a scheduled CLI
run evaluate at the same moment, each threshold fires in exactly one of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from app.storage.db import Database
from app.storage.rows import to_iso

_VERSIONS_PER_QUERY = 500  # well below SQLite's limit on bound parameters


class RemindersFired:
    def __init__(self, db: Database) -> None:
        self._db = db

    def fired(self, version_id: str) -> set[str]:
        rows = self._db.query("SELECT threshold FROM reminders_fired WHERE version_id=?",
                              (version_id,))
        return {r["threshold"] for r in rows}

    def fired_for_current(self) -> dict[str, set[str]]:
        """The fired thresholds of every certificate's current version (a scan over the
        whole inventory; older versions' reminders are left out)."""
        fired: dict[str, set[str]] = {}
        for version_id, threshold in self._db.query(
                "SELECT f.version_id, f.threshold FROM certificates c"
                " JOIN reminders_fired f ON f.version_id = c.current_version_id"):
            fired.setdefault(version_id, set()).add(threshold)
        return fired

    def claim_many(self, claims: Sequence[tuple[str, str, Sequence[str]]],
                   now: dt.datetime) -> set[tuple[str, str]]:
        """claim() for many versions in one write: `claims` holds (certificate id, version
        id, threshold keys); returns the (version id, key) pairs this caller fired. The
        write lock is held from reading what fired before to recording the rest, so no
        other process fires one of them in between."""
        wanted = {(version_id, key): cert_id for cert_id, version_id, keys in claims
                  for key in keys}
        versions = list(dict.fromkeys(version_id for _, version_id, _ in claims))
        with self._db.transaction() as conn:
            for start in range(0, len(versions), _VERSIONS_PER_QUERY):
                chunk = versions[start:start + _VERSIONS_PER_QUERY]
                marks = ",".join("?" * len(chunk))
                for version_id, key in conn.execute(
                        "SELECT version_id, threshold FROM reminders_fired"
                        f" WHERE version_id IN ({marks})", chunk):
                    wanted.pop((version_id, key), None)
            at = to_iso(now)
            conn.executemany("INSERT INTO reminders_fired(certificate_id, version_id,"
                             " threshold, fired_at) VALUES(?,?,?,?)",
                             [(cert_id, version_id, key, at)
                              for (version_id, key), cert_id in wanted.items()])
        return set(wanted)

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
