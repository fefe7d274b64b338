"""The SQLite store: one file in the home folder, WAL mode, versioned migrations.

Connections are per thread (sqlite3 objects must not cross threads); writes are short
transactions, so the GUI, workers and a scheduled CLI run can share the file.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from app.errors import StorageError
from app.storage.migrations import MIGRATIONS


class Database:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        with self.transaction() as conn:
            self._migrate(conn)

    def _connect(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        try:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA busy_timeout=30000")
        except sqlite3.Error as exc:
            raise StorageError(
                f"The database {self.path} could not be opened: {exc}.",
                "Check that the folder is writable and the disk is not full.",
            ) from exc
        self._local.conn = conn
        with self._lock:
            self._all.append(conn)
        return conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (BEGIN IMMEDIATE), committed on success, rolled back on error."""
        conn = self._connect()
        if conn.in_transaction:
            yield conn
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as exc:  # locked, disk full, constraint, ... inside the block
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StorageError(
                f"Writing the database failed: {exc}.",
                "Check free disk space and that no other program locks the file.",
            ) from exc
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def query(
        self, sql: str, params: tuple[object, ...] | dict[str, object] = ()
    ) -> list[sqlite3.Row]:
        try:
            return list(self._connect().execute(sql, params).fetchall())
        except sqlite3.Error as exc:
            raise StorageError(f"Reading the database failed: {exc}.", "Try again.") from exc

    def execute(self, sql: str, params: tuple[object, ...] | dict[str, object] = ()) -> None:
        try:
            with self.transaction() as conn:
                conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise StorageError(
                f"Writing the database failed: {exc}.",
                "Check free disk space and that no other program locks the file.",
            ) from exc

    @staticmethod
    def _migrate(conn: sqlite3.Connection) -> None:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > len(MIGRATIONS):
            raise StorageError(
                f"The database was written by a newer certdesk (schema {version}).",
                "Update certdesk to open it.",
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in script.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version={number}")

    @property
    def schema_version(self) -> int:
        return int(self.query("PRAGMA user_version")[0][0])

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            self._all.clear()
        self._local = threading.local()
