"""The app bundle's Info.plist: the version single-sourced from pyproject.toml."""

from __future__ import annotations

import plistlib
import subprocess
import sys
from pathlib import Path

from app import __version__

ROOT = Path(__file__).resolve().parents[2]


def test_info_plist_rendered_from_pyproject(tmp_path: Path) -> None:
    out = tmp_path / "Info.plist"
    subprocess.run([sys.executable, str(ROOT / "packaging" / "macos" / "render_plist.py"),
                    str(out)], check=True, timeout=60)
    plist = plistlib.loads(out.read_bytes())
    assert plist["CFBundleShortVersionString"] == __version__
    assert plist["CFBundleIdentifier"] == "org.certdesk.certdesk"
    assert plist["LSMinimumSystemVersion"] == "12.0"
    assert plist["CFBundleExecutable"] == "certdesk"
    assert plist["CFBundleIconFile"] == "certdesk.icns"
