"""Secrets: a master key in the keyring, everything else sealed in the store."""

from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from app.crypto.keys import KeyType, generate_key, key_to_pem
from app.errors import SecretStoreError
from app.storage.store import Store


def test_round_trip_and_no_plaintext(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    pem = key_to_pem(generate_key(KeyType.RSA4096))
    sid = store.secrets.put("certificate-key", pem)
    assert store.secrets.get(sid) == pem
    store.close()
    raw = (tmp_path / "certdesk.sqlite3").read_bytes()
    wal = tmp_path / "certdesk.sqlite3-wal"
    raw += wal.read_bytes() if wal.exists() else b""
    assert b"PRIVATE KEY" not in raw and pem[40:80] not in raw


def test_keyring_holds_only_a_short_master_key(tmp_path: Path, test_keyring: Path) -> None:
    store = Store.open(tmp_path)
    store.secrets.put("x", b"y" * 10_000)
    stored = test_keyring.read_text()
    assert "y" * 100 not in stored and len(stored) < 300


def test_no_keyring_is_a_clear_error(tmp_path: Path) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    store = Store.open(tmp_path)
    with pytest.raises(SecretStoreError) as info:
        store.secrets.put("x", b"secret")
    assert "No usable system keyring" in info.value.message
    assert "Credential Manager" in info.value.hint
    assert store.db.query("SELECT COUNT(*) FROM secrets")[0][0] == 0


def test_locked_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CERTDESK_TEST_KEYRING_LOCKED", "1")
    with pytest.raises(SecretStoreError, match="locked"):
        Store.open(tmp_path).secrets.check_available()


def test_missing_master_key_with_existing_secrets(tmp_path: Path, test_keyring: Path) -> None:
    store = Store.open(tmp_path)
    sid = store.secrets.put("x", b"secret")
    store.close()
    test_keyring.unlink()  # e.g. another user, or a new machine without a restore
    again = Store.open(tmp_path)
    with pytest.raises(SecretStoreError, match="missing from the system keyring"):
        again.secrets.get(sid)


def test_two_homes_have_independent_master_keys(tmp_path: Path) -> None:
    a, b = Store.open(tmp_path / "a"), Store.open(tmp_path / "b")
    sa = a.secrets.put("x", b"from a")
    b.secrets.put("x", b"from b")
    assert a.secrets.get(sa) == b"from a"


def test_first_use_from_many_threads_creates_one_master_key(tmp_path: Path) -> None:
    import threading

    store = Store.open(tmp_path)
    barrier = threading.Barrier(8)
    ids: list[str] = []

    def put(i: int) -> None:
        barrier.wait()
        ids.append(store.secrets.put("x", f"secret {i}".encode()))

    threads = [threading.Thread(target=put, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    fresh = Store.open(tmp_path)  # reads the master key back from the keyring
    assert sorted(fresh.secrets.get(i).decode() for i in ids) == [f"secret {i}" for i in range(8)]


def test_fresh_home_opened_by_several_processes_at_once(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    root = Path(__file__).resolve().parents[3]
    start_at = time.time() + 1.5  # all processes reach the keyring at the same moment
    code = (
        "import sys, time; sys.path.insert(0, sys.argv[1])\n"
        "from app.storage.store import Store\n"
        "store = Store.open(sys.argv[2])\n"
        "time.sleep(max(0.0, float(sys.argv[3]) - time.time()))\n"
        "print(store.secrets.put('x', sys.argv[4].encode()))\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", code, str(root), str(tmp_path),
                               str(start_at), f"secret {i}"], stdout=subprocess.PIPE, text=True)
             for i in range(6)]
    ids = [p.communicate(timeout=60)[0].strip() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    store = Store.open(tmp_path)
    assert sorted(store.secrets.get(i).decode() for i in ids) == [f"secret {i}" for i in range(6)]
