"""Starting helper programs (icacls, schtasks, hooks, target commands) the same way everywhere.

On Windows a console program started from the windowed app opens a console window of its own
unless it is created with CREATE_NO_WINDOW, so every call passes that flag there. Console tools
such as schtasks and icacls write the OEM code page (cp850, cp866, ...), not the ANSI one Python
reads pipes with, so their output is decoded with the OEM code page when asked. Whatever the
encoding, undecodable bytes are replaced instead of raising.

The platform is a parameter so tests can run the Windows paths with a fake runner.
"""

from __future__ import annotations

import locale
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

# The value of subprocess.CREATE_NO_WINDOW, which only exists in Windows builds of Python.
CREATE_NO_WINDOW = 0x08000000

Runner = Callable[..., "subprocess.CompletedProcess[str]"]


def _oem_code_page() -> int:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        return int(ctypes.windll.kernel32.GetOEMCP())
    return 0


def creation_flags(platform: str | None = None) -> int:
    """The flags that keep a child without a console window (0 where that means nothing)."""
    return CREATE_NO_WINDOW if (platform or sys.platform) == "win32" else 0


def output_encoding(*, console_tool: bool = False, platform: str | None = None,
                    oem_code_page: Callable[[], int] | None = None) -> str:
    """How to decode a child's output: the OEM code page for Windows console programs."""
    if console_tool and (platform or sys.platform) == "win32":
        page = (oem_code_page or _oem_code_page)()
        if page:
            return f"cp{page}"
    return locale.getpreferredencoding(False)


def run(argv: Sequence[str] | str, *, timeout: float, console_tool: bool = False,
        shell: bool = False, cwd: str | Path | None = None,
        env: Mapping[str, str] | None = None, platform: str | None = None,
        runner: Runner | None = None,
        oem_code_page: Callable[[], int] | None = None) -> subprocess.CompletedProcess[str]:
    """subprocess.run with captured text output, no console window and a safe decoding.

    `console_tool`: the child writes like a Windows console program (schtasks, icacls, cmd.exe,
    batch files, PowerShell), in the OEM code page.

    Raises what subprocess.run raises (OSError, TimeoutExpired); a non-zero exit is returned.
    """
    kwargs: dict[str, Any] = {
        "capture_output": True, "text": True, "timeout": timeout, "check": False,
        "encoding": output_encoding(console_tool=console_tool, platform=platform,
                                    oem_code_page=oem_code_page),
        "errors": "replace",
    }
    flags = creation_flags(platform)
    if flags:
        kwargs["creationflags"] = flags
    if shell:
        kwargs["shell"] = True
    if cwd is not None:
        kwargs["cwd"] = cwd
    if env is not None:
        kwargs["env"] = dict(env)
    command: Sequence[str] | str = argv if isinstance(argv, str) else list(argv)
    return (runner or subprocess.run)(command, **kwargs)
