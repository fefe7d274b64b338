"""A macOS LaunchAgent in ~/Library/LaunchAgents, loaded with launchctl bootstrap."""

from __future__ import annotations

import plistlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.os_integration.schedule.plan import Plan, PlannedFile

RENEW_LABEL = "org.certdesk.renew"


def renew_plist(argv: Sequence[str], hour: int, minute: int, log_path: Path) -> bytes:
    """Twice a day at hour:minute and 12 hours later (launchd has no random delay, so the
    installer draws hour and minute once)."""
    plist: dict[str, Any] = {
        "Label": RENEW_LABEL,
        "ProgramArguments": list(argv),
        "StartCalendarInterval": [{"Hour": hour % 12, "Minute": minute},
                                  {"Hour": hour % 12 + 12, "Minute": minute}],
        "RunAtLoad": False,
        "ProcessType": "Background",
        "LowPriorityIO": True,
        "StandardOutPath": str(log_path),
        "StandardErrorPath": str(log_path),
    }
    return plistlib.dumps(plist, sort_keys=True)


def agents_dir(user_home: Path) -> Path:
    return user_home / "Library" / "LaunchAgents"


def plist_path(user_home: Path, label: str = RENEW_LABEL) -> Path:
    return agents_dir(user_home) / f"{label}.plist"


def install_plan(user_home: Path, uid: int, argv: Sequence[str], hour: int, minute: int,
                 log_path: Path) -> Plan:
    path = plist_path(user_home)
    return Plan(
        summary=f"Install the LaunchAgent {RENEW_LABEL} (twice a day) as {path}",
        writes=(PlannedFile(path, renew_plist(argv, hour, minute, log_path)),),
        commands=(("launchctl", "bootout", f"gui/{uid}/{RENEW_LABEL}"),
                  ("launchctl", "bootstrap", f"gui/{uid}", str(path))),
        tolerant=frozenset({0}),
    )


def remove_plan(user_home: Path, uid: int) -> Plan:
    return Plan(
        summary=f"Remove the LaunchAgent {RENEW_LABEL}",
        removes=(plist_path(user_home),),
        commands=(("launchctl", "bootout", f"gui/{uid}/{RENEW_LABEL}"),),
        tolerant=frozenset({0}),
    )


def status_commands(uid: int) -> tuple[tuple[str, ...], ...]:
    return (("launchctl", "print", f"gui/{uid}/{RENEW_LABEL}"),)
