"""Finds the files shipped with certdesk, the same way from a source tree, a wheel and a
frozen (PyInstaller) build. Qt-free, so the CLI and the self-test can use it too.

Resources are package data (e.g. the icons live in the `ui.icons` package folder), so a wheel
carries them and `importlib.resources` finds them; a frozen build unpacks the same folders
under `sys._MEIPASS`.
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

ICON_PACKAGE = "ui.icons"


def is_frozen() -> bool:
    """True inside a PyInstaller build (one-dir or app bundle)."""
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path | None:
    """The folder a frozen build unpacked its data into, or None when not frozen."""
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if is_frozen() and root else None


def package_dir(package: str) -> Path:
    """The folder of a data package, wherever certdesk was installed from."""
    root = bundle_root()
    if root is not None:
        frozen = root.joinpath(*package.split("."))
        if frozen.is_dir():
            return frozen
    return Path(str(files(package)))


def icon_path(name: str) -> Path:
    """The SVG file of the icon `name` (it may not exist: callers decide what that means)."""
    return package_dir(ICON_PACKAGE) / f"{name}.svg"


def icon_names() -> list[str]:
    """Every icon shipped, by name (the self-test loads each)."""
    return sorted(p.stem for p in package_dir(ICON_PACKAGE).glob("*.svg"))
