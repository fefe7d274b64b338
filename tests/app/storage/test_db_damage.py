"""A damaged, empty, read-only or key-less store: clear one-line errors, nothing recreated or
half-done, and a new data folder private to its user."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from app.errors import StorageError
from app.paths import database_path, log_dir
from app.services.inventory import InventoryService
from app.storage.store import Store
from tests.support.local_ca import LocalCA


@pytest.fixture(scope="module")
def ca() -> LocalCA:
    return LocalCA()


def _import(home: Path, ca: LocalCA, name: str = "store.test") -> str:
    store = Store.open(home)
    try:
        leaf = ca.issue((name,))
        cert = InventoryService(store).import_certificate(leaf.cert_pem + ca.chain_pem,
                                                          key_data=leaf.key_pem)
        return cert.id
    finally:
        store.close()


def _cli(capsys: pytest.CaptureFixture[str], home: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--home", str(home), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_an_empty_database_file_is_not_silently_recreated(home: Path) -> None:
    path = database_path(home)
    path.write_bytes(b"")
    with pytest.raises(StorageError, match="empty") as info:
        Store.open(home)
    assert "backup" in info.value.hint
    assert path.stat().st_size == 0  # left for the user to look at


def test_a_malformed_database_gets_a_damage_hint_not_a_disk_space_one(
        home: Path, ca: LocalCA, capsys: pytest.CaptureFixture[str]) -> None:
    for n in range(8):
        _import(home, ca, f"n{n}.store.test")
    path = database_path(home)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    data[page:len(data)] = os.urandom(len(data) - page)  # every page but the header page
    path.write_bytes(bytes(data))
    code, _, err = _cli(capsys, home, "list")
    assert code == 1 and "damaged" in err and "disk space" not in err
    assert len(err.strip().splitlines()) == 1


def test_a_corrupted_row_is_one_line_without_the_raw_text(
        home: Path, ca: LocalCA, capsys: pytest.CaptureFixture[str]) -> None:
    cert_id = _import(home, ca)
    with sqlite3.connect(database_path(home)) as conn:
        conn.execute("UPDATE certificate_versions SET not_after='garbage\nRAW-TEXT'")
    for args in (["list"], ["show", cert_id]):
        code, _, err = _cli(capsys, home, *args)
        assert code == 1 and "damaged" in err and "RAW-TEXT" not in err
        assert len(err.strip().splitlines()) == 1 and "bug" not in err


@pytest.mark.parametrize(("text", "fragment"), [
    ("database disk image is malformed", "damaged"),
    ("file is not a database", "damaged"),
    ("attempt to write a readonly database", "read-only"),
    ("database or disk is full", "disk is full"),
    ("database is locked", "locked"),
])
def test_sqlite_errors_get_the_hint_that_fits(text: str, fragment: str) -> None:
    from app.storage.db import sqlite_problem

    error = sqlite_problem(sqlite3.OperationalError(text), "writing the database")
    assert fragment in str(error)


def test_a_disk_io_error_with_space_left_is_not_called_a_full_disk(tmp_path: Path) -> None:
    from app.storage.db import sqlite_problem

    error = sqlite_problem(sqlite3.OperationalError("disk I/O error"), "reading the database",
                           tmp_path / "certdesk.sqlite3")
    assert "disk is full" not in str(error) and "disk I/O error" in str(error)


def test_export_with_a_read_only_database_writes_whole_files_and_succeeds(
        home: Path, ca: LocalCA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from app.storage.events import EventLog

    cert_id = _import(home, ca)

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise StorageError("certdesk's database is read-only.", "Check its permissions.")

    monkeypatch.setattr(EventLog, "add", read_only)
    out = tmp_path / "site.key"
    code, _, err = _cli(capsys, home, "export", cert_id, "--format", "key", "--out", str(out))
    assert code == 0, err
    assert out.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")


def test_public_exports_and_inspect_need_no_master_key(
        home: Path, ca: LocalCA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    cert_id = _import(home, ca)
    monkeypatch.setenv("CERTDESK_TEST_KEYRING_LOCKED", "1")
    for fmt, name in (("der", "c.cer"), ("p7b", "c.p7b")):
        code, _, err = _cli(capsys, home, "export", cert_id, "--format", fmt,
                            "--out", str(tmp_path / name))
        assert code == 0, err
        assert (tmp_path / name).stat().st_size > 100
    code, out, err = _cli(capsys, home, "inspect", cert_id)
    assert code == 0, err and "store.test" in out
    code, _, err = _cli(capsys, home, "export", cert_id, "--format", "key",
                        "--out", str(tmp_path / "k.key"))
    assert code == 1 and "locked" in err and not (tmp_path / "k.key").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_a_new_data_folder_is_private(tmp_path: Path) -> None:
    home = tmp_path / "fresh" / "certdesk"
    store = Store.open(home)
    try:
        store.db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES('x', 'y')")
        logs = log_dir(home)
        modes = {p.name: stat.S_IMODE(p.stat().st_mode)
                 for p in (home, database_path(home), logs)}
        wal = database_path(home).with_name(database_path(home).name + "-wal")
        if wal.exists():
            modes[wal.name] = stat.S_IMODE(wal.stat().st_mode)
    finally:
        store.close()
    assert modes == {name: (0o700 if name in ("certdesk", "logs") else 0o600)
                     for name in modes}
