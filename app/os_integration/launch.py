"""How the operating system starts certdesk: from a source tree or wheel through this Python,
from an installed (frozen) build through the installed executables.

A frozen build has no `python -m`: `certdesk -m app.cli.main ...` exits with a usage error, so
renewals and start at login would silently never run. When frozen, both point at the windowed
`certdesk` executable beside the running one:

- start at login: `certdesk --tray`;
- scheduled renewal: `certdesk --headless-cli --home HOME renew --due`, the CLI run by the app
  executable without Qt. On Windows that executable is windowless, so the task flashes no
  console. On macOS the Keychain grants access to the master key per signed executable: the
  job must be the same binary as the GUI that created the key, or it stalls on a Keychain
  prompt nobody sees.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.resources import is_frozen

#: First argument that turns the app executable into the command-line tool (no Qt loaded).
HEADLESS_CLI_FLAG = "--headless-cli"


def app_executable(platform: str | None = None, running: Path | None = None) -> Path:
    """The installed windowed `certdesk` executable, beside the one running now."""
    platform = platform or sys.platform
    running = running or Path(sys.executable)
    return running.with_name("certdesk.exe" if platform == "win32" else "certdesk")


def frozen_cli_argv(*args: str, platform: str | None = None,
                    running: Path | None = None) -> tuple[str, ...]:
    return (str(app_executable(platform, running)), HEADLESS_CLI_FLAG, *args)


def frozen_gui_argv(*args: str, platform: str | None = None,
                    running: Path | None = None) -> tuple[str, ...]:
    return (str(app_executable(platform, running)), *args)


__all__ = ["HEADLESS_CLI_FLAG", "app_executable", "frozen_cli_argv", "frozen_gui_argv",
           "is_frozen"]
