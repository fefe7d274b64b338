"""dns-01 through an external command: `COMMAND present|cleanup FQDN VALUE` (lego's exec).

FQDN is the record name with a trailing dot. The command runs without a shell; its output is
logged (never the environment), and a non-zero exit is a clear error with its stderr.
"""

from __future__ import annotations

import logging
import shlex
import subprocess
from collections.abc import Sequence
from typing import Any

from app.errors import ValidationFailed
from app.progress import ProgressEvent
from app.validation.base import ChallengeTask, Solver, SolverContext
from app.validation.dns_common import dns01_expectations, make_checker, wait_ready

log = logging.getLogger(__name__)


def _run(command: str, action: str, fqdn: str, value: str, timeout: float = 120.0) -> None:
    try:
        words = shlex.split(command)
    except ValueError as exc:  # an unclosed quote
        raise ValidationFailed(f"The DNS hook command {command!r} could not be read: {exc}.",
                               "Check the quoting of the command given with --dns-exec.") \
            from exc
    if not words:
        raise ValidationFailed("The DNS hook command is empty.",
                               "Give the hook's path with --dns-exec.")
    argv = [*words, action, fqdn, value]
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=False)
    except FileNotFoundError as exc:
        raise ValidationFailed(f"The DNS hook command '{argv[0]}' was not found.",
                               "Check the path given with --dns-exec.") from exc
    except OSError as exc:  # not executable, a folder, a script without '#!'
        raise ValidationFailed(f"The DNS hook command '{argv[0]}' could not be started: "
                               f"{exc.strerror or exc}.",
                               "Make it executable (chmod +x) and start scripts with a '#!' "
                               "line, or give the interpreter, e.g. 'sh hook.sh'.") from exc
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

    def __init__(self, config: Any, ctx: SolverContext) -> None:
        super().__init__(config, ctx)
        self.command = str(config.options.get("command") or "")
        if not self.command:
            raise ValidationFailed("No DNS hook command was given.",
                                   "Pass --dns-exec COMMAND or choose another method.")
        self._leftovers: list[str] = []

    def present(self, tasks: Sequence[ChallengeTask]) -> None:
        for task in tasks:
            data = {"command": self.command, "fqdn": task.dns_record_name,
                    "value": task.dns_value}
            self._leftovers.append(self.ctx.leftovers.record(task.order_id, self.leftover_kind,
                                                             data))
            self.ctx.progress(ProgressEvent("dns-present", f"Creating {task.dns_record_name}"))
            _run(self.command, "present", task.dns_record_name, task.dns_value)

    def wait_until_ready(self, tasks: Sequence[ChallengeTask]) -> None:
        wait_ready(dns01_expectations(tasks), self.config.options, self.ctx,
                   make_checker(self.config.options, self.ctx),
                   tasks[0].order_id if tasks else "")

    def cleanup(self, tasks: Sequence[ChallengeTask]) -> None:
        for task in tasks:
            try:
                _run(self.command, "cleanup", task.dns_record_name, task.dns_value)
            except ValidationFailed as exc:
                log.warning("cleanup failed: %s", exc)
        for leftover in self._leftovers:
            self.ctx.leftovers.clear(leftover)
        self._leftovers.clear()

    @classmethod
    def cleanup_leftover(cls, data: dict[str, Any], ctx: SolverContext) -> None:
        _run(str(data["command"]), "cleanup", str(data["fqdn"]), str(data["value"]))
