"""Runs every benchmark and prints its numbers (`make bench`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

for script in ("issuance.py", "gui_stall.py"):
    print(f"== {script}", flush=True)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    subprocess.run([sys.executable, str(HERE / script)], env=env, check=False)
