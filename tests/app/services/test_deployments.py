"""Deployment after an export target ran: the endpoint must serve the new certificate (a real
TLS server on loopback that keeps the old one is a failed deployment, shown and notified), and
Windows presets run their script with every value in the environment, never in code."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import events
from app.cancel import CancelToken
from app.clock import FakeClock
from app.deploy.presets import PresetKey
from app.errors import InvalidInput
from app.events import CoreEvent, ServiceHooks, TargetRan
from app.services.deployments import DeploymentService, thumbprint
from app.services.notifications import NotificationService, WebhookChannelSpec
from app.storage.store import Store
from app.storage.targets import ExportTarget, TargetRepository
from tests.support.certificates import add_certificate, add_version
from tests.support.tls_server import SwappableTlsServer
from tests.support.webhook_receiver import webhook_receiver

NAMES = ("shop.example.test",)
NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
INJECTION = "x'; Remove-Item C:\\ -Recurse; $(calc) `whoami` \"q\" ${env:PATH}"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[SwappableTlsServer]:
    s = SwappableTlsServer(tmp_path / "tls")
    (tmp_path / "tls").mkdir()
    yield s
    s.close()


class Renewed:
    """A certificate with an old and a renewed version, and an export target for it."""

    def __init__(self, store: Store, tmp_path: Path, *, formats: tuple[str, ...] = ("pem",),
                 password: bool = False) -> None:
        cert = add_certificate(store, not_before=NOW - dt.timedelta(days=62), days=90,
                               names=NAMES)
        assert cert.current is not None
        self.old_version = cert.current
        self.new_version, self.new_x509, self.new_key = add_version(
            store, cert.id, not_before=NOW - dt.timedelta(hours=1), days=90, names=NAMES)
        store.certificates.update(cert.id, current_version_id=self.new_version.id)
        self.cert_id = cert.id
        secret = store.secrets.put("export-target-password", INJECTION.encode()) \
            if password else None
        self.target = ExportTarget(uuid.uuid4().hex[:12], cert.id, str(tmp_path / "out"),
                                   formats, "shop", None, secret, None, 120, True, None, "ok",
                                   "Wrote files", NOW, NOW)
        TargetRepository(store.db).add(self.target)


def _sleeper(clock: FakeClock, on_sleep: list[float]) -> object:
    def sleep(seconds: float, cancel: CancelToken) -> None:
        on_sleep.append(seconds)
        clock.advance(seconds)
    return sleep


def test_endpoint_still_serving_the_old_certificate_is_a_failed_deployment(
        store: Store, hooks: ServiceHooks, clock: FakeClock, server: SwappableTlsServer,
        tmp_path: Path) -> None:
    setup = Renewed(store, tmp_path)
    from tests.support.certificates import LocalCA

    old_x509, old_key = LocalCA().issue(NAMES, NOW - dt.timedelta(days=62),
                                        NOW + dt.timedelta(days=28))
    # The store's old version must be what the server serves: use its serial.
    store.db.execute("UPDATE certificate_versions SET serial=? WHERE id=?",
                     (format(old_x509.serial_number, "x"), setup.old_version.id))
    server.serve(old_x509, old_key)
    notifications = NotificationService(store, hooks, clock)
    notifications.subscribe()
    sleeps: list[float] = []
    service = DeploymentService(store, hooks, clock, sleep=_sleeper(clock, sleeps))  # type: ignore[arg-type]
    service.subscribe()
    emitted: list[CoreEvent] = []
    hooks.subscribe(emitted.append)
    service.set_verification(setup.target.id, f"127.0.0.1:{server.port}",
                             server_name=NAMES[0], within_seconds=30)
    with webhook_receiver() as receiver:
        notifications.add_webhook(WebhookChannelSpec("team", receiver.url()))
        hooks.emit(TargetRan(setup.cert_id, setup.target.id, ()))
        (post,) = receiver.wait_for(1)
    assert sum(sleeps) >= 30 and len(sleeps) > 2  # polled with backoff until the time was up
    target = TargetRepository(store.db).get(setup.target.id)
    assert target.last_status == "failed"
    assert "still serves the previous certificate" in (target.last_message or "")
    (failed,) = [e for e in emitted if e.name == events.DEPLOYMENT_FAILED]
    assert "reload" in failed.payload["hint"].lower()
    logged = [e for e in store.events.all(certificate_id=setup.cert_id)
              if e.kind == "deployment-failed"]
    assert logged and logged[0].level == "error"
    body = post.json()
    assert body["event"] == "deployment_failed" and NAMES[0] in body["subject"]
    assert setup.new_version.serial in body["message"]


def test_endpoint_that_picks_up_the_new_certificate_confirms_it(
        store: Store, hooks: ServiceHooks, clock: FakeClock, server: SwappableTlsServer,
        tmp_path: Path) -> None:
    setup = Renewed(store, tmp_path)
    from tests.support.certificates import LocalCA

    stale_x509, stale_key = LocalCA().issue(NAMES, NOW - dt.timedelta(days=62),
                                            NOW + dt.timedelta(days=28))
    server.serve(stale_x509, stale_key)
    sleeps: list[float] = []

    def reload_then_sleep(seconds: float, cancel: CancelToken) -> None:
        sleeps.append(seconds)  # the service is reloaded while certdesk waits
        server.serve(setup.new_x509, setup.new_key)
        clock.advance(seconds)

    service = DeploymentService(store, hooks, clock, sleep=reload_then_sleep)
    service.set_verification(setup.target.id, f"127.0.0.1:{server.port}",
                             server_name=NAMES[0], within_seconds=60)
    service.after_target_ran(setup.target.id, [])
    assert len(sleeps) == 1
    info = service.info(setup.target.id)
    assert info.verification is not None and info.verification.status == "ok"
    assert TargetRepository(store.db).get(setup.target.id).last_status == "ok"
    assert any(e.kind == "deploy-confirmed" for e in store.events.all())


def test_verification_settings_are_checked(store: Store, hooks: ServiceHooks,
                                           clock: FakeClock, tmp_path: Path) -> None:
    setup = Renewed(store, tmp_path)
    service = DeploymentService(store, hooks, clock)
    with pytest.raises(InvalidInput):
        service.set_verification(setup.target.id, "shop.example.test:99999")
    with pytest.raises(InvalidInput, match="waiting time"):
        service.set_verification(setup.target.id, "shop.example.test:443", within_seconds=0)
    with pytest.raises(InvalidInput, match="PFX"):
        service.set_preset(setup.target.id, PresetKey.IIS, {})


# -- Windows presets, run through a stand-in powershell.exe (a real process) ------------------

FAKE_POWERSHELL = """\
import json, os, sys
record = {"argv": sys.argv[1:],
          "env": {k: v for k, v in os.environ.items() if k.startswith("CERTDESK_")}}
with open(os.environ["FAKE_PS_LOG"], "a", encoding="utf-8") as log:
    log.write(json.dumps(record) + "\\n")
print("WOULD: import" if os.environ.get("CERTDESK_DRY_RUN") else "DONE: import")
sys.exit(int(os.environ.get("FAKE_PS_EXIT", "0")))
"""


@pytest.fixture
def fake_powershell(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    exe = folder / "powershell.exe"
    exe.write_text(f"#!{sys.executable}\n" + FAKE_POWERSHELL)
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    log = tmp_path / "ps.log"
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_PS_LOG", str(log))
    return log


def _calls(log: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


def test_preset_values_travel_as_data_and_cleanup_waits_for_confirmation(
        store: Store, hooks: ServiceHooks, clock: FakeClock, tmp_path: Path,
        fake_powershell: Path) -> None:
    setup = Renewed(store, tmp_path, formats=("pfx",), password=True)
    service = DeploymentService(store, hooks, clock, platform="win32")
    service.set_preset(setup.target.id, PresetKey.IIS,
                       {"site": INJECTION, "host": "shop.example.test", "port": "8443",
                        "sni": "yes", "friendly-name": INJECTION, "remove-replaced": "1"})
    pfx = str(tmp_path / "out" / "it's $(here).pfx")
    service.after_target_ran(setup.target.id, [pfx])
    deploy, cleanup = _calls(fake_powershell)
    argv = deploy["argv"]
    assert isinstance(argv, list) and argv[:6] == ["-NoLogo", "-NoProfile", "-NonInteractive",
                                                   "-ExecutionPolicy", "Bypass", "-File"]
    assert len(argv) == 7 and argv[6].endswith("iis.ps1")  # no value on the command line
    env = deploy["env"]
    assert isinstance(env, dict)
    assert env["CERTDESK_IIS_SITE"] == INJECTION and env["CERTDESK_FRIENDLY_NAME"] == INJECTION
    assert env["CERTDESK_PASSWORD"] == INJECTION and env["CERTDESK_PFX"] == pfx
    assert env["CERTDESK_IIS_PORT"] == "8443" and env["CERTDESK_IIS_SNI"] == "1"
    assert env["CERTDESK_NEW_THUMBPRINT"] == thumbprint(setup.new_version)
    assert env["CERTDESK_OLD_THUMBPRINT"] == thumbprint(setup.old_version)
    assert env["CERTDESK_PHASE"] == "Deploy" and env["CERTDESK_DRY_RUN"] == ""
    assert isinstance(cleanup["env"], dict) and cleanup["env"]["CERTDESK_PHASE"] == "Cleanup"
    assert INJECTION not in " ".join(e.message for e in store.events.all())


def test_elevation_refused_fails_the_deployment_and_keeps_the_old_certificate(
        store: Store, hooks: ServiceHooks, clock: FakeClock, tmp_path: Path,
        fake_powershell: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    setup = Renewed(store, tmp_path, formats=("pfx",), password=True)
    service = DeploymentService(store, hooks, clock, platform="win32")
    service.set_preset(setup.target.id, PresetKey.RDP, {"remove-replaced": "1"})
    monkeypatch.setenv("FAKE_PS_EXIT", "3")
    emitted: list[CoreEvent] = []
    hooks.subscribe(emitted.append)
    service.after_target_ran(setup.target.id, [])
    assert len(_calls(fake_powershell)) == 1  # no cleanup after a failed deploy
    (failed,) = [e for e in emitted if e.name == events.DEPLOYMENT_FAILED]
    assert "needs an elevated process" in failed.payload["message"]
    assert "Run with highest privileges" in failed.payload["hint"]


def test_dry_run_shows_the_invocation_without_the_password(
        store: Store, hooks: ServiceHooks, clock: FakeClock, tmp_path: Path,
        fake_powershell: Path) -> None:
    setup = Renewed(store, tmp_path, formats=("pfx",), password=True)
    service = DeploymentService(store, hooks, clock, platform="win32")
    service.set_preset(setup.target.id, PresetKey.CERT_STORE, {"store": "localmachine"})
    report = service.dry_run(setup.target.id)
    assert "CERTDESK_STORE_LOCATION=LocalMachine" in report.invocation
    assert "CERTDESK_PASSWORD=(hidden)" in report.invocation and INJECTION not in \
        report.invocation
    assert report.script_output == "WOULD: import"
    (call,) = _calls(fake_powershell)
    assert isinstance(call["env"], dict) and call["env"]["CERTDESK_DRY_RUN"] == "1"
    elsewhere = DeploymentService(store, hooks, clock, platform="linux")
    assert elsewhere.dry_run(setup.target.id).script_output is None
    elsewhere.after_target_ran(setup.target.id, [])
    target = TargetRepository(store.db).get(setup.target.id)
    assert target.last_status == "failed" and "only on Windows" in (target.last_message or "")
