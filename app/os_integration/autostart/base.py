"""The autostart interface and the command that starts the GUI at login."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Protocol

from app.os_integration.launch import frozen_gui_argv, is_frozen

# The GUI is asked to start hidden in the tray (ui/main.py must accept this flag).
GUI_ARGS = ("--tray",)


class Autostart(Protocol):
    mechanism: str

    def enable(self) -> None: ...

    def disable(self) -> None: ...

    def is_enabled(self) -> bool: ...

    def describe(self) -> str:
        """What enable() writes and where (for status output and dry runs)."""
        ...


def gui_argv(windowless: bool = False, home: Path | None = None) -> tuple[str, ...]:
    """The login command; with `home`, for that data folder (as the renewal schedule does)."""
    args = (*GUI_ARGS, "--home", str(home)) if home is not None else GUI_ARGS
    if is_frozen():  # the installed windowed executable (launch.py)
        return frozen_gui_argv(*args)
    python = Path(sys.executable)
    if windowless and python.name.lower() == "python.exe":
        candidate = python.with_name("pythonw.exe")
        if candidate.exists():
            python = candidate
    return (str(python), "-m", "ui.main", *args)
