"""The OS keyring missing, locked, refusing or answering garbage: every feature that needs a
secret stops with a clear error, writes nothing in plaintext and leaves nothing half-stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from app.errors import SecretStoreError
from app.services.inventory import InventoryService
from app.services.targets import TargetService, TargetSpec
from app.storage.store import Store
from tests.support.local_ca import LocalCA

TARGET_PASSWORD = "target-pw-Zq81"


class HostileKeyring(KeyringBackend):
    """A keyring that fails in one chosen way (or answers `garbage` for the master key)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, mode: str, garbage: str = "") -> None:
        super().__init__()
        self.mode, self.garbage = mode, garbage
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        if self.mode == "missing":
            raise keyring.errors.NoKeyringError("no backend")
        if self.mode == "locked":
            raise keyring.errors.KeyringLocked("locked")
        if self.mode == "garbage":
            return self.garbage
        if self.mode == "crashing":
            raise RuntimeError("D-Bus: org.freedesktop.DBus.Error.NoReply")
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.mode == "refusing":
            raise keyring.errors.PasswordSetError("the user pressed Deny")
        if self.mode == "missing":
            raise keyring.errors.NoKeyringError("no backend")
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop((service, username), None)


MODES = [("missing", ""), ("locked", ""), ("refusing", ""), ("crashing", ""),
         ("garbage", "not base64 at all!"), ("garbage", "c2hvcnQ="),  # 5 bytes, not 32
         ("garbage", "A" * 100_000), ("garbage", "\x00\udcff")]


@pytest.fixture(params=MODES, ids=[f"{m}-{i}" for i, (m, _g) in enumerate(MODES)])
def hostile(request: pytest.FixtureRequest) -> Iterator[HostileKeyring]:
    mode, garbage = request.param
    backend = HostileKeyring(mode, garbage)
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _secrets_in(home: Path, secrets: list[bytes]) -> list[str]:
    found = []
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {s[:20]!r}" for s in secrets if s in data]
    return found


@pytest.mark.usefixtures("hostile")
def test_no_secret_is_stored_and_nothing_is_half_written(tmp_path: Path) -> None:
    ca = LocalCA("Keyring")
    leaf = ca.issue(("keyring.test",))
    home = tmp_path / "home"
    store = Store.open(home)
    try:
        inventory = InventoryService(store)
        with pytest.raises(SecretStoreError) as info:
            inventory.import_certificate(leaf.cert_pem + ca.chain_pem, key_data=leaf.key_pem)
        assert info.value.message and info.value.hint and "\n" not in str(info.value)
        assert store.certificates.all() == []  # not stored without its key

        public = inventory.import_certificate(leaf.cert_pem + ca.chain_pem)  # no key: fine
        with pytest.raises(SecretStoreError):
            TargetService(store, inventory).add_target(public.id, TargetSpec(
                folder=str(tmp_path / "t"), formats=("pem",), password=TARGET_PASSWORD))
        assert TargetService(store, inventory).list_targets() == []
        assert store.db.query("SELECT COUNT(*) FROM secrets")[0][0] == 0
    finally:
        store.close()
    key_body = b"".join(leaf.key_pem.splitlines()[1:-1])
    assert _secrets_in(home, [key_body[:64], key_body[-64:], TARGET_PASSWORD.encode()]) == []


@pytest.mark.parametrize(("mode", "garbage"), [("garbage", "bm90IHRoZSBrZXk="), ("locked", ""),
                                               ("missing", ""), ("crashing", "")])
def test_a_keyring_that_goes_bad_later_leaves_the_keys_unreadable_but_intact(
        tmp_path: Path, mode: str, garbage: str) -> None:
    ca = LocalCA("Later")
    leaf = ca.issue(("later.test",))
    backend = HostileKeyring("working")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        store = Store.open(tmp_path / "home")
        cert = InventoryService(store).import_certificate(leaf.cert_pem + ca.chain_pem,
                                                          key_data=leaf.key_pem)
        store.close()
        backend.mode, backend.garbage = mode, garbage  # the keyring breaks
        store = Store.open(tmp_path / "home")
        inventory = InventoryService(store)
        with pytest.raises(SecretStoreError) as info:
            inventory.export(cert.id, "key", tmp_path / "k.key")
        assert info.value.hint and not (tmp_path / "k.key").exists()
        inventory.export(cert.id, "der", tmp_path / "c.cer")  # public parts still work
        backend.mode = "working"  # fixed: the key is still there
        store.close()
        store = Store.open(tmp_path / "home")
        InventoryService(store).export(cert.id, "key", tmp_path / "k.key")
        assert (tmp_path / "k.key").read_bytes().startswith(b"-----BEGIN PRIVATE KEY")
        store.close()
    finally:
        keyring.set_keyring(previous)
