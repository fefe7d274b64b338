"""`certdesk --self-test` opens every view offscreen, checks every bundled piece, writes its
report to a file and exits with the verdict: 0 only when nothing is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui.self_test import check_icons

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def _self_test(tmp_path: Path, extra_pythonpath: Path | None = None
               ) -> tuple[subprocess.CompletedProcess[str], str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if extra_pythonpath is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(extra_pythonpath), env.get("PYTHONPATH", "")])
    report = tmp_path / "report.txt"
    proc = subprocess.run([sys.executable, "-m", "ui.main", "--self-test", "--home",
                           str(tmp_path / "home"), "--report", str(report)],
                          capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    return proc, report.read_text(encoding="utf-8") if report.exists() else ""


def test_self_test_passes_and_writes_its_report(tmp_path: Path) -> None:
    proc, report = _self_test(tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = dict(line.split(": ", 1) for line in report.splitlines() if ": " in line)
    assert {"imports", "first_window", "views", "checks", "total"} <= set(lines)
    for name in ("version", "cli-commands", "dns-providers", "public-suffix-data", "ca-bundle",
                 "keyring", "icons", "window"):
        assert not lines[f"check {name}"].startswith("FAILED"), report
    assert lines["self-test"] == "ok"
    assert report == proc.stdout
    assert "Traceback" not in proc.stderr


def test_self_test_fails_when_a_plaintext_keyring_is_bundled(tmp_path: Path) -> None:
    fake = tmp_path / "site"
    (fake / "keyrings" / "alt").mkdir(parents=True)
    (fake / "keyrings" / "alt" / "__init__.py").write_text("")
    proc, report = _self_test(tmp_path, extra_pythonpath=fake)
    assert proc.returncode == 1
    assert "check keyring: FAILED - keyrings.alt is present" in report
    assert report.rstrip().endswith("self-test: FAILED")


def test_icon_check_fails_for_a_missing_or_blank_icon(qtbot: QtBot) -> None:
    assert check_icons().ok
    result = check_icons(["certdesk", "tray-ok", "tray-warning", "tray-error", "no-such-icon"])
    assert not result.ok and "do not load: no-such-icon" in result.detail
    result = check_icons(["certdesk"])
    assert not result.ok and "missing: tray-ok" in result.detail
