"""Writes the app bundle's Info.plist from Info.plist.in: the version from pyproject.toml, the
bundle identifier and minimum macOS from the environment (or their defaults).

    python packaging/macos/render_plist.py OUT_FILE
"""

from __future__ import annotations

import os
import plistlib
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BUNDLE_ID = "org.certdesk.certdesk"
#: PySide6 6.8+ wheels require macOS 12 (Monterey).
MIN_MACOS = "12.0"


def render(version: str, bundle_id: str = BUNDLE_ID, min_macos: str = MIN_MACOS) -> bytes:
    text = (HERE / "Info.plist.in").read_text(encoding="utf-8")
    text = (text.replace("@VERSION@", version).replace("@BUNDLE_ID@", bundle_id)
            .replace("@MIN_MACOS@", min_macos))
    plistlib.loads(text.encode())  # refuse to write a broken plist
    return text.encode()


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: render_plist.py OUT_FILE")
    Path(sys.argv[1]).write_bytes(render(
        pyproject_version(), os.environ.get("CERTDESK_BUNDLE_ID", BUNDLE_ID),
        os.environ.get("CERTDESK_MIN_MACOS", MIN_MACOS)))
