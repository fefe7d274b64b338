"""macOS: a LaunchAgent with RunAtLoad, picked up at the next login (not loaded now: that
would start a second instance of the running app)."""

from __future__ import annotations

import plistlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.storage.atomic import atomic_write

LABEL = "org.certdesk.app"


def login_plist(argv: Sequence[str]) -> bytes:
    plist: dict[str, Any] = {
        "Label": LABEL,
        "ProgramArguments": list(argv),
        "RunAtLoad": True,
        "KeepAlive": False,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }
    return plistlib.dumps(plist, sort_keys=True)


class LaunchAgentAutostart:
    mechanism = "LaunchAgent (RunAtLoad)"

    def __init__(self, user_home: Path, argv: Sequence[str]) -> None:
        self.path = user_home / "Library" / "LaunchAgents" / f"{LABEL}.plist"
        self.argv = tuple(argv)

    def enable(self) -> None:
        atomic_write(self.path, login_plist(self.argv))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        try:
            data = plistlib.loads(self.path.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return bool(data.get("RunAtLoad")) and not data.get("Disabled", False)

    def describe(self) -> str:
        return f"{self.path}\n{login_plist(self.argv).decode()}"
