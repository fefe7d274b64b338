"""The app executable runs the command-line tool without Qt when started with the headless
flag: what an installed build's scheduled renewal runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.os_integration.launch import HEADLESS_CLI_FLAG

ROOT = Path(__file__).resolve().parents[2]


def test_headless_flag_runs_the_cli_without_qt(tmp_path: Path) -> None:
    code = ("import sys; from ui.main import main; rc = main(sys.argv[1:]); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'; "
            "sys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code, HEADLESS_CLI_FLAG, "--home",
                           str(tmp_path / "home"), "--json", "list"],
                          capture_output=True, text=True, timeout=60, cwd=ROOT,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().startswith(("[", "{"))


def test_version_option() -> None:
    proc = subprocess.run([sys.executable, "-m", "ui.main", "--version"], capture_output=True,
                          text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 0 and proc.stdout.startswith("certdesk ")
