"""Start at login and the headless renewal schedule, for front ends (the GUI's settings).

A thin facade over app.os_integration.autostart and app.os_integration.schedule so that ui/ never
imports app.scheduling: plain frozen results, OS failures turned into UserFacingErrors.
Tests inject the autostart backend and the scheduler's command runner.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserFacingError
from app.os_integration.autostart.base import Autostart
from app.os_integration.autostart.service import AutostartService, autostart_for
from app.os_integration.install_location import install_location_warning
from app.os_integration.schedule.installer import ScheduleInstaller
from app.os_integration.schedule.plan import Plan
from app.storage.store import Store


class OsIntegrationError(UserFacingError):
    """The operating system refused to change start at login or the renewal schedule."""


@dataclass(frozen=True)
class LoginStartStatus:
    available: bool
    enabled: bool
    mechanism: str  # "XDG autostart entry", "Windows Run key", ...
    where: str  # the file or registry value it writes ("" when unavailable)
    problem: str = ""  # why it is unavailable
    details: str = ""  # what is registered, in full (when enabled)


@dataclass(frozen=True)
class ScheduleStatusInfo:
    available: bool
    installed: bool
    mechanism: str  # "systemd user timer", "LaunchAgent", "Task Scheduler task"
    command: str  # what the scheduler runs, as a shell-like line
    files: tuple[Path, ...]
    details: str  # the scheduler's own status output
    problem: str = ""


@dataclass(frozen=True)
class SchedulePlanInfo:
    summary: str
    text: str  # everything it writes, removes and runs
    applied: bool  # False for a preview (dry run)
    mechanism: str = ""
    writes: tuple[tuple[Path, str], ...] = ()  # each file and its content
    removes: tuple[Path, ...] = ()
    commands: tuple[tuple[str, ...], ...] = ()


class OsIntegrationService:
    def __init__(self, store: Store, *,
                 autostart: Callable[[], Autostart] | None = None,
                 installer: Callable[[], ScheduleInstaller] | None = None) -> None:
        self._store = store
        # Start at login opens the same data folder the renewal schedule uses (--home).
        self._autostart = autostart or (lambda: autostart_for(data_home=store.home))
        self._installer = installer or (lambda: ScheduleInstaller(store.home))

    # -- start at login -------------------------------------------------------------------
    def _login(self) -> AutostartService:
        return AutostartService(self._autostart(), self._store.settings)

    def login_status(self) -> LoginStartStatus:
        try:
            service = self._login()
        except UserFacingError as exc:
            return LoginStartStatus(False, False, "", "", str(exc))
        where = service.describe().splitlines()[0] if service.describe() else ""
        return LoginStartStatus(True, service.is_enabled(), service.mechanism, where,
                                details=service.describe())

    def set_start_at_login(self, enabled: bool) -> LoginStartStatus:
        service = self._login()
        try:
            if enabled:
                service.enable()
            else:
                service.disable()
        except OSError as exc:
            action = "turn on" if enabled else "turn off"
            raise OsIntegrationError(
                f"Could not {action} starting certdesk at login ({service.mechanism}): "
                f"{exc.strerror or exc}.",
                "Check that you may write to " + (service.describe().splitlines() or ["it"])[0]
                + ".", detail=str(exc)) from exc
        return self.login_status()

    # -- headless renewal schedule --------------------------------------------------------
    def location_warning(self) -> str | None:
        """What to tell the user before scheduling renewals when this build runs from a path
        that will not last (macOS App Translocation or the disk image, a zip's temporary
        folder), or None."""
        return install_location_warning()

    def schedule_status(self) -> ScheduleStatusInfo:
        try:
            installer = self._installer()
        except UserFacingError as exc:
            return ScheduleStatusInfo(False, False, "", "", (), "", str(exc))
        status = installer.status()
        return ScheduleStatusInfo(True, status.installed, status.mechanism,
                                  shlex.join(installer.argv()), status.files, status.details)

    def install_schedule(self, *, dry_run: bool = False) -> SchedulePlanInfo:
        return self._apply(lambda i: i.install(dry_run=dry_run), dry_run)

    def remove_schedule(self, *, dry_run: bool = False) -> SchedulePlanInfo:
        return self._apply(lambda i: i.remove(dry_run=dry_run), dry_run)

    def _apply(self, fn: Callable[[ScheduleInstaller], Plan], dry_run: bool) -> SchedulePlanInfo:
        installer = self._installer()
        try:
            plan = fn(installer)
        except OSError as exc:
            raise OsIntegrationError(
                f"Could not change the {installer.mechanism}: {exc.strerror or exc}.",
                "Check the permissions of the folder named in the details.",
                detail=str(exc)) from exc
        return SchedulePlanInfo(plan.summary, plan.render(), not dry_run, installer.mechanism,
                                tuple((f.path, f.text) for f in plan.writes), plan.removes,
                                plan.commands)
