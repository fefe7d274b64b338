"""The GUI's facade over start at login and the headless schedule (no OS touched)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from app.errors import UserFacingError
from app.os_integration.autostart.service import autostart_for
from app.os_integration.autostart.xdg import XdgAutostart
from app.os_integration.schedule.installer import ScheduleInstaller
from app.os_integration.schedule.plan import CommandOutcome
from app.services.os_integration import OsIntegrationError, OsIntegrationService
from app.storage.store import Store

ARGV = ("/usr/bin/python3", "-m", "ui.main", "--tray")


def test_start_at_login(store: Store, tmp_path: Path) -> None:
    service = OsIntegrationService(
        store, autostart=lambda: XdgAutostart(tmp_path / "cfg", ARGV))
    status = service.login_status()
    assert status.available and not status.enabled
    assert status.where == str(tmp_path / "cfg" / "autostart" / "certdesk.desktop")
    assert service.set_start_at_login(True).enabled
    assert store.settings.get("start_at_login") is True
    assert not service.set_start_at_login(False).enabled
    assert store.settings.get("start_at_login") is False


def test_start_at_login_errors(store: Store, tmp_path: Path) -> None:
    (tmp_path / "cfg").write_text("not a folder")
    service = OsIntegrationService(
        store, autostart=lambda: XdgAutostart(tmp_path / "cfg", ARGV))
    with pytest.raises(OsIntegrationError) as info:
        service.set_start_at_login(True)
    assert "Could not turn on" in info.value.message and info.value.hint
    assert store.settings.get("start_at_login") is False

    def unsupported() -> XdgAutostart:
        autostart_for("plan9")
        raise AssertionError

    status = OsIntegrationService(store, autostart=unsupported).login_status()
    assert not status.available and "plan9" in status.problem


def test_schedule(store: Store, tmp_path: Path) -> None:
    commands: list[tuple[str, ...]] = []

    def runner(argv: Sequence[str]) -> CommandOutcome:
        commands.append(tuple(argv))
        return CommandOutcome(0, "enabled")

    service = OsIntegrationService(store, installer=lambda: ScheduleInstaller(
        store.home, platform="linux", config_home=tmp_path, runner=runner))
    preview = service.install_schedule(dry_run=True)
    assert not preview.applied and "certdesk-renew.timer" in preview.text
    assert commands == []
    status = service.schedule_status()
    assert status.available and not status.installed  # no unit files yet
    assert status.command.endswith("renew --due") and str(store.home) in status.command
    assert service.install_schedule().applied
    assert service.schedule_status().installed
    service.remove_schedule()
    assert not service.schedule_status().installed

    def unsupported() -> ScheduleInstaller:
        return ScheduleInstaller(store.home, platform="plan9")

    gone = OsIntegrationService(store, installer=unsupported).schedule_status()
    assert not gone.available and gone.problem
    with pytest.raises(UserFacingError):
        OsIntegrationService(store, installer=unsupported).install_schedule()


def test_start_at_login_opens_the_same_data_folder_as_the_schedule(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    service = OsIntegrationService(store)  # the real backend for this (Linux) machine
    service.set_start_at_login(True)
    entry = (tmp_path / "cfg" / "autostart" / "certdesk.desktop").read_text()
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(f"--tray --home {store.home}")


def test_every_platform_passes_the_data_folder(tmp_path: Path) -> None:
    from app.os_integration.autostart.windows_run import WindowsRunAutostart

    class Key:
        def get(self, name: str) -> str | None:
            return None

        def set(self, name: str, value: str) -> None: ...

        def delete(self, name: str) -> None: ...

    home = tmp_path / "data"
    windows = autostart_for("win32", run_key=Key(), data_home=home)
    mac = autostart_for("darwin", user_home=tmp_path, data_home=home)
    assert isinstance(windows, WindowsRunAutostart)
    assert windows.argv[-2:] == ("--home", str(home))
    assert mac.describe().count(str(home)) == 1
