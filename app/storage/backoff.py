"""Renewal backoff state per certificate (table renewal_backoff), shared by the app and a
scheduled CLI run so that a restart does not hammer the CA. The policy (how long to wait)
lives in app.renewal.backoff."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from app.storage.db import Database
from app.storage.rows import from_iso, reads_row, to_iso


@dataclass(frozen=True)
class RenewalState:
    certificate_id: str
    version_id: str | None
    failures: int
    last_attempt_at: dt.datetime | None
    last_error: str | None
    next_attempt_at: dt.datetime | None
    manual_version_id: str | None
    manual_notified_at: dt.datetime | None

    def failures_for(self, version_id: str | None) -> int:
        """Consecutive failures that still count for the certificate's current version."""
        return self.failures if self.version_id == version_id else 0

    def blocked_until(self, version_id: str | None) -> dt.datetime | None:
        return self.next_attempt_at if self.failures_for(version_id) else None


class BackoffTable:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, certificate_id: str) -> RenewalState | None:
        rows = self._db.query("SELECT * FROM renewal_backoff WHERE certificate_id=?",
                              (certificate_id,))
        return self._from_row(rows[0]) if rows else None

    def all(self) -> dict[str, RenewalState]:
        return {r["certificate_id"]: self._from_row(r)
                for r in self._db.query("SELECT * FROM renewal_backoff")}

    def record_failure(self, certificate_id: str, version_id: str | None, error: str,
                       now: dt.datetime, delay: Callable[[int], dt.timedelta]) -> RenewalState:
        """Count one more failure for the version; the next attempt waits delay(failures)."""
        with self._db.transaction() as conn:
            row = conn.execute("SELECT failures, version_id FROM renewal_backoff"
                               " WHERE certificate_id=?", (certificate_id,)).fetchone()
            previous = int(row["failures"]) if row and row["version_id"] == version_id else 0
            failures = previous + 1
            next_at = now + delay(failures)
            conn.execute(
                "INSERT INTO renewal_backoff(certificate_id, version_id, failures, last_attempt_at,"
                " last_error, next_attempt_at, updated_at) VALUES(?,?,?,?,?,?,?)"
                " ON CONFLICT(certificate_id) DO UPDATE SET version_id=excluded.version_id,"
                " failures=excluded.failures, last_attempt_at=excluded.last_attempt_at,"
                " last_error=excluded.last_error, next_attempt_at=excluded.next_attempt_at,"
                " updated_at=excluded.updated_at",
                (certificate_id, version_id, failures, to_iso(now), error[:2000],
                 to_iso(next_at), to_iso(now)))
        state = self.get(certificate_id)
        assert state is not None
        return state

    def clear_failures(self, certificate_id: str) -> None:
        self._db.execute("UPDATE renewal_backoff SET failures=0, last_error=NULL,"
                         " next_attempt_at=NULL WHERE certificate_id=?", (certificate_id,))

    def claim_manual_notice(self, certificate_id: str, version_id: str | None,
                            now: dt.datetime) -> bool:
        """Record that the user was told about a manual renewal for this version.

        Returns False when that was already done (by this or another process).
        """
        with self._db.transaction() as conn:
            row = conn.execute("SELECT manual_version_id FROM renewal_backoff"
                               " WHERE certificate_id=?", (certificate_id,)).fetchone()
            if row and row["manual_version_id"] == version_id:
                return False
            conn.execute(
                "INSERT INTO renewal_backoff(certificate_id, version_id, failures,"
                " manual_version_id, manual_notified_at, updated_at) VALUES(?,?,0,?,?,?)"
                " ON CONFLICT(certificate_id) DO UPDATE SET"
                " manual_version_id=excluded.manual_version_id,"
                " manual_notified_at=excluded.manual_notified_at, updated_at=excluded.updated_at",
                (certificate_id, version_id, version_id, to_iso(now), to_iso(now)))
        return True

    @staticmethod
    @reads_row("renewal state")
    def _from_row(row: sqlite3.Row) -> RenewalState:
        return RenewalState(
            certificate_id=row["certificate_id"], version_id=row["version_id"],
            failures=int(row["failures"]), last_attempt_at=from_iso(row["last_attempt_at"]),
            last_error=row["last_error"], next_attempt_at=from_iso(row["next_attempt_at"]),
            manual_version_id=row["manual_version_id"],
            manual_notified_at=from_iso(row["manual_notified_at"]),
        )
