"""A cheap "has anyone changed the database?" counter: SQLite's data_version, read on a
connection of its own, changes whenever another connection (certdesk-cli, the scheduled
renewal, another window's worker) commits."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from app.storage.db import sqlite_problem


class ChangeCounter:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    def value(self) -> int:
        """Differs from the previous value once any other connection has committed."""
        with self._lock:
            try:
                if self._conn is None:
                    self._conn = sqlite3.connect(self._path, timeout=5, isolation_level=None,
                                                 check_same_thread=False)
                return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
            except sqlite3.Error as exc:
                raise sqlite_problem(exc, "checking the database for changes") from exc

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
