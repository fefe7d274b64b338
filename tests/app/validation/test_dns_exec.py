"""The exec hook's failures are ValidationFailed with a hint, never a raw OSError/ValueError."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from app.errors import ValidationFailed
from app.os_integration import processes
from app.validation.dns_exec import run_hook as _run

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX exec semantics")


@posix_only
def test_a_script_without_shebang_is_explained(tmp_path: Path) -> None:
    hook = tmp_path / "hook"
    hook.write_text("echo hi\n")
    hook.chmod(0o755)
    with pytest.raises(ValidationFailed) as info:
        _run(str(hook), "present", "_acme-challenge.example.test.", "v")
    assert "could not be started" in info.value.message
    assert "#!" in info.value.hint


@posix_only
def test_a_folder_is_explained(tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed, match="could not be started"):
        _run(shlex.quote(str(tmp_path)), "present", "_acme-challenge.example.test.", "v")


def test_unbalanced_quotes_are_explained() -> None:
    with pytest.raises(ValidationFailed) as info:
        _run("'/opt/hook", "present", "_acme-challenge.example.test.", "v")
    assert "quoting" in info.value.hint


def test_a_blank_command_runs_nothing() -> None:
    with pytest.raises(ValidationFailed, match="empty"):
        _run("   ", "present", "_acme-challenge.example.test.", "v")


# -- Windows rules, with a fake runner ---------------------------------------------------------
FQDN = "_acme-challenge.example.test."


def _windows(tmp_path: Path, command: str, *, path: str = "") -> Any:
    """Run a hook with the Windows rules; returns what would have been started."""
    started: list[Any] = []

    def runner(argv: Any, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        started.append((argv, kwargs))
        return subprocess.CompletedProcess(argv, 0, "", "")

    env = {"PATH": path, "PATHEXT": ".COM;.EXE;.BAT;.CMD", "ComSpec": "C:\\Windows\\cmd.exe"}
    with mock.patch.object(processes, "_oem_code_page", lambda: 850):
        _run(command, "present", FQDN, "v", platform="win32", env=env, runner=runner)
    assert started[0][1]["creationflags"] == 0x08000000  # no console window
    assert started[0][1]["encoding"] == "cp850"  # batch files and PowerShell write OEM
    return started[0][0]


def test_windows_backslashes_are_kept_and_hints_speak_windows() -> None:
    with pytest.raises(ValidationFailed) as info:
        _run("C:\\hooks\\dns.cmd", "present", FQDN, "v", platform="win32",
             env={"PATH": "", "PATHEXT": ".EXE;.CMD"})
    assert "C:\\hooks\\dns.cmd" in info.value.message
    assert "chmod" not in info.value.hint and "PATHEXT" in info.value.hint


def test_windows_batch_files_run_through_cmd(tmp_path: Path) -> None:
    hook = tmp_path / "my hooks" / "dns.cmd"
    hook.parent.mkdir()
    hook.write_text("@echo off\n")
    line = _windows(tmp_path, f'"{hook}" --zone example.test')
    assert line == (f'C:\\Windows\\cmd.exe /d /s /c ""{hook}" --zone example.test present '
                    f'{FQDN} v"')


def test_windows_pathext_finds_a_bare_name_in_path(tmp_path: Path) -> None:
    (tmp_path / "dnshook.BAT").write_text("@echo off\n")
    (tmp_path / "other.EXE").write_bytes(b"MZ")  # PATHEXT's case: this FS is case-sensitive
    line = _windows(tmp_path, "dnshook", path=f"{tmp_path / 'missing'};{tmp_path}")
    assert isinstance(line, str) and f'"{tmp_path / "dnshook.BAT"} present' in line
    assert _windows(tmp_path, "other", path=str(tmp_path)) == [
        str(tmp_path / "other.EXE"), "present", FQDN, "v"]


def test_windows_powershell_scripts_run_through_powershell(tmp_path: Path) -> None:
    hook = tmp_path / "dns.ps1"
    hook.write_text("param($a)\n")
    assert _windows(tmp_path, str(hook)) == [
        "powershell.exe", "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
        "-File", str(hook), "present", FQDN, "v"]


def test_windows_a_script_of_another_kind_is_found_and_explained(tmp_path: Path) -> None:
    hook = tmp_path / "dns.py"
    hook.write_text("print('hi')\n")

    def runner(argv: Any, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        raise OSError(8, "%1 is not a valid Win32 application")

    with pytest.raises(ValidationFailed) as info:
        _run(str(hook), "present", FQDN, "v", platform="win32",
             env={"PATH": "", "PATHEXT": ".EXE;.CMD"}, runner=runner)
    assert "could not be started" in info.value.message
    assert "interpreter first" in info.value.hint and "chmod" not in info.value.hint


def test_windows_batch_arguments_cannot_become_cmd_operators(tmp_path: Path) -> None:
    hook = tmp_path / "dns.cmd"
    hook.write_text("@echo off\n")
    line = _windows(tmp_path, f'"{hook}" --zone a&calc "x y"')
    assert ' "a&calc" "x y" present ' in line
    with pytest.raises(ValidationFailed, match="could not be read"):
        _windows(tmp_path, f'"{hook}" %PATH%')
