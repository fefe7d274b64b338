"""InventoryService: import into the store, duplicates, nothing stored on errors, export."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.challenge_options import Dns01Manual
from app.clock import FakeClock
from app.crypto.formats.errors import (
    DuplicateCertificate,
    ExportRefused,
    UnreadableData,
    WrongPassword,
)
from app.crypto.formats.export import render
from app.domain import ChallengeConfig, ValidationPlan
from app.services.inventory import InventoryService
from app.storage.store import Store
from tests.support.local_ca import NOW, LocalCA
from tests.support.openssl import openssl


@pytest.fixture(scope="module")
def ca() -> LocalCA:
    return LocalCA()


@pytest.fixture
def inventory(store: Store) -> InventoryService:
    return InventoryService(store, clock=FakeClock(NOW))


def _counts(store: Store) -> tuple[int, int, int]:
    def n(table: str) -> int:
        return int(store.db.query(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"])

    return n("certificates"), n("certificate_versions"), n("secrets")


def test_import_pem_with_key_is_tracked_like_issued(store: Store, inventory: InventoryService,
                                                    ca: LocalCA) -> None:
    leaf = ca.issue(("shop.test", "www.shop.test"), rsa_bits=2048)
    cert = inventory.import_certificate(leaf.cert_pem + ca.chain_pem, key_data=leaf.key_pem)
    assert cert.source == "imported" and cert.account_id is None and not cert.auto_renew
    assert cert.identifiers == ("shop.test", "www.shop.test")
    assert cert.label == "shop.test" and cert.key_type == "rsa2048"
    assert cert.current is not None
    assert cert.current.not_after == leaf.cert.not_valid_after_utc
    assert cert.current.chain_pem == ca.chain_pem.decode()
    assert cert.current.key_secret_id is not None
    # the key is stored encrypted, never in plaintext
    raw = store.db.query("SELECT ciphertext FROM secrets")[0]["ciphertext"]
    assert b"PRIVATE KEY" not in raw
    assert b"PRIVATE KEY" in store.secrets.get(cert.current.key_secret_id)
    assert [e.kind for e in store.events.all(certificate_id=cert.id)] == ["certificate-imported"]
    # listed with the other certificates, so expiry tracking sees it
    assert [c.id for c in store.certificates.all()] == [cert.id]


def test_import_pfx_keeps_friendly_name_out_of_label_and_stores_key(
        inventory: InventoryService, ca: LocalCA) -> None:
    leaf = ca.issue(("pfx.test",))
    material = inventory.read(leaf.cert_pem + ca.chain_pem, key_data=leaf.key_pem)
    (pfx,) = render(material, "pfx", password="pw", friendly_name="IIS")
    cert = inventory.import_certificate(pfx.data, password="pw")
    assert cert.current is not None and cert.current.key_secret_id


def test_duplicates_are_detected(inventory: InventoryService, ca: LocalCA) -> None:
    leaf = ca.issue(("dup.test",))
    first = inventory.import_certificate(leaf.cert_pem)
    with pytest.raises(DuplicateCertificate) as info:
        inventory.import_certificate(leaf.cert_pem + ca.chain_pem)
    assert info.value.existing_id == first.id
    assert inventory.preview(leaf.cert_pem).duplicate_of == first.id
    # the same serial from another CA is not a duplicate
    other = LocalCA("Other").issue(("dup.test",), serial=leaf.cert.serial_number)
    assert inventory.preview(other.cert_pem).duplicate_of is None


@pytest.mark.parametrize("damage", ["truncate", "garbage", "wrong-password"])
def test_broken_input_stores_nothing(store: Store, inventory: InventoryService, ca: LocalCA,
                                     damage: str) -> None:
    leaf = ca.issue()
    material = inventory.read(leaf.cert_pem, key_data=leaf.key_pem)
    (pfx,) = render(material, "pfx", password="right")
    data, password = pfx.data, "right"
    if damage == "truncate":
        data = data[:-100]
    elif damage == "garbage":
        data = b"\x30\x82" + os.urandom(200)
    else:
        password = "wrong"
    with pytest.raises((UnreadableData, WrongPassword)):
        inventory.import_certificate(data, password=password)
    assert _counts(store) == (0, 0, 0)


def test_preview_shows_chain_problems(inventory: InventoryService, ca: LocalCA) -> None:
    preview = inventory.preview(ca.issue().cert_pem)
    assert [p.code for p in preview.inspection.chain_check.problems] == ["no-chain"]
    assert preview.inspection.key is None


def test_export_every_format_from_the_store(tmp_path: Path, inventory: InventoryService,
                                            ca: LocalCA) -> None:
    leaf = ca.issue(("exp.test",))
    cert = inventory.import_certificate(leaf.cert_pem + ca.chain_pem, key_data=leaf.key_pem)
    result = inventory.export(cert.id, "pem", tmp_path / "pem")
    assert {f.path.name for f in result.files} == {"cert.pem", "chain.pem", "fullchain.pem",
                                                   "privkey.pem"}
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "pem" / "privkey.pem").stat().st_mode) == 0o600
    pfx = inventory.export(cert.id, "pfx", tmp_path / "a.pfx", password="pw")
    info = openssl("pkcs12", "-info", "-in", pfx.files[0].path, "-passin", "pass:pw", "-nodes")
    assert "friendlyName: exp.test" in info.stdout  # the label by default
    with pytest.raises(ExportRefused, match="Not overwriting"):
        inventory.export(cert.id, "pfx", tmp_path / "a.pfx", password="pw")
    inventory.export(cert.id, "pfx-compat", tmp_path / "a.pfx", password="pw", force=True)
    assert "3-KeyTripleDES" in openssl("pkcs12", "-info", "-in", tmp_path / "a.pfx", "-passin",
                                       "pass:pw", "-noout").stderr


def test_export_without_key(tmp_path: Path, inventory: InventoryService, ca: LocalCA) -> None:
    cert = inventory.import_certificate(ca.issue(("nokey.test",)).cert_pem)
    with pytest.raises(ExportRefused, match="private key"):
        inventory.export(cert.id, "pfx", tmp_path / "x.pfx", password="pw")
    inventory.export(cert.id, "der", tmp_path / "x.cer")
    assert not (tmp_path / "x.pfx").exists()


def test_inspect_stored_and_renewal_readiness(store: Store, inventory: InventoryService,
                                              ca: LocalCA) -> None:
    cert = inventory.import_certificate(ca.issue(("ready.test",)).cert_pem + ca.chain_pem)
    stored = inventory.inspect_stored(cert.id, roots_pem=ca.root.cert_pem)
    assert stored.inspection.chain_check.ok and stored.inspection.chain_check.trusted_root
    assert not stored.has_key
    readiness = inventory.renewal_readiness(cert.id)
    assert not readiness.ready and "account" in readiness.missing[0]
    # attach an account (a row like AccountService writes) and a validation plan
    from app.domain import Account

    store.accounts.add(Account(
        id="acc1", name="test", directory_url="https://acme.test/dir", preset=None, uri=None,
        status="valid", contacts=(), key_type="ec256", key_secret_id="none", eab_kid=None,
        tos_url=None, ca_bundle=None, created_at=NOW, updated_at=NOW))
    plan = ValidationPlan(ChallengeConfig(Dns01Manual()))
    updated = inventory.attach_renewal(cert.id, "acc1", plan)
    assert updated.account_id == "acc1" and updated.validation == plan and updated.auto_renew
    assert inventory.renewal_readiness(cert.id).ready


def test_import_file_errors_are_clear(tmp_path: Path, inventory: InventoryService) -> None:
    with pytest.raises(Exception, match="does not exist"):
        inventory.import_file(tmp_path / "missing.pem")
