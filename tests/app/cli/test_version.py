"""`certdesk-cli --version` answers without loading the services (scripts call it often)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import app

ROOT = Path(__file__).resolve().parents[3]


def test_version_does_not_import_the_services() -> None:
    code = ("import sys; from app.cli.main import main; code = main(['--version']); "
            "print('app.services.container' in sys.modules, 'acme' in sys.modules, code)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert lines[0] == f"certdesk-cli {app.__version__}"
    assert lines[-1] == "False False 0"


def test_version_is_the_distribution_version() -> None:
    from importlib import metadata

    assert app.__version__ == metadata.version("certdesk")
