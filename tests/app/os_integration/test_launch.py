"""Installed (frozen) builds: the scheduled renewal and start at login run the installed app
executable, not `<python> -m ...` (which a frozen executable rejects with a usage error)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.os_integration.autostart.base import gui_argv
from app.os_integration.launch import HEADLESS_CLI_FLAG, app_executable
from app.os_integration.schedule.plan import cli_argv
from app.os_integration.schedule.windows_task import task_xml


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    folder = tmp_path / "certdesk"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "certdesk-cli"))
    return folder


def test_frozen_schedule_runs_the_app_executable_headless(frozen: Path) -> None:
    argv = cli_argv(Path("/h"), "renew", "--due")
    assert argv == (str(frozen / "certdesk"), HEADLESS_CLI_FLAG, "--home", "/h", "renew",
                    "--due")


def test_frozen_start_at_login_runs_the_app_executable(frozen: Path) -> None:
    assert gui_argv(windowless=True) == (str(frozen / "certdesk"), "--tray")


def test_frozen_windows_task_runs_the_windowless_exe() -> None:
    exe = app_executable("win32", Path(r"C:\Users\a\AppData\Local\certdesk\certdesk-cli.exe"))
    assert exe.name == "certdesk.exe"  # the windowed one: no console flashes
    xml = task_xml((str(exe), HEADLESS_CLI_FLAG, "renew", "--due"), "S-1-5-21-1")
    assert f"<Arguments>{HEADLESS_CLI_FLAG} renew --due</Arguments>" in xml


def test_source_tree_keeps_python_dash_m(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert cli_argv(Path("/h"), "renew")[1:3] == ("-m", "app.cli.main")
    assert gui_argv()[1:3] == ("-m", "ui.main")
