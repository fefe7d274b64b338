"""`certdesk-cli schedule install|remove|status`: picks the OS scheduler and applies a Plan."""

from __future__ import annotations

import os
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from app.os_integration.schedule import launchd, systemd, windows_task
from app.os_integration.schedule.plan import (
    Plan,
    Runner,
    SchedulerError,
    apply,
    cli_argv,
    current_uid,
    run_command,
)


@dataclass(frozen=True)
class ScheduleStatus:
    platform: str
    mechanism: str
    installed: bool
    files: tuple[Path, ...]
    details: str


def platform_family(platform: str) -> str:
    if platform.startswith("win"):
        return "windows"
    if platform == "darwin":
        return "macos"
    if platform.startswith("linux") or "bsd" in platform:
        return "linux"
    raise SchedulerError(f"Scheduled renewal is not supported on {platform}.",
                         "Run 'certdesk-cli renew --due' from cron twice a day instead.")


class ScheduleInstaller:
    def __init__(self, home: Path, *, platform: str | None = None,
                 user_home: Path | None = None, config_home: Path | None = None,
                 runner: Runner = run_command, uid: int | None = None,
                 user_id: str | None = None, rng: random.Random | None = None) -> None:
        self.home = Path(home)
        self.platform = platform or sys.platform
        self.family = platform_family(self.platform)
        self.user_home = user_home or Path.home()
        xdg = os.environ.get("XDG_CONFIG_HOME")
        self.config_home = config_home or (Path(xdg) if xdg else self.user_home / ".config")
        self.runner = runner
        self.uid = current_uid() if uid is None else uid
        self.user_id = user_id or _windows_user()
        self._rng = rng or random.Random()

    @property
    def mechanism(self) -> str:
        return {"linux": "systemd user timer", "macos": "LaunchAgent",
                "windows": "Task Scheduler task"}[self.family]

    def argv(self) -> tuple[str, ...]:
        return cli_argv(self.home, "renew", "--due", windowless=self.family == "windows")

    def _xml_path(self) -> Path:
        return self.home / "schedule" / "certdesk-renew.xml"

    def install_plan(self) -> Plan:
        if self.family == "linux":
            return systemd.install_plan(self.config_home, self.argv())
        if self.family == "macos":
            return launchd.install_plan(self.user_home, self.uid, self.argv(),
                                        self._rng.randrange(12), self._rng.randrange(60),
                                        self.home / "logs" / "scheduled-renewal.log")
        return windows_task.install_plan(self._xml_path(), self.argv(), self.user_id)

    def remove_plan(self) -> Plan:
        if self.family == "linux":
            return systemd.remove_plan(self.config_home)
        if self.family == "macos":
            return launchd.remove_plan(self.user_home, self.uid)
        return windows_task.remove_plan(self._xml_path())

    def install(self, *, dry_run: bool = False) -> Plan:
        plan = self.install_plan()
        if not dry_run:
            apply(plan, self.runner)
        return plan

    def remove(self, *, dry_run: bool = False) -> Plan:
        plan = self.remove_plan()
        if not dry_run:
            apply(plan, self.runner)
        return plan

    def status(self) -> ScheduleStatus:
        if self.family == "linux":
            files = systemd.installed_files(self.config_home)
            commands = systemd.status_commands()
        elif self.family == "macos":
            files = (launchd.plist_path(self.user_home),)
            commands = launchd.status_commands(self.uid)
        else:
            files = ()
            commands = windows_task.status_commands()
        outputs = [self.runner(cmd) for cmd in commands]
        installed = all(f.exists() for f in files) and outputs[0].returncode == 0
        details = "\n".join((o.stdout or o.stderr).strip() for o in outputs
                            if (o.stdout or o.stderr).strip())
        return ScheduleStatus(self.platform, self.mechanism, installed, files, details)


def _windows_user() -> str:
    user = os.environ.get("USERNAME") or os.environ.get("USER") or "user"
    domain = os.environ.get("USERDOMAIN")
    return f"{domain}\\{user}" if domain else user
