"""Choose the autostart mechanism for this platform; keep the start_at_login setting in sync."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.errors import UserFacingError
from app.os_integration.autostart.base import Autostart, gui_argv
from app.os_integration.autostart.launch_agent import LaunchAgentAutostart
from app.os_integration.autostart.windows_run import RunKeyStore, WindowsRunAutostart, WinregRunKey
from app.os_integration.autostart.xdg import XdgAutostart
from app.storage.settings import SettingsRepository


class AutostartUnavailable(UserFacingError):
    """This platform has no supported way to start certdesk at login."""


def autostart_for(platform: str | None = None, *, user_home: Path | None = None,
                  config_home: Path | None = None, run_key: RunKeyStore | None = None,
                  argv: tuple[str, ...] | None = None,
                  data_home: Path | None = None) -> Autostart:
    """The platform's mechanism; `data_home` is passed to the app as --home."""
    platform = platform or sys.platform
    home = user_home or Path.home()
    if platform.startswith("win"):
        store = run_key if run_key is not None else WinregRunKey()
        return WindowsRunAutostart(store, argv or gui_argv(windowless=True, home=data_home))
    if platform == "darwin":
        return LaunchAgentAutostart(home, argv or gui_argv(home=data_home))
    if platform.startswith("linux") or "bsd" in platform:
        xdg = os.environ.get("XDG_CONFIG_HOME")
        config = config_home or (Path(xdg) if xdg else home / ".config")
        return XdgAutostart(config, argv or gui_argv(home=data_home))
    raise AutostartUnavailable(f"Starting at login is not supported on {platform}.",
                               "Add certdesk to your session's startup programs by hand.")


class AutostartService:
    """enable/disable/is_enabled for the settings switch (and the CLI)."""

    def __init__(self, backend: Autostart, settings: SettingsRepository | None = None) -> None:
        self.backend = backend
        self._settings = settings

    @property
    def mechanism(self) -> str:
        return self.backend.mechanism

    def enable(self) -> None:
        self.backend.enable()
        if self._settings is not None:
            self._settings.set("start_at_login", True)

    def disable(self) -> None:
        self.backend.disable()
        if self._settings is not None:
            self._settings.set("start_at_login", False)

    def is_enabled(self) -> bool:
        return self.backend.is_enabled()

    def describe(self) -> str:
        return self.backend.describe()
