"""dns-01 through an external command: `COMMAND present|cleanup FQDN VALUE` (lego's exec).

FQDN is the record name with a trailing dot. The command runs without a shell (on Windows,
batch files through cmd.exe and .ps1 scripts through PowerShell: app.os_integration.command_line)
and without a console window; a non-zero exit is a clear error with its stderr.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from app.challenge_options import Dns01Exec
from app.errors import ValidationFailed
from app.os_integration import command_line, processes
from app.progress import ProgressEvent
from app.validation.base import ChallengeTask, Solver, SolverContext
from app.validation.dns_common import dns01_expectations, make_checker, wait_ready

log = logging.getLogger(__name__)


def _start_hint(platform: str) -> str:
    if command_line.is_windows(platform):
        return ("Give a program (.exe), a batch file (.cmd, .bat) or a PowerShell script "
                "(.ps1), or put the interpreter first, e.g. 'python C:\\hooks\\dns.py'.")
    return ("Make it executable (chmod +x) and start scripts with a '#!' line, or give the "
            "interpreter, e.g. 'sh hook.sh'.")


def _not_found_hint(platform: str) -> str:
    if command_line.is_windows(platform):
        return ("Give the full path, e.g. C:\\hooks\\dns.cmd (quote it if it has spaces); "
                "a name without a folder is searched in PATH with the PATHEXT extensions.")
    return "Check the path given with --dns-exec."


def run_hook(command: str, action: str, fqdn: str, value: str, *, timeout: float = 120.0,
             platform: str | None = None, env: Mapping[str, str] | None = None,
             runner: processes.Runner | None = None) -> None:
    """Run `command action fqdn value`; a failure is ValidationFailed with a platform hint."""
    platform = platform or sys.platform
    try:
        argv = command_line.build(command, [action, fqdn, value], platform=platform, env=env)
    except command_line.ProgramNotFound as exc:
        raise ValidationFailed(f"The DNS hook command '{exc.name}' was not found.",
                               _not_found_hint(platform)) from exc
    except ValueError as exc:  # an unclosed quote, or nothing at all
        if not command.strip():
            raise ValidationFailed("The DNS hook command is empty.",
                                   "Give the hook's path with --dns-exec.") from exc
        raise ValidationFailed(f"The DNS hook command {command!r} could not be read: {exc}.",
                               "Check the quoting of the command given with --dns-exec.") \
            from exc
    program = argv if isinstance(argv, str) else argv[0]
    try:
        # .cmd/.ps1 hooks write like console programs (the OEM code page on Windows)
        proc = processes.run(argv, timeout=timeout, console_tool=True, platform=platform,
                             runner=runner)
    except FileNotFoundError as exc:
        raise ValidationFailed(f"The DNS hook command '{program}' was not found.",
                               _not_found_hint(platform)) from exc
    except OSError as exc:  # not executable, a folder, a script without '#!'
        raise ValidationFailed(f"The DNS hook command '{program}' could not be started: "
                               f"{exc.strerror or exc}.", _start_hint(platform)) from exc
    except subprocess.TimeoutExpired as exc:
        raise ValidationFailed(f"The DNS hook '{command} {action}' did not finish in "
                               f"{timeout:.0f} seconds.", "Check the hook script.") from exc
    if proc.returncode != 0:
        raise ValidationFailed(
            f"The DNS hook '{command} {action} {fqdn}' failed with exit code "
            f"{proc.returncode}: {(proc.stderr or proc.stdout).strip()[:500]}",
            "Fix the hook script or its credentials, then resume the order.")
    log.info("dns hook %s %s ok", action, fqdn)


class ExecDnsSolver(Solver):
    challenge_type = "dns-01"
    leftover_kind = "dns-exec"

    def __init__(self, options: Dns01Exec, ctx: SolverContext) -> None:
        super().__init__(ctx)
        self.options = options
        self.command = options.command  # never empty: Dns01Exec refuses that
        self._leftovers: list[str] = []

    def present(self, tasks: Sequence[ChallengeTask]) -> None:
        for task in tasks:
            data = {"command": self.command, "fqdn": task.dns_record_name,
                    "value": task.dns_value}
            self._leftovers.append(self.ctx.leftovers.record(task.order_id, self.leftover_kind,
                                                             data))
            self.ctx.progress(ProgressEvent("dns-present", f"Creating {task.dns_record_name}"))
            run_hook(self.command, "present", task.dns_record_name, task.dns_value)

    def wait_until_ready(self, tasks: Sequence[ChallengeTask]) -> None:
        wait_ready(dns01_expectations(tasks), self.options, self.ctx,
                   make_checker(self.options, self.ctx),
                   tasks[0].order_id if tasks else "")

    def cleanup(self, tasks: Sequence[ChallengeTask]) -> None:
        for task in tasks:
            try:
                run_hook(self.command, "cleanup", task.dns_record_name, task.dns_value)
            except ValidationFailed as exc:
                log.warning("cleanup failed: %s", exc)
        for leftover in self._leftovers:
            self.ctx.leftovers.clear(leftover)
        self._leftovers.clear()

    @classmethod
    def cleanup_leftover(cls, data: dict[str, Any], ctx: SolverContext) -> None:
        run_hook(str(data["command"]), "cleanup", str(data["fqdn"]), str(data["value"]))
