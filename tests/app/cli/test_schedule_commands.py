from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.cli.main import main
from app.storage.store import Store
from tests.support.certificates import LocalCA, add_certificate
from tests.support.tls_server import SwappableTlsServer

NAMES = ("www.example.test",)


def run(capsys: pytest.CaptureFixture[str], home: Path, *argv: str) -> tuple[int, str]:
    code = main(["--home", str(home), *argv])
    return code, capsys.readouterr().out


def test_schedule_install_dry_run(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    code, out = run(capsys, home, "--json", "schedule", "install", "--dry-run")
    assert code == 0
    data = json.loads(out)
    assert data["dry_run"] is True
    if data["mechanism"] == "systemd user timer":
        service = str(tmp_path / "cfg" / "systemd" / "user" / "certdesk-renew.service")
        assert f"--home {home} renew --due" in data["writes"][service]
        assert data["commands"][-1] == ["systemctl", "--user", "enable", "--now",
                                        "certdesk-renew.timer"]
    assert not (tmp_path / "cfg").exists()
    code, out = run(capsys, home, "schedule", "remove", "--dry-run")
    assert code == 0 and out.rstrip().endswith("would be done")


def test_autostart_enable_status_disable(home: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setattr("sys.platform", "linux")
    assert run(capsys, home, "autostart", "status")[1].rstrip().endswith("disabled")
    assert run(capsys, home, "autostart", "enable")[1].rstrip().endswith("enabled")
    assert (tmp_path / "cfg" / "autostart" / "certdesk.desktop").exists()
    assert run(capsys, home, "autostart", "status")[1].rstrip().endswith("enabled")
    assert run(capsys, home, "autostart", "disable")[1].rstrip().endswith("disabled")
    assert not (tmp_path / "cfg" / "autostart" / "certdesk.desktop").exists()


def test_endpoint_commands_against_a_local_tls_server(home: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    now = dt.datetime.now(dt.UTC)
    ca = LocalCA()
    store = Store.open(home)
    cert = add_certificate(store, not_before=now - dt.timedelta(days=1), days=90, names=NAMES,
                           ca=ca)
    store.close()
    other, other_key = ca.issue(("elsewhere.test",), now, now + dt.timedelta(days=90))
    server = SwappableTlsServer(tmp_path)
    server.serve(other, other_key)
    try:
        code, out = run(capsys, home, "endpoint", "add", cert.id[:10],
                        f"127.0.0.1:{server.port}", "--sni", "www.example.test")
        assert code == 0
        endpoint_id = out.strip().splitlines()[-1]
        code, out = run(capsys, home, "--json", "endpoint", "check")
        assert code == 0
        (result,) = json.loads(out)
        assert result["status"] == "mismatch" and result["id"] == endpoint_id
        code, out = run(capsys, home, "--json", "reminders")
        data = json.loads(out)
        assert data["state"] == "expiring"
        assert [i["kind"] for i in data["attention"]] == ["endpoint"]
        code, out = run(capsys, home, "endpoint", "list")
        assert endpoint_id in out and "mismatch" in out
        assert run(capsys, home, "endpoint", "remove", endpoint_id)[0] == 0
        assert "No endpoints." in run(capsys, home, "endpoint", "list")[1]
    finally:
        server.close()


def test_reminders_on_an_empty_store(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, home, "reminders", "--fire")
    assert code == 0
    assert out.splitlines() == ["Nothing needs attention.", "ok"]


def test_unknown_certificate_is_a_clean_error(home: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--home", str(home), "endpoint", "add", "nope", "a.example.test"]) == 1
    assert "No certificate with id 'nope'" in capsys.readouterr().err


def test_autostart_enable_that_cannot_write_says_why(home: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cfg").write_text("a file where the config folder should be")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setattr("sys.platform", "linux")
    code = main(["--home", str(home), "autostart", "enable"])
    err = capsys.readouterr().err
    assert code == 1
    assert "starting certdesk at login" in err and "unexpected" not in err
