"""`certdesk --self-test` starts, opens every view offscreen, prints timings, exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def test_self_test(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "ui.main", "--self-test", "--home",
                           str(tmp_path / "home")], capture_output=True, text=True,
                          timeout=120, env=env, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    lines = dict(line.split(": ", 1) for line in proc.stdout.splitlines() if ": " in line)
    assert {"imports", "first_window", "views", "self-test"} <= set(lines)
    assert lines["self-test"] == "ok"
    assert "Traceback" not in proc.stderr
