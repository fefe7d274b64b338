"""A smoke-sized run of the scale benchmark over a small seeded home."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import scale
from benchmarks.seed import seed

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    seed(home, 30, 3)
    return home


@pytest.mark.gui
def test_command_line_timings(seeded: Path) -> None:
    cli = scale._command("certdesk-cli")
    env = scale.bench_env(seeded)
    seconds, out = scale.timed_process([*cli, "--home", str(seeded), "--json", "list"], env,
                                       runs=1)
    assert seconds > 0
    assert len(json.loads(out)) == 30
    _, version = scale.timed_process([*cli, "--version"], env, runs=1)
    assert version.strip()


@pytest.mark.gui
def test_in_app_measurements(seeded: Path) -> None:
    results = scale.gui_in_subprocess(seeded)
    for key in ("select_median_ms", "keystroke_max_ms", "sort_max_ms", "renewal_plan_ms",
                "reminders_first_ms"):
        assert results[key] > 0, key


@pytest.mark.gui
def test_cold_start_and_table(seeded: Path) -> None:
    timings = scale.self_test(seeded, runs=1)
    assert timings["first_window"] > 0
    text = scale.table({f"self_test_{k}_ms": v for k, v in timings.items()}, 30)
    assert "cold start to first window" in text


@pytest.mark.gui
def test_idle_memory_with_the_window_and_in_the_tray(seeded: Path) -> None:
    window = scale._on_copy(seeded, lambda home: scale.idle_rss_mb(home, settle_s=1.0))
    tray = scale._on_copy(seeded, lambda home: scale.idle_rss_mb(home, settle_s=1.0,
                                                                 tray=True))
    assert window > 0 and tray > 0
    text = scale.table({"idle_rss_mb": window, "idle_rss_tray_mb": tray}, 30)
    assert "window shown" in text and "started in the tray" in text


def test_the_tray_start_tells_qt_a_tray_is_there() -> None:
    code = ("import sys; from benchmarks.tray_start import TrayAvailable\n"
            "sys.meta_path.insert(0, TrayAvailable())\n"
            "from PySide6.QtWidgets import QApplication, QSystemTrayIcon\n"
            "app = QApplication([])\n"
            "print(QSystemTrayIcon.isSystemTrayAvailable())\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "True"
