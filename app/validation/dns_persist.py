"""dns-persist-01 (draft-ietf-acme-dns-persist): one persistent TXT record, renewals forever.

The admin publishes, once, at `_validation-persist.NAME`:

    "ca.example; accounturi=https://ca.example/acct/123[; policy=wildcard][; persistUntil=T]"

an issue-value (RFC 8659 syntax) naming one of the CA's issuer domain names (the challenge's
`issuer-domain-names`) and the ACME account URI; `policy=wildcard` also covers wildcards and
subdomains, `persistUntil` (UNIX seconds) ends it. Every later issuance or renewal for that
name validates against the record with no DNS change. It keeps working through an account key
rollover (the account URI stays) but not for a new account, another CA, or after persistUntil.

The solver never writes the record: it checks it with the propagation checker, tells the user
the exact record to create when it is missing or does not match, and remembers it per name.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from app.challenge_options import DnsPersist01
from app.errors import ValidationFailed
from app.progress import ProgressEvent
from app.storage.dns_persist import PersistMemory as PersistMemory  # re-exported
from app.validation.base import ChallengeTask, ManualAction, Solver, SolverContext
from app.validation.dns_common import (
    ask_user,
    make_checker,
    record_lines,
    seen_anywhere,
    wait_ready,
)
from app.validation.persist_records import STOPS_WORKING
from app.validation.persist_records import persist_record_name as persist_record_name
from app.validation.persist_records import persist_record_value as persist_record_value
from app.validation.propagation import TxtExpectation

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class PersistRecord:
    issuer_domain: str
    params: dict[str, str]

    @property
    def account_uri(self) -> str:
        return self.params.get("accounturi", "")

    @property
    def wildcard(self) -> bool:
        return self.params.get("policy", "").lower() == "wildcard"

    @property
    def persist_until(self) -> dt.datetime | None:
        raw = self.params.get("persistuntil")
        return dt.datetime.fromtimestamp(int(raw), dt.UTC) if raw and raw.isdigit() else None


def parse_persist_value(text: str) -> PersistRecord:
    """Parse an issue-value; parameter names are compared case-insensitively."""
    head, *rest = text.split(";")
    params: dict[str, str] = {}
    for part in rest:
        key, sep, value = part.strip().partition("=")
        if sep and key.strip():
            params[key.strip().lower()] = value.strip()
    return PersistRecord(head.strip().rstrip(".").lower(), params)


def why_not(text: str, issuers: Sequence[str], account_uri: str, wildcard: bool,
            now: dt.datetime) -> str | None:
    """None when `text` authorizes the account for the name, else the reason it does not."""
    record = parse_persist_value(text)
    wanted = {i.rstrip(".").lower() for i in issuers}
    if record.issuer_domain not in wanted:
        return f"names the CA '{record.issuer_domain}', not {' or '.join(sorted(wanted))}"
    if record.account_uri != account_uri:
        return f"names the account {record.account_uri or '(none)'}, not {account_uri}"
    if wildcard and not record.wildcard:
        return "lacks policy=wildcard, which a wildcard certificate needs"
    if "persistuntil" in record.params and record.persist_until is None:
        return f"has a malformed persistUntil '{record.params['persistuntil']}'"
    if record.persist_until is not None and record.persist_until < now:
        return f"expired at {record.persist_until.isoformat()} (persistUntil)"
    return None


@dataclass(frozen=True)
class _Wanted:
    name: str  # identifier without "*."
    record_name: str
    issuers: tuple[str, ...]
    account_uri: str
    wildcard: bool
    value: str


class DnsPersistSolver(Solver):
    challenge_type = "dns-persist-01"

    def __init__(self, options: DnsPersist01, ctx: SolverContext) -> None:
        super().__init__(ctx)
        self.options = options
        self.checker = make_checker(options, ctx)
        self.persist_until = options.persist_until

    def _wanted(self, tasks: Sequence[ChallengeTask]) -> list[_Wanted]:
        by_name: dict[str, list[ChallengeTask]] = {}
        for task in tasks:
            if task.identifier_type != "dns":
                raise ValidationFailed(
                    f"dns-persist-01 is not offered here for the IP address {task.identifier}.",
                    "Use http-01 or tls-alpn-01 for IP addresses.")
            by_name.setdefault(task.base_domain, []).append(task)
        result = []
        for name, group in by_name.items():
            first = group[0]
            issuers = tuple(str(i) for i in (first.extra.get("issuer-domain-names") or ()))
            if self.options.issuer_domain:
                issuers = (self.options.issuer_domain,)
            account_uri = str(self.options.account_uri
                              or first.extra.get("account_uri") or "")
            if not issuers or not account_uri:
                raise ValidationFailed(
                    f"The CA's dns-persist-01 challenge for {name} lacks "
                    + ("its issuer domain names" if not issuers else "the account URI") + ".",
                    "Use another validation method with this CA.")
            wildcard = bool(self.options.wildcard) or any(
                t.identifier.startswith("*.") for t in group)
            value = persist_record_value(issuers[0], account_uri, wildcard=wildcard,
                                         persist_until=self.persist_until)
            result.append(_Wanted(name, persist_record_name(name), issuers, account_uri,
                                  wildcard, value))
        return result

    def _expectations(self, wanted: Sequence[_Wanted]) -> list[TxtExpectation]:
        now = self.ctx.clock.now()
        result = []
        for w in wanted:
            def ok(text: str, w: _Wanted = w) -> bool:
                return why_not(text, w.issuers, w.account_uri, w.wildcard, now) is None
            result.append(TxtExpectation(w.record_name, frozenset({w.value}), ok))
        return result

    def _memory(self) -> PersistMemory | None:
        return self.ctx.resources.persist_memory

    def present(self, tasks: Sequence[ChallengeTask]) -> None:
        wanted = self._wanted(tasks)
        expectations = self._expectations(wanted)
        memory = self._memory()
        now = self.ctx.clock.now()
        if seen_anywhere(self.checker, expectations):
            self.ctx.progress(ProgressEvent("dns-persist", "The persistent validation record is "
                                            "in place; no DNS change needed"))
            return
        if memory is not None:
            for w in wanted:
                memory.remember(w.name, w.issuers[0], w.account_uri, w.record_name, w.value,
                                w.wildcard, self.persist_until, now)
        records = tuple({"name": w.record_name, "type": "TXT", "value": w.value, "ttl": "3600"}
                        for w in wanted)
        action = ManualAction(
            order_id=tasks[0].order_id if tasks else "", kind="dns-persist-record",
            title="Create this persistent DNS record once",
            instructions="Create the following TXT record(s). They stay in place: every later "
                         "issuance and renewal for these names validates against them, with "
                         "no DNS change.\n" + record_lines(records) + "\n" + STOPS_WORKING
                         + self._seen_text(wanted, now),
            records=records)
        self.ctx.progress(ProgressEvent("dns-persist", action.title, "waiting",
                                        record_lines(records)))
        ask_user(action, self.ctx)

    def _seen_text(self, wanted: Sequence[_Wanted], now: dt.datetime) -> str:
        """What is there now and why it does not work, if anything is there."""
        lines = []
        exps = [TxtExpectation(w.record_name, frozenset({w.value})) for w in wanted]
        for status in self.checker.check_once(exps):
            for value in status.seen:
                w = next(x for x in wanted if x.record_name == status.name)
                reason = why_not(value, w.issuers, w.account_uri, w.wildcard, now)
                if reason:
                    lines.append(f"The record now at {status.record} {reason}.")
        return ("\n" + "\n".join(sorted(set(lines)))) if lines else ""

    def wait_until_ready(self, tasks: Sequence[ChallengeTask]) -> None:
        wanted = self._wanted(tasks)
        wait_ready(self._expectations(wanted), self.options, self.ctx, self.checker,
                   tasks[0].order_id if tasks else "")
        memory = self._memory()
        if memory is not None:
            now = self.ctx.clock.now()
            for w in wanted:
                memory.remember(w.name, w.issuers[0], w.account_uri, w.record_name, w.value,
                                w.wildcard, self.persist_until, now, confirmed=True)
                memory.validated(w.name, w.issuers[0], w.account_uri, now)

    def cleanup(self, tasks: Sequence[ChallengeTask]) -> None:
        """Nothing to remove: the record is meant to stay."""
