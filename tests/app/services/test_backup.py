"""Encrypted backup and restore into an empty home with a different keyring master key."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest

from app.backup.sealed import BackupUnreadable, read_header, seal, unseal
from app.clock import FakeClock
from app.domain import Account
from app.errors import InvalidInput
from app.services.backup import BackupService
from app.services.inventory import InventoryService
from app.services.targets import TargetService, TargetSpec
from app.storage.store import Store
from tests.support.local_ca import NOW, LocalCA
from tests.support.wincred_keyring import WinCredLikeKeyring

PASSPHRASE = "correct horse battery staple"


def _fill(store: Store, tmp_path: Path) -> dict[str, str]:
    clock = FakeClock(NOW)
    ca = LocalCA()
    inventory = InventoryService(store, clock=clock)
    leaf = ca.issue(("backup.test",))
    cert = inventory.import_certificate(leaf.cert_pem + ca.chain_pem, key_data=leaf.key_pem)
    key_id = store.secrets.put("account-key", b"-----ACCOUNT KEY-----")
    store.accounts.add(Account(
        id="acc1", name="Main", directory_url="https://acme.test/dir", preset=None,
        uri="https://acme.test/acct/1", status="valid", contacts=("mailto:a@b.test",),
        key_type="ec256", key_secret_id=key_id, eab_kid=None, tos_url=None, ca_bundle=None,
        created_at=NOW, updated_at=NOW))
    store.settings.set("reminder_days", [10, 3])
    target = TargetService(store, inventory, clock=clock).add_target(
        cert.id, TargetSpec(folder=str(tmp_path / "t"), formats=("pfx",), password="pfxpw"))
    return {"cert": cert.id, "target": target.id, "account_key": key_id}


def test_round_trip_into_another_machine(tmp_path: Path, store: Store,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _fill(store, tmp_path)
    install_id = store.db.query("SELECT value FROM settings WHERE key='install_id'")[0]["value"]
    backup_file = tmp_path / "certdesk.backup"
    summary = BackupService(store).backup(backup_file, PASSPHRASE)
    assert (summary.accounts, summary.certificates, summary.targets) == (1, 1, 1)
    assert summary.secrets == 3  # account key, certificate key, target password
    data = backup_file.read_bytes()
    assert data.startswith(b"CERTDESK-BACKUP\n")
    for secret in (b"ACCOUNT KEY", b"PRIVATE KEY", b"pfxpw", b"backup.test"):
        assert secret not in data
    before_certs = [(c.id, c.label, c.current.serial if c.current else None)
                    for c in store.certificates.all()]

    # "Another machine": a different keyring (so a different master key) and an empty home.
    monkeypatch.setenv("CERTDESK_TEST_KEYRING", str(tmp_path / "other-keyring.json"))
    keyring.set_keyring(WinCredLikeKeyring())
    other = Store.open(tmp_path / "other-home")
    try:
        restored = BackupService(other).restore(backup_file, PASSPHRASE)
        assert restored.certificates == 1
        assert [(c.id, c.label, c.current.serial if c.current else None)
                for c in other.certificates.all()] == before_certs
        assert other.accounts.get("acc1").uri == "https://acme.test/acct/1"
        assert other.secrets.get(ids["account_key"]) == b"-----ACCOUNT KEY-----"
        assert other.settings.get("reminder_days") == [10, 3]
        new_install = other.db.query("SELECT value FROM settings WHERE key='install_id'")
        assert new_install[0]["value"] != install_id
        # exports work with the re-encrypted keys and target password
        clock = FakeClock(NOW)
        targets = TargetService(other, InventoryService(other, clock=clock), clock=clock)
        (result,) = targets.run_targets(ids["cert"])
        assert result.ok, result.message
        # the secrets are sealed under the new key: the old keyring cannot open them
        assert json.loads((tmp_path / "other-keyring.json").read_text())
        # and restoring again into the now non-empty home is refused, clearly
        with pytest.raises(InvalidInput, match="already holds data") as info:
            BackupService(other).restore(backup_file, PASSPHRASE)
        assert "empty home" in info.value.hint
    finally:
        other.close()


def test_wrong_passphrase_and_damage(tmp_path: Path, store: Store) -> None:
    _fill(store, tmp_path)
    path = tmp_path / "b.backup"
    BackupService(store).backup(path, PASSPHRASE)
    empty = Store.open(tmp_path / "empty")
    try:
        with pytest.raises(BackupUnreadable, match="passphrase is wrong"):
            BackupService(empty).restore(path, "not the passphrase")
        data = path.read_bytes()
        (tmp_path / "cut").write_bytes(data[:-50])
        with pytest.raises(BackupUnreadable, match="truncated"):
            BackupService(empty).restore(tmp_path / "cut", PASSPHRASE)
        flipped = bytearray(data)
        flipped[-30] ^= 1
        (tmp_path / "flip").write_bytes(bytes(flipped))
        with pytest.raises(BackupUnreadable, match="changed"):
            BackupService(empty).restore(tmp_path / "flip", PASSPHRASE)
        (tmp_path / "other").write_bytes(b"PK\x03\x04 a zip file")
        with pytest.raises(BackupUnreadable, match="not a certdesk backup"):
            BackupService(empty).restore(tmp_path / "other", PASSPHRASE)
        assert empty.certificates.all() == [] and empty.accounts.all() == []
    finally:
        empty.close()


def test_no_overwrite_and_short_passphrase(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "b.backup"
    path.write_text("old")
    with pytest.raises(InvalidInput, match="Not overwriting"):
        BackupService(store).backup(path, PASSPHRASE)
    with pytest.raises(InvalidInput, match="at least 8"):
        BackupService(store).backup(tmp_path / "c.backup", "short")
    assert path.read_text() == "old"


def test_sealed_format_is_versioned_and_authenticated() -> None:
    sealed = seal(b"payload", PASSPHRASE, created_at="now", n=2**10)
    header, _prefix, _ = read_header(sealed)
    assert (header.n, header.r, header.p) == (2**10, 8, 1) and len(header.nonce) == 12
    assert unseal(sealed, PASSPHRASE) == b"payload"
    newer = bytearray(sealed)
    newer[len(b"CERTDESK-BACKUP\n")] = 2
    with pytest.raises(BackupUnreadable, match="format 2"):
        unseal(bytes(newer), PASSPHRASE)
    # the header is authenticated too: weakening the KDF breaks it
    tampered = sealed.replace(b'"n": 1024', b'"n": 1025')
    assert tampered != sealed
    with pytest.raises(BackupUnreadable):
        unseal(tampered, PASSPHRASE)
