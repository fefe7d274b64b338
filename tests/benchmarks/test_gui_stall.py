"""A smoke-sized run of the GUI-stall benchmark: one wizard issuance, two renewals."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.gui
@pytest.mark.pebble
def test_stall_is_measured_while_issuing_and_renewing(tmp_path: Path) -> None:
    code = ("import json, pathlib; from benchmarks.gui_stall import run_stall; "
            f"print(json.dumps(run_stall(1, 2, pathlib.Path({str(tmp_path)!r}))))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=240,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    results = json.loads(proc.stdout.strip().splitlines()[-1])
    assert results["wizard_stall_ms"] >= 0
    assert results["renewals_renewed"] == 2
    assert "renewals_stall_ms" in results
