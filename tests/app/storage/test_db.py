import sqlite3
from pathlib import Path

import pytest

from app.errors import StorageError
from app.storage.db import Database
from app.storage.migrations import MIGRATIONS


def test_migrates_to_latest_and_uses_wal(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.sqlite3")
    assert db.schema_version == len(MIGRATIONS)
    assert db.query("PRAGMA journal_mode")[0][0] == "wal"
    db.close()
    assert Database(tmp_path / "x.sqlite3").schema_version == len(MIGRATIONS)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(StorageError, match="newer certdesk"):
        Database(path)


def test_failed_transaction_rolls_back(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.sqlite3")
    with pytest.raises(RuntimeError), db.transaction() as conn:
        conn.execute("INSERT INTO settings(key, value) VALUES('a', '1')")
        raise RuntimeError("boom")
    assert db.query("SELECT * FROM settings WHERE key='a'") == []


def test_sqlite_errors_inside_a_transaction_are_storage_errors(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.sqlite3")
    with pytest.raises(StorageError, match="Writing the database failed") as info, \
            db.transaction() as conn:
        conn.execute("INSERT INTO settings(key, value) VALUES('a', '1')")
        conn.execute("INSERT INTO settings(key, value) VALUES('a', '2')")  # duplicate key
    assert isinstance(info.value.__cause__, sqlite3.IntegrityError)
    assert info.value.hint
    assert db.query("SELECT * FROM settings WHERE key='a'") == []  # rolled back
