"""certdesk-cli deploy as scripts see it: presets, set/show/clear, the endpoint check against a
real TLS server that keeps the old certificate, and the dry run."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from app.storage.store import Store
from app.storage.targets import ExportTarget, TargetRepository
from tests.support.acme_env import cli, cli_json
from tests.support.certificates import LocalCA, add_certificate, add_version
from tests.support.tls_server import SwappableTlsServer

NAMES = ("mail.example.test",)
NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


def _target(home: Path) -> tuple[str, str]:
    store = Store.open(home)
    try:
        cert = add_certificate(store, not_before=NOW - dt.timedelta(days=60), days=90,
                               names=NAMES)
        new, _, _ = add_version(store, cert.id, not_before=NOW - dt.timedelta(hours=1),
                                days=90, names=NAMES)
        store.certificates.update(cert.id, current_version_id=new.id)
        secret = store.secrets.put("export-target-password", b"pfx-pass")
        target = ExportTarget(uuid.uuid4().hex[:12], cert.id, str(home / "out"), ("pfx",),
                              "mail", None, secret, None, 120, True, None, None, None, NOW,
                              NOW)
        TargetRepository(store.db).add(target)
        return target.id, new.serial
    finally:
        store.close()


def test_presets_set_show_dry_run_and_clear(home: Path) -> None:
    target, _ = _target(home)
    presets = cli_json(home, "deploy", "presets")
    assert [p["key"] for p in presets] == ["windows-store", "iis", "rdp", "rd-gateway",
                                           "exchange"]
    assert all("elevat" in p["elevation"] for p in presets)
    shown = cli_json(home, "deploy", "set", target, "iis", "--option", "site=Default Web Site",
                     "--option", "host=mail.example.test", "--option", "sni=yes")
    assert shown["preset"] == {"key": "iis", "options": {
        "site": "Default Web Site", "host": "mail.example.test", "port": "443", "sni": "1",
        "friendly-name": "", "remove-replaced": ""}}
    dry = cli(home, "deploy", "dry-run", target)
    assert dry.returncode == 0, dry.stderr
    assert "-File" in dry.stdout and "iis.ps1" in dry.stdout
    assert "CERTDESK_IIS_SITE=Default Web Site" in dry.stdout
    assert "CERTDESK_PASSWORD=(hidden)" in dry.stdout and "pfx-pass" not in dry.stdout
    assert "runs only on Windows" in dry.stdout and "Run with highest privileges" in dry.stdout
    assert cli(home, "deploy", "set", target, "sharepoint").returncode == 2
    cleared = cli_json(home, "deploy", "clear", target)
    assert cleared["preset"] is None


def test_check_reports_an_endpoint_that_keeps_the_old_certificate(home: Path,
                                                                  tmp_path: Path) -> None:
    target, new_serial = _target(home)
    old_x509, old_key = LocalCA().issue(NAMES, NOW - dt.timedelta(days=60),
                                        NOW + dt.timedelta(days=30))
    server = SwappableTlsServer(tmp_path)
    try:
        server.serve(old_x509, old_key)
        shown = cli_json(home, "deploy", "verify", target, "--endpoint",
                         f"127.0.0.1:{server.port}", "--sni", NAMES[0], "--within", "1")
        assert shown["verify"]["port"] == server.port and shown["verify"]["sni"] == NAMES[0]
        check = cli(home, "deploy", "check", target)
        assert check.returncode == 1
        assert "certificate certdesk did not issue" in check.stderr
        assert new_serial in check.stderr
    finally:
        server.close()
    off = cli_json(home, "deploy", "verify", target, "--off")
    assert off["verify"] is None
