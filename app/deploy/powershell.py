"""Run a deployment preset's PowerShell script with its parameters in the environment.

The command line is fixed: powershell.exe, a few switches, `-File` and the script's path.
Every value (paths, names, the PFX password) is an environment variable the script's param()
block reads as a plain string, so quotes, `$()` or backticks in a site name or a folder are
data, never code: nothing is interpolated into a command, and `-File` does not evaluate its
arguments.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from app.deploy.presets import WindowsPreset
from app.os_integration import processes
from app.redaction import redact
from app.resources import package_dir

SCRIPT_PACKAGE = "app.deploy.windows"
EXIT_NEEDS_ELEVATION = 3  # the scripts' exit code when they need an elevated process
OUTPUT_LIMIT = 4000
COMMON_ENV = ("CERTDESK_PFX", "CERTDESK_PASSWORD", "CERTDESK_NEW_THUMBPRINT",
              "CERTDESK_OLD_THUMBPRINT", "CERTDESK_DRY_RUN", "CERTDESK_PHASE")
HIDDEN_ENV = frozenset({"CERTDESK_PASSWORD"})

Runner = Callable[..., "subprocess.CompletedProcess[str]"]


class Phase(StrEnum):
    DEPLOY = "Deploy"  # import, bind, confirm; the old certificate stays
    CLEANUP = "Cleanup"  # after the deployment was confirmed: remove the replaced certificate


def script_path(p: WindowsPreset) -> Path:
    return package_dir(SCRIPT_PACKAGE) / p.script


def script_names() -> list[str]:
    """Every script shipped (the self-test and the packaging check look for them)."""
    return sorted(f.name for f in package_dir(SCRIPT_PACKAGE).glob("*.ps1"))


def powershell_exe() -> str:
    """Windows PowerShell 5.1 by its full path (it has the WebAdministration, RDS and Exchange
    modules; a `powershell.exe` earlier on PATH is not picked up)."""
    if sys.platform == "win32":
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        return str(Path(root) / "System32" / "WindowsPowerShell" / "v1.0" / "powershell.exe")
    return "powershell.exe"


@dataclass(frozen=True)
class Invocation:
    argv: tuple[str, ...]
    env: Mapping[str, str] = field(repr=False)  # the CERTDESK_* values, password included

    def shown(self) -> str:
        """The invocation for people: the command line and the values, the password hidden."""
        lines = [" ".join(f'"{a}"' if " " in a else a for a in self.argv)]
        for key in sorted(self.env):
            value = "(hidden)" if key in HIDDEN_ENV and self.env[key] else self.env[key]
            lines.append(f"  {key}={value}")
        return "\n".join(lines)


def build(p: WindowsPreset, options: Mapping[str, str], *, pfx_path: str, password: str,
          new_thumbprint: str, old_thumbprint: str | None, phase: Phase,
          dry_run: bool) -> Invocation:
    env = {"CERTDESK_PFX": pfx_path, "CERTDESK_PASSWORD": password,
           "CERTDESK_NEW_THUMBPRINT": new_thumbprint.upper(),
           "CERTDESK_OLD_THUMBPRINT": (old_thumbprint or "").upper(),
           "CERTDESK_DRY_RUN": "1" if dry_run else "", "CERTDESK_PHASE": phase.value}
    for option in p.options:
        env[option.env] = options.get(option.key, option.default)
    argv = (powershell_exe(), "-NoLogo", "-NoProfile", "-NonInteractive",
            "-ExecutionPolicy", "Bypass", "-File", str(script_path(p)))
    return Invocation(argv, env)


@dataclass(frozen=True)
class ScriptResult:
    exit_code: int
    output: str

    @property
    def needs_elevation(self) -> bool:
        return self.exit_code == EXIT_NEEDS_ELEVATION


def run(invocation: Invocation, *, timeout: float, runner: Runner | None = None) -> ScriptResult:
    env = {**os.environ, **invocation.env}
    # No console window from the windowed app; PowerShell writes the OEM code page.
    result = processes.run(invocation.argv, timeout=timeout, env=env, console_tool=True,
                           runner=runner)
    output = ((result.stdout or "") + (result.stderr or "")).strip()
    password = invocation.env.get("CERTDESK_PASSWORD")
    if password:  # in every form a script may print it (quoted, base64, hex, ...)
        output = redact(output, [password])
    return ScriptResult(result.returncode, output[-OUTPUT_LIMIT:])
