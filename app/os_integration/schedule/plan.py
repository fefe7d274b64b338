"""What an installer would do: files to write or remove and commands to run, in order."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserFacingError
from app.os_integration import processes
from app.os_integration.launch import frozen_cli_argv, is_frozen
from app.storage.atomic import atomic_write


class SchedulerError(UserFacingError):
    """The operating system's scheduler refused or is not available."""


@dataclass(frozen=True)
class PlannedFile:
    path: Path
    content: bytes

    @property
    def text(self) -> str:
        if self.content.startswith(b"\xff\xfe"):
            return self.content.decode("utf-16")
        return self.content.decode("utf-8")


@dataclass(frozen=True)
class Plan:
    summary: str
    writes: tuple[PlannedFile, ...] = ()
    removes: tuple[Path, ...] = ()
    commands: tuple[tuple[str, ...], ...] = ()
    # Commands whose failure is expected and harmless (e.g. "unload before load").
    tolerant: frozenset[int] = frozenset()

    def render(self) -> str:
        lines = [self.summary]
        for f in self.writes:
            lines += [f"--- write {f.path}", f.text.rstrip("\n")]
        lines += [f"--- remove {p}" for p in self.removes]
        lines += ["--- run " + " ".join(_shell_quote(a) for a in cmd) for cmd in self.commands]
        return "\n".join(lines)


@dataclass(frozen=True)
class CommandOutcome:
    returncode: int
    stdout: str = ""
    stderr: str = ""


Runner = Callable[[Sequence[str]], CommandOutcome]


def run_command(argv: Sequence[str], *, platform: str | None = None,
                runner: processes.Runner | None = None) -> CommandOutcome:
    """The real runner: no console window, schtasks' OEM output decoded (see processes)."""
    try:
        done = processes.run(argv, timeout=60, console_tool=True, platform=platform,
                             runner=runner)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return CommandOutcome(127, "", str(exc))
    return CommandOutcome(done.returncode, done.stdout, done.stderr)


def apply(plan: Plan, runner: Runner) -> list[CommandOutcome]:
    for f in plan.writes:
        try:
            atomic_write(f.path, f.content)
        except OSError as exc:
            raise SchedulerError(f"Could not write {f.path}: {exc.strerror or exc}.",
                                 "Check that you may write to that folder (and that every "
                                 "part of the path is a folder).", detail=str(exc)) from exc
    outcomes = []
    for index, cmd in enumerate(plan.commands):
        outcome = runner(cmd)
        outcomes.append(outcome)
        if outcome.returncode != 0 and index not in plan.tolerant:
            raise SchedulerError(
                f"'{' '.join(cmd)}' failed: {(outcome.stderr or outcome.stdout).strip()}",
                "Check the message; use --dry-run to see everything that would be done.")
    for path in plan.removes:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise SchedulerError(f"Could not remove {path}: {exc.strerror or exc}.",
                                 "Remove the file by hand.", detail=str(exc)) from exc
    return outcomes


def cli_argv(home: Path, *args: str, windowless: bool = False) -> tuple[str, ...]:
    """How the OS scheduler starts certdesk-cli: this Python, this certdesk, this home (when
    frozen: the installed app executable in its headless CLI mode, see launch.py)."""
    if is_frozen():
        return frozen_cli_argv("--home", str(home), *args)
    python = Path(sys.executable)
    if windowless and python.name.lower() == "python.exe":
        candidate = python.with_name("pythonw.exe")
        if candidate.exists():
            python = candidate
    return (str(python), "-m", "app.cli.main", "--home", str(home), *args)


def _shell_quote(arg: str) -> str:
    if arg and all(c.isalnum() or c in "-_./:=@%+,\\" for c in arg):
        return arg
    return "'" + arg.replace("'", "'\"'\"'") + "'"


def current_uid() -> int:
    getuid = getattr(os, "getuid", None)
    return int(getuid()) if getuid else 0
