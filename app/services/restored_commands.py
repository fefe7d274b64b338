"""Holding back commands that came with a restored backup until the user confirms them.

Used where commands run: export targets (their command) and orders (dns-01 exec hooks). The
front ends list what waits (BackupService.awaiting_commands) and confirm it.
"""

from __future__ import annotations

from app.challenge_options import Dns01Exec
from app.domain import ValidationPlan
from app.errors import UserFacingError
from app.storage.command_confirmations import CommandConfirmations, CommandKind
from app.storage.store import Store


class CommandNotConfirmed(UserFacingError):
    """A command restored from a backup has not been confirmed by the user yet."""


_HINT = ("It came with a restored backup. Check it, then allow it in the app (File ▸ Restore… "
         "lists it) or with 'certdesk-cli restored-commands confirm {key}'.")


def check_target_command(store: Store, target_id: str, command: str) -> None:
    if CommandConfirmations(store.db).is_awaiting(CommandKind.TARGET, command, target_id):
        raise CommandNotConfirmed(
            f"The export target's command was not run: {_shown(command)}",
            _HINT.format(key=f"{CommandKind.TARGET.value}:{target_id}"))


def check_plan_hooks(store: Store, plan: ValidationPlan, owner_id: str) -> None:
    """Raise before any challenge is answered if the plan's exec hook awaits confirmation."""
    confirmations = CommandConfirmations(store.db)
    for config in (plan.default, *plan.per_name.values()):
        if not isinstance(config.options, Dns01Exec):
            continue
        command = config.options.command
        if confirmations.is_awaiting(CommandKind.DNS_EXEC, command):
            raise CommandNotConfirmed(
                f"The DNS hook command was not run: {_shown(command)}",
                _HINT.format(key=f"{CommandKind.DNS_EXEC.value}:{owner_id}"))


def _shown(command: str) -> str:
    flat = " ".join(command.split())
    return flat if len(flat) <= 120 else flat[:119] + "…"
