"""Inventory against a real Pebble: exported chains verify against Pebble's root, targets
re-run on a real renewal, and a restored backup's account still issues certificates."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from cryptography import x509

from app.services.restored_commands import CommandNotConfirmed
from tests.support.acme_env import dns_plan, issue, new_account, services_for
from tests.support.openssl import openssl
from tests.support.pebble import Pebble
from tests.support.wincred_keyring import WinCredLikeKeyring

pytestmark = pytest.mark.pebble


def test_export_verifies_against_pebble_root(tmp_path: Path, home: Path,
                                             pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    cert = issue(services, account, ["inv.example.com"], dns_plan(pebble))
    inv = services.inventory
    root = tmp_path / "pebble-root.pem"
    root.write_text(pebble.roots_pem())  # from Pebble's management API
    inv.export(cert.id, "pem", tmp_path / "pem")
    verify = openssl("verify", "-CAfile", root, "-untrusted", tmp_path / "pem" / "chain.pem",
                     tmp_path / "pem" / "cert.pem")
    assert verify.stdout.strip().endswith(": OK")
    stored = inv.inspect_stored(cert.id, roots_pem=root.read_text())
    assert stored.inspection.chain_check.ok, stored.inspection.chain_check.summary()
    assert stored.inspection.key is not None and stored.inspection.key.matches_certificate
    # the same chain without the root given is still fine, and a foreign root is named
    other_root = tmp_path / "pem" / "cert.pem"  # not a root at all
    bad = inv.inspect_stored(cert.id, roots_pem=other_root.read_text())
    assert [p.code for p in bad.inspection.chain_check.problems] == ["issuer-missing"]
    # p7b and pfx of an issued certificate through openssl
    inv.export(cert.id, "p7b", tmp_path / "c.p7b")
    out = openssl("pkcs7", "-inform", "DER", "-in", tmp_path / "c.p7b", "-print_certs").stdout
    assert out.count("BEGIN CERTIFICATE") == 2 and "Pebble Intermediate" in out
    inv.export(cert.id, "pfx", tmp_path / "c.pfx", password="pw")
    openssl("pkcs12", "-in", tmp_path / "c.pfx", "-passin", "pass:pw", "-nodes",
            "-out", tmp_path / "all.pem")
    openssl("verify", "-CAfile", root, "-untrusted", tmp_path / "all.pem",
            tmp_path / "pem" / "cert.pem")
    services.close()


def test_targets_rerun_after_real_renewal(tmp_path: Path, home: Path, pebble: Pebble) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    cert = issue(services, account, ["deploy.example.com"], dns_plan(pebble))
    from app.services.targets import TargetSpec

    targets = services.targets
    folder = tmp_path / "nginx"
    targets.add_target(cert.id, TargetSpec(folder=str(folder), formats=("pem",)))
    targets.run_targets(cert.id)
    first = x509.load_pem_x509_certificate((folder / "cert.pem").read_bytes())
    renewed = services.certificates.renew(cert.id, force=True)
    assert renewed.current is not None and renewed.current.id != cert.current_version_id
    second = x509.load_pem_x509_certificate((folder / "cert.pem").read_bytes())
    assert second.serial_number != first.serial_number
    assert format(second.serial_number, "x") == renewed.current.serial
    kinds = [e.kind for e in services.store.events.all(certificate_id=cert.id)]
    assert kinds.count("target-ran") == 2
    services.close()


def test_restored_account_still_issues(tmp_path: Path, home: Path, pebble: Pebble,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    services = services_for(home, pebble)
    account = new_account(services, pebble)
    cert = issue(services, account, ["backup.example.com"], dns_plan(pebble))
    services.backup.backup(tmp_path / "b.backup", "a long passphrase")
    before = [(c.id, c.label, c.current.serial if c.current else None)
              for c in services.certificates.list()]
    services.close()

    monkeypatch.setenv("CERTDESK_TEST_KEYRING", str(tmp_path / "new-machine-keyring.json"))
    keyring.set_keyring(WinCredLikeKeyring())
    restored = services_for(tmp_path / "new-home", pebble)
    restored.backup.restore(tmp_path / "b.backup", "a long passphrase")
    assert [(c.id, c.label, c.current.serial if c.current else None)
            for c in restored.certificates.list()] == before
    same = restored.accounts.get(account.id)
    assert same.uri == account.uri
    # the restored DNS hook runs only once the user allowed it
    with pytest.raises(CommandNotConfirmed):
        issue(restored, same, ["after-restore.example.com"], dns_plan(pebble))
    assert restored.backup.confirm_all_commands() >= 1
    # the account key (re-encrypted under the new master key) still signs for Pebble
    new_cert = issue(restored, same, ["after-restore.example.com"], dns_plan(pebble))
    assert new_cert.current is not None
    # and the restored certificate's key still exports
    restored.inventory.export(cert.id, "key", tmp_path / "k.pem")
    openssl("pkey", "-in", tmp_path / "k.pem", "-noout")
    restored.close()


def test_imported_certificate_renews_through_acme_after_attach(home: Path,
                                                               pebble: Pebble) -> None:
    from tests.support.local_ca import LocalCA

    services = services_for(home, pebble)
    account = new_account(services, pebble)
    ca = LocalCA()
    leaf = ca.issue(("imported.example.com",))
    cert = services.inventory.import_certificate(leaf.cert_pem + ca.chain_pem,
                                               key_data=leaf.key_pem)
    services.inventory.attach_renewal(cert.id, account.id, dns_plan(pebble))
    assert services.inventory.renewal_readiness(cert.id).ready
    renewed = services.certificates.renew(cert.id, force=True)
    assert renewed.current is not None and "Pebble" in renewed.current.issuer
    services.close()
