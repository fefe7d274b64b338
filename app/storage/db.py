"""The SQLite store: one file in the home folder, WAL mode, versioned migrations.

Connections are per thread (sqlite3 objects must not cross threads); writes are short
transactions, so the GUI, workers and a scheduled CLI run can share the file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from app.errors import StorageError
from app.storage.file_lock import exclusive
from app.storage.migrations import MIGRATIONS

_NEARLY_FULL = 1024 * 1024


def sqlite_problem(exc: sqlite3.Error, doing: str, path: Path | None = None) -> StorageError:
    """One clear StorageError for a failed database operation, with the hint that fits it.

    `path` (the database) lets a vague "disk I/O error" be recognised as a full disk: SQLite
    reports it that way when it cannot create its WAL index on a full filesystem.
    """
    text = str(exc).lower()
    if "disk i/o error" in text and path is not None and _nearly_full(path.parent):
        text = "database or disk is full"
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StorageError(
            "certdesk's database file is damaged.",
            "Restore the data folder from a backup (certdesk-cli restore), or move the "
            "damaged database file aside and recover what you can with the sqlite3 tool's "
            "'.recover' command.", detail=f"{doing}: {exc}")
    if "readonly" in text or "read-only" in text:
        return StorageError(
            f"certdesk's database is read-only, so {doing} is not possible.",
            "Check the permissions of the data folder and of its database file, or that its "
            "disk is not mounted read-only.", detail=str(exc))
    if "full" in text:
        return StorageError(f"The disk is full: {doing} failed.",
                            "Free some disk space and try again.", detail=str(exc))
    if "locked" in text or "busy" in text:
        return StorageError(f"The database is locked by another program: {doing} failed.",
                            "Close the other program (or certdesk process) and try again.",
                            detail=str(exc))
    return StorageError(f"{doing[:1].upper()}{doing[1:]} failed: {exc}.",
                        "Check free disk space and that no other program locks the file.",
                        detail=str(exc))


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < _NEARLY_FULL
    except OSError:
        return False


class Database:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        # Two processes starting on a fresh folder: one creates the file, the other waits, so
        # an empty file is never mistaken for a new database.
        with exclusive(path.parent / "locks" / "database-create.lock"):
            self._create_or_check(path)
            with self.transaction() as conn:
                self._migrate(conn)

    @staticmethod
    def _create_or_check(path: Path) -> None:
        if not path.exists():
            # Created private before SQLite opens it; SQLite gives -wal and -shm the same mode.
            os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
            return
        wal = path.with_name(path.name + "-wal")
        if path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size > 0):
            raise StorageError(
                f"certdesk's database {path} is empty (0 bytes): it was cut off, for example "
                "by a full disk or an interrupted copy.",
                "Restore the data folder from a backup (certdesk-cli restore). To start over "
                "with no certificates, move the empty file aside.")

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
            raise sqlite_problem(exc, f"opening the database {self.path}", self.path) from exc
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
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            raise sqlite_problem(exc, "writing the database", self.path) from exc
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one consistent state of the database, whatever other threads or
        processes write meanwhile (a read transaction; WAL keeps the snapshot)."""
        conn = self._connect()
        if conn.in_transaction:
            yield
            return
        try:
            conn.execute("BEGIN")
        except sqlite3.Error as exc:
            raise sqlite_problem(exc, "reading the database", self.path) from exc
        try:
            yield
        finally:
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("COMMIT")  # nothing was written: this only ends the read

    def query(
        self, sql: str, params: tuple[object, ...] | dict[str, object] = ()
    ) -> list[sqlite3.Row]:
        try:
            return list(self._connect().execute(sql, params).fetchall())
        except sqlite3.Error as exc:
            raise sqlite_problem(exc, "reading the database", self.path) from exc

    def execute(self, sql: str, params: tuple[object, ...] | dict[str, object] = ()) -> None:
        try:
            with self.transaction() as conn:
                conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise sqlite_problem(exc, "writing the database", self.path) from exc

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
