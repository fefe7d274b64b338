"""Export targets: written files, encrypted password, commands, re-run on renewal, failures."""

from __future__ import annotations

import os
import shlex
import stat
import sys
from pathlib import Path

import pytest

from app.clock import FakeClock
from app.crypto.formats.errors import ExportRefused
from app.domain import ManagedCertificate
from app.events import CertificateIssued, CertificateRenewed, CoreEvent, ServiceHooks
from app.services.inventory import InventoryService
from app.services.targets import COMMAND_PRESETS, TargetService, TargetSpec
from app.storage.store import Store
from tests.support.local_ca import NOW, LocalCA
from tests.support.openssl import openssl


@pytest.fixture(scope="module")
def ca() -> LocalCA:
    return LocalCA()


@pytest.fixture
def targets(store: Store, hooks: ServiceHooks) -> TargetService:
    clock = FakeClock(NOW)
    service = TargetService(store, InventoryService(store, clock=clock), hooks=hooks,
                            clock=clock)
    service.subscribe()
    return service


@pytest.fixture
def cert(store: Store, ca: LocalCA) -> ManagedCertificate:
    leaf = ca.issue(("deploy.test",))
    return InventoryService(store, clock=FakeClock(NOW)).import_certificate(
        leaf.cert_pem + ca.chain_pem, key_data=leaf.key_pem)


def _py(code: str) -> str:
    return f"{shlex.quote(sys.executable)} -c {shlex.quote(code)}"


def test_target_writes_formats_and_runs_command(tmp_path: Path, store: Store,
                                                targets: TargetService,
                                                cert: ManagedCertificate) -> None:
    folder = tmp_path / "deploy"
    record = tmp_path / "env.txt"
    command = _py("import os,pathlib; pathlib.Path(" + repr(str(record)) + ").write_text("
                  "os.environ['CERTDESK_PFX'] + '|' + os.environ['CERTDESK_PASSWORD'] + '|' + "
                  "os.environ['CERTDESK_CERT_ID'] + '|' + os.getcwd())")
    target = targets.add_target(cert.id, TargetSpec(
        folder=str(folder), formats=("pem", "pfx", "pfx-compat"), password="t0p secret",
        friendly_name="Deploy", command=command))
    # the password is kept encrypted
    assert target.password_secret_id is not None
    row = store.db.query("SELECT ciphertext FROM secrets WHERE id=?",
                         (target.password_secret_id,))[0]
    assert b"t0p secret" not in row["ciphertext"]
    (result,) = targets.run_targets(cert.id)
    assert result.ok, result.message
    names = sorted(Path(f).name for f in result.files)
    assert names == ["cert.pem", "chain.pem", "deploy.test-compat.pfx", "deploy.test.pfx",
                     "fullchain.pem", "privkey.pem"]
    pfx, password, cert_id, cwd = record.read_text().split("|")
    assert Path(pfx) == folder / "deploy.test.pfx" and password == "t0p secret"
    assert cert_id == cert.id and Path(cwd).resolve() == folder.resolve()
    info = openssl("pkcs12", "-info", "-in", folder / "deploy.test-compat.pfx", "-passin",
                   "pass:t0p secret", "-nodes")
    assert "friendlyName: Deploy" in info.stdout
    if os.name == "posix":
        assert stat.S_IMODE((folder / "deploy.test.pfx").stat().st_mode) == 0o600
    assert targets.get(target.id).last_status == "ok"
    assert store.events.all(certificate_id=cert.id)[0].kind == "target-ran"


def test_failing_command_is_logged_as_error_and_emitted(tmp_path: Path, store: Store,
                                                        hooks: ServiceHooks,
                                                        targets: TargetService,
                                                        cert: ManagedCertificate) -> None:
    seen: list[CoreEvent] = []
    hooks.subscribe(seen.append)
    targets.add_target(cert.id, TargetSpec(folder=str(tmp_path / "a"), formats=("pem",),
                                           command=_py("import sys; print('nginx: bad config');"
                                                       " sys.exit(3)")))
    ok_target = targets.add_target(cert.id, TargetSpec(folder=str(tmp_path / "b"),
                                                       formats=("der",)))
    results = targets.run_targets(cert.id)
    assert [r.ok for r in results] == [False, True]  # one failure does not stop the others
    assert results[0].command_exit_code == 3 and "nginx: bad config" in results[0].message
    event = store.events.all(certificate_id=cert.id)[1]
    assert event.level == "error" and event.kind == "target-failed"
    failed = [e for e in seen if e.name == "target_failed"]
    assert len(failed) == 1 and failed[0].payload["certificate_id"] == cert.id
    assert targets.get(ok_target.id).last_status == "ok"


def test_targets_rerun_on_certificate_renewed(tmp_path: Path, store: Store,
                                              hooks: ServiceHooks, targets: TargetService,
                                              cert: ManagedCertificate, ca: LocalCA) -> None:
    folder = tmp_path / "nginx"
    targets.add_target(cert.id, TargetSpec(folder=str(folder), formats=("pem",)))
    targets.run_targets(cert.id)
    first = (folder / "cert.pem").read_text()
    # a renewal stores a new version and raises certificate_renewed
    from app.domain import CertificateVersion

    renewed = ca.issue(("deploy.test",))
    assert cert.current is not None
    key = cert.current.key_secret_id
    store.certificates.add_version(CertificateVersion(
        id="v2", certificate_id=cert.id, serial=format(renewed.cert.serial_number, "x"),
        subject="", issuer="", names=("deploy.test",), not_before=NOW, not_after=NOW,
        cert_pem=renewed.cert_pem.decode(), chain_pem=ca.chain_pem.decode(),
        key_secret_id=store.secrets.put("certificate-key", renewed.key_pem), key_type="ec256",
        ari_cert_id=None, order_id=None, replaced_by=None, revoked_at=None,
        revocation_reason=None, created_at=NOW))
    assert key
    hooks.emit(CertificateIssued(cert.id, "v1", "o1"))  # not a renewal: ignored
    assert (folder / "cert.pem").read_text() == first
    hooks.emit(CertificateRenewed(cert.id, "v2", "o2"))
    assert (folder / "cert.pem").read_text() == renewed.cert_pem.decode()
    pub_cert = openssl("x509", "-in", folder / "cert.pem", "-noout", "-pubkey").stdout
    pub_key = openssl("pkey", "-in", folder / "privkey.pem", "-pubout").stdout
    assert pub_cert == pub_key


def test_unwritable_folder_fails_cleanly(tmp_path: Path, targets: TargetService,
                                         cert: ManagedCertificate) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    targets.add_target(cert.id, TargetSpec(folder=str(blocker / "sub"), formats=("der",)))
    (result,) = targets.run_targets(cert.id)
    assert not result.ok and "failed" in result.message


def test_validation_of_specs(tmp_path: Path, store: Store, targets: TargetService,
                             cert: ManagedCertificate, ca: LocalCA) -> None:
    with pytest.raises(ExportRefused, match="password"):
        targets.add_target(cert.id, TargetSpec(folder=str(tmp_path), formats=("pfx",)))
    with pytest.raises(ExportRefused, match="Unknown export format"):
        targets.add_target(cert.id, TargetSpec(folder=str(tmp_path), formats=("jks",)))
    keyless = InventoryService(store, clock=FakeClock(NOW)).import_certificate(
        ca.issue(("nokey.test",)).cert_pem)
    with pytest.raises(ExportRefused, match="private key"):
        targets.add_target(keyless.id, TargetSpec(folder=str(tmp_path), formats=("key",)))


def test_update_and_remove_keep_secrets_tidy(tmp_path: Path, store: Store,
                                             targets: TargetService,
                                             cert: ManagedCertificate) -> None:
    target = targets.add_target(cert.id, TargetSpec(folder=str(tmp_path), formats=("pfx",),
                                                    password="one"))
    updated = targets.update_target(target.id, TargetSpec(folder=str(tmp_path),
                                                          formats=("pfx", "pem")))
    assert updated.password_secret_id == target.password_secret_id  # kept
    assert updated.formats == ("pfx", "pem")
    targets.update_target(target.id, TargetSpec(folder=str(tmp_path), formats=("pfx",),
                                                password="two"))
    assert target.password_secret_id
    assert store.secrets.get(target.password_secret_id) == b"two"
    targets.remove_target(target.id)
    assert not store.secrets.exists(target.password_secret_id)
    assert targets.list_targets(cert.id) == []


def test_presets_use_the_documented_variables() -> None:
    by_key = {p.key: p for p in COMMAND_PRESETS}
    assert "Import-PfxCertificate" in by_key["windows-store"].command
    assert "$env:CERTDESK_PFX" in by_key["windows-store"].command
    assert by_key["macos-keychain"].command.startswith("security import")
    assert "pfx-compat" in by_key["macos-keychain"].description


def test_spec_repr_hides_the_password() -> None:
    spec = TargetSpec(folder="/srv/tls", formats=("pfx",), password="pfx-secret-pw")
    assert "pfx-secret-pw" not in repr(spec)
    assert "/srv/tls" in repr(spec)


def test_windows_store_preset_uses_the_users_store_and_explains_the_machine_store() -> None:
    preset = {p.key: p for p in COMMAND_PRESETS}["windows-store"]
    assert "Cert:\\CurrentUser\\My" in preset.command and "LocalMachine" not in preset.command
    assert "LocalMachine\\My" in preset.description and "elevated" in preset.description


def test_windows_command_on_a_network_folder_starts_in_a_local_folder() -> None:
    import tempfile

    from app.services.targets import command_folder

    assert command_folder("\\\\files\\tls\\site", "win32") == tempfile.gettempdir()
    assert command_folder("//files/tls/site", "win32") == tempfile.gettempdir()
    assert command_folder("D:\\tls\\site", "win32") == "D:\\tls\\site"
    assert command_folder("/srv/tls", "linux") == "/srv/tls"


def test_windows_command_runs_without_a_console_window(tmp_path: Path, store: Store,
                                                        cert: ManagedCertificate,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.os_integration.processes._oem_code_page", lambda: 850)
    import subprocess
    from typing import Any

    calls: list[dict[str, Any]] = []

    def runner(command: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        calls.append(kwargs)
        return subprocess.CompletedProcess(command, 0, "", "")

    clock = FakeClock(NOW)
    service = TargetService(store, InventoryService(store, clock=clock), clock=clock,
                            runner=runner, platform="win32")
    target = service.add_target(cert.id, TargetSpec(folder=str(tmp_path), formats=("pem",),
                                                    command="reload.cmd"))
    assert service.run_target(target.id).ok
    assert calls[0]["creationflags"] == 0x08000000 and calls[0]["shell"] is True
    assert calls[0]["encoding"] == "cp850"  # cmd.exe writes the OEM code page
    assert calls[0]["cwd"] == str(tmp_path)
