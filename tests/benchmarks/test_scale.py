"""A smoke-sized run of the scale benchmark over a small seeded home."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import scale
from benchmarks.seed import seed


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
