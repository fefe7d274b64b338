"""dns-01 by hand: show the records, wait for the user, check propagation, continue.

Without an interaction (CLI in a script, renewal in the background) the order is parked as
"awaiting-user" through NeedsUserAction; when it is resumed and the records are already
visible on some authoritative server, the solver goes straight to the propagation check.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from app.challenge_options import Dns01Manual
from app.progress import ProgressEvent
from app.validation.base import ChallengeTask, ManualAction, Solver, SolverContext
from app.validation.dns.discovery import DiscoveryError
from app.validation.dns_common import (
    ask_user,
    dns01_expectations,
    make_checker,
    not_dns,
    record_lines,
    seen_anywhere,
    wait_ready,
)

log = logging.getLogger(__name__)


class ManualDnsSolver(Solver):
    challenge_type = "dns-01"

    def __init__(self, options: Dns01Manual, ctx: SolverContext) -> None:
        super().__init__(ctx)
        self.options = options
        self.checker = make_checker(options, ctx)

    def records(self, tasks: Sequence[ChallengeTask]) -> tuple[dict[str, str], ...]:
        """The TXT records to create, at the CNAME target when the name is delegated."""
        result = []
        for task in tasks:
            if task.identifier_type != "dns":
                raise not_dns(task, "dns-01")
            name = task.dns_record_name
            try:
                name = self.checker.locate(task.dns_record_name).record
            except DiscoveryError as exc:
                log.info("no discovery for %s: %s", name, exc)
            result.append({"name": name, "type": "TXT", "value": task.dns_value, "ttl": "60"})
        return tuple(result)

    def present(self, tasks: Sequence[ChallengeTask]) -> None:
        expectations = dns01_expectations(tasks)
        if seen_anywhere(self.checker, expectations):
            self.ctx.progress(ProgressEvent("dns-manual", "The TXT records are already in place"))
            return
        records = self.records(tasks)
        action = ManualAction(
            order_id=tasks[0].order_id if tasks else "", kind="dns-record",
            title="Create these DNS TXT records",
            instructions="Create the following TXT record(s) in your DNS, keeping any other "
                         "values at the same name, then continue:\n" + record_lines(records)
                         + "\nA wildcard and its base name share one name with two values.",
            records=records)
        self.ctx.progress(ProgressEvent("dns-manual", action.title, "waiting",
                                        record_lines(records)))
        ask_user(action, self.ctx)

    def wait_until_ready(self, tasks: Sequence[ChallengeTask]) -> None:
        wait_ready(dns01_expectations(tasks), self.options, self.ctx, self.checker,
                   tasks[0].order_id if tasks else "")

    def validated(self, tasks: Sequence[ChallengeTask]) -> None:
        # Only now: before the CA has validated every name, the records are still needed.
        if tasks:
            self.ctx.progress(ProgressEvent(
                "dns-manual", "You can delete the _acme-challenge TXT records now", "done",
                ", ".join(sorted({t.dns_record_name for t in tasks}))))

    def cleanup(self, tasks: Sequence[ChallengeTask]) -> None:
        """The records are the user's to remove; nothing of ours to undo."""
