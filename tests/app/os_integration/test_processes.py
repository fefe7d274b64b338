"""Helper programs start without a console window on Windows and never fail on decoding."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from app.os_integration import processes


def _recorder(calls: list[tuple[Any, dict[str, Any]]]) -> processes.Runner:
    def run(argv: Any, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        calls.append((argv, kwargs))
        return subprocess.CompletedProcess(argv, 0, "", "")

    return run


def test_windows_children_get_no_console_and_console_tools_the_oem_code_page() -> None:
    calls: list[tuple[Any, dict[str, Any]]] = []
    processes.run(["schtasks", "/Query"], timeout=5, console_tool=True, platform="win32",
                  runner=_recorder(calls), oem_code_page=lambda: 850)
    processes.run("hook.cmd", timeout=5, shell=True, platform="win32", runner=_recorder(calls))
    (argv, tool), (line, other) = calls
    assert argv == ["schtasks", "/Query"] and line == "hook.cmd"
    assert tool["creationflags"] == other["creationflags"] == processes.CREATE_NO_WINDOW
    assert tool["encoding"] == "cp850" and tool["errors"] == "replace"
    assert other["encoding"] != "cp850" and other["shell"] is True


def test_elsewhere_no_creation_flags() -> None:
    calls: list[tuple[Any, dict[str, Any]]] = []
    processes.run(["launchctl", "list"], timeout=5, console_tool=True, platform="darwin",
                  runner=_recorder(calls), oem_code_page=lambda: 850)
    assert "creationflags" not in calls[0][1]
    assert calls[0][1]["encoding"] != "cp850"


def test_undecodable_output_is_replaced_not_raised() -> None:
    code = "import sys; sys.stdout.buffer.write(b'caf\\xe9 \\xff\\xfe')"
    done = processes.run([sys.executable, "-c", code], timeout=30, platform="linux")
    assert done.returncode == 0 and done.stdout.startswith("caf")
