"""What every dns-01 style solver shares: the expected records, propagation, manual prompts."""

from __future__ import annotations

from collections.abc import Sequence

from app.challenge_options import DnsOptions
from app.errors import Cancelled, ValidationFailed
from app.validation.base import ChallengeTask, ManualAction, NeedsUserAction, SolverContext
from app.validation.propagation import (
    PRESENT,
    PropagationChecker,
    TxtExpectation,
    checker_for,
    wait_for_txt,
)

DEFAULT_PROPAGATION_TIMEOUT = 600.0


def dns01_expectations(tasks: Sequence[ChallengeTask]) -> list[TxtExpectation]:
    """One expectation per record name; a wildcard and its apex share a name, two values."""
    wanted: dict[str, set[str]] = {}
    for task in tasks:
        wanted.setdefault(task.dns_record_name, set()).add(task.dns_value)
    return [TxtExpectation(name, frozenset(values)) for name, values in wanted.items()]


def propagation_timeout(options: DnsOptions) -> float:
    return float(options.propagation_timeout or DEFAULT_PROPAGATION_TIMEOUT)


def make_checker(options: DnsOptions, ctx: SolverContext) -> PropagationChecker:
    return checker_for(ctx, list(options.resolvers) or None)


def wait_ready(expectations: Sequence[TxtExpectation], options: DnsOptions,
               ctx: SolverContext, checker: PropagationChecker, order_id: str) -> None:
    wait_for_txt(expectations, resolvers=list(options.resolvers) or None, ctx=ctx,
                 timeout=propagation_timeout(options), checker=checker, order_id=order_id)


def seen_anywhere(checker: PropagationChecker, expectations: Sequence[TxtExpectation]) -> bool:
    """True when every expected record is already present on at least one server."""
    statuses = checker.check_once(expectations)
    for exp in expectations:
        if not any(s.name == exp.name and s.state == PRESENT for s in statuses):
            return False
    return True


def ask_user(action: ManualAction, ctx: SolverContext) -> None:
    """Show `action` and wait for the user; without anyone to ask, park the order."""
    if ctx.interaction is None:
        raise NeedsUserAction(action)
    if not ctx.interaction.confirm(action, ctx.cancel):
        ctx.cancel.check()
        raise Cancelled("The user declined the manual validation step")


def record_lines(records: Sequence[dict[str, str]]) -> str:
    return "\n".join(f"  {r['name']}  {r.get('ttl', '60')}  IN  {r['type']}  \"{r['value']}\""
                     for r in records)


def not_dns(task: ChallengeTask, method: str) -> ValidationFailed:
    return ValidationFailed(f"{method} cannot validate the IP address {task.identifier}.",
                            "Use http-01 or tls-alpn-01 for IP addresses.")
