"""The disk fills up in the middle of work: a clear error, the old data intact, and everything
works again once there is space."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.cli.main import main
from app.paths import database_path
from app.services.backup import BackupService
from app.services.inventory import InventoryService
from app.storage.db import sqlite_problem
from app.storage.store import Store
from tests.support.local_ca import LocalCA
from tests.support.small_disk import fill, small_disk


def _cli(capsys: pytest.CaptureFixture[str], home: Path, *args: str) -> tuple[int, str]:
    code = main(["--home", str(home), *args])
    return code, capsys.readouterr().err


def test_a_full_disk_midway_keeps_old_data_and_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ca = LocalCA("Disk")
    with small_disk(tmp_path, 4096) as disk:
        home = disk / "home"
        store = Store.open(home)
        inventory = InventoryService(store)
        old = [inventory.import_certificate(leaf.cert_pem + ca.chain_pem, key_data=leaf.key_pem)
               for leaf in (ca.issue((f"old{i}.test",)) for i in range(3))]
        out = disk / "deploy"
        inventory.export(old[0].id, "pem", out)
        before = {p.name: p.read_bytes() for p in out.iterdir()}
        store.close()

        assert _cli(capsys, home, "list")[0] == 0  # the log file exists, and fills up too
        # A connection kept open keeps the WAL index and log in place (as a running app
        # does), so certdesk can open the database; then only a page is left for the work.
        keep = sqlite3.connect(database_path(home))
        keep.execute("SELECT COUNT(*) FROM certificates").fetchone()
        filler = fill(disk, leave=4096)
        new = ca.issue(("new.test",))
        (tmp_path / "new.pem").write_bytes(new.cert_pem + ca.chain_pem + new.key_pem)
        failures = {
            "import": _cli(capsys, home, "import", str(tmp_path / "new.pem")),
            "export": _cli(capsys, home, "export", old[1].id, "--format", "pem", "--out",
                           str(out), "--force"),
            "backup": _cli(capsys, home, "backup", "--out", str(disk / "all.backup"),
                           "--password-file", str(_passphrase(tmp_path))),
        }
        for what, (code, err) in failures.items():
            assert code == 1, (what, err)
            assert len(err.strip().splitlines()) == 1 and "unexpected" not in err, (what, err)
            assert "full" in err.lower() or "space" in err.lower(), (what, err)
        assert not (disk / "all.backup").exists()
        # SQLite says "disk I/O error" when it cannot even create its WAL index: a full disk
        vague = sqlite3.OperationalError("disk I/O error")
        assert "disk is full" in str(sqlite_problem(vague, "opening the database",
                                                    database_path(home)))
        assert not list(disk.glob("**/.*.tmp"))  # no temporary file left behind

        # the old data is intact (SQLite needs a little space just to open a WAL database)
        assert {p.name: p.read_bytes() for p in out.iterdir()} == before
        filler.unlink()
        keep.close()
        with sqlite3.connect(database_path(home)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        store = Store.open(home)
        try:
            assert sorted(c.id for c in store.certificates.all()) == sorted(c.id for c in old)
        finally:
            store.close()

        # space again: the same work succeeds
        assert _cli(capsys, home, "import", str(tmp_path / "new.pem"))[0] == 0
        store = Store.open(home)
        try:
            assert len(store.certificates.all()) == 4
            BackupService(store).backup(disk / "all.backup", "a good passphrase")
        finally:
            store.close()


def _passphrase(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text("a good passphrase\n")
    return path
