"""Waiting until DNS TXT records are visible where the CA will look.

By default every address of every authoritative nameserver of the record's zone is asked
directly (after following CNAMEs), and the records count as ready only when every server that
answers has them. Explicit resolvers (split-horizon, private DNS) replace that discovery.
`check_once` returns one ServerStatus per server, so a front end can show a live table;
`wait_for_txt` polls it with backoff until ready, cancelled or out of time. Never a fixed sleep.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import dns.rdatatype

from app.errors import ValidationFailed
from app.progress import ProgressEvent
from app.validation.base import ManualAction, SolverContext
from app.validation.dns.discovery import Discovery, DiscoveryError, RecordLocation
from app.validation.dns.query import QueryError, Server, ask, find_rrset, txt_strings
from app.validation.dns.query import parse_server as _parse_server

log = logging.getLogger(__name__)

PRESENT, MISSING, OTHER, UNREACHABLE = "present", "missing", "other value", "unreachable"



@dataclass(frozen=True)
class TxtExpectation:
    """A TXT name and the values it must carry (all of them), or a `matcher` any value meets."""

    name: str  # FQDN with trailing dot, as the CA asks (before CNAMEs)
    values: frozenset[str]
    matcher: Callable[[str], bool] | None = field(default=None, compare=False)

    def state(self, seen: set[str]) -> str:
        matcher = self.matcher
        if (any(matcher(v) for v in seen) if matcher is not None else self.values <= seen):
            return PRESENT
        return OTHER if seen else MISSING


@dataclass(frozen=True)
class ServerStatus:
    """What one server said about one expected record in one round."""

    name: str  # the name the CA asks for
    record: str  # where the TXT record lives (after CNAMEs)
    nameserver: str  # the NS host name, or "resolver" for explicit resolvers
    server: str  # HOST:PORT asked
    state: str  # present | missing | other value | unreachable
    seen: tuple[str, ...] = ()
    detail: str = ""

    @property
    def reachable(self) -> bool:
        return self.state != UNREACHABLE

    def describe(self) -> str:
        where = f"{self.nameserver} ({self.server})" if self.nameserver else self.server
        text = f"{self.record} at {where}: {self.state}"
        if self.state == OTHER and self.seen:
            text += " (" + ", ".join(repr(v) for v in self.seen[:4]) + ")"
        if self.detail:
            text += f" ({self.detail})"
        return text


def parse_server(text: str, default_port: int = 53) -> tuple[str, int]:
    server = _parse_server(text, default_port)
    return server.host, server.port


def query_txt(name: str, server: tuple[str, int], timeout: float = 2.0) -> set[str]:
    """TXT values for `name` at a (recursive) server, following CNAMEs in the answer."""
    response = ask(name, dns.rdatatype.TXT, Server(*server), recursion=True, timeout=timeout)
    values: set[str] = set()
    for rrset in response.answer:
        if rrset.rdtype == dns.rdatatype.TXT:
            values |= txt_strings(rrset)
    return values


class PropagationChecker:
    """Asks the servers a CA would ask. Discovery results are cached per checker."""

    def __init__(self, *, discovery: Discovery | None = None,
                 resolvers: Sequence[str] | None = None, timeout: float | None = None) -> None:
        self.resolvers = [_parse_server(r) for r in resolvers or ()]
        self.discovery = discovery or Discovery(timeout=timeout or 2.0)
        self.timeout = timeout or self.discovery.timeout
        self._locations: dict[str, RecordLocation] = {}

    def locate(self, name: str) -> RecordLocation:
        """Where the record for `name` lives (CNAMEs followed) and its authoritative servers."""
        if name in self._locations:
            return self._locations[name]
        location = self.discovery.locate(name)
        if location.complete:
            self._locations[name] = location
        return location

    def check_once(self, expectations: Sequence[TxtExpectation]) -> list[ServerStatus]:
        statuses: list[ServerStatus] = []
        for exp in expectations:
            if self.resolvers:
                statuses.extend(self._check_resolvers(exp))
            else:
                statuses.extend(self._check_authoritative(exp))
        return statuses

    def _check_resolvers(self, exp: TxtExpectation) -> list[ServerStatus]:
        result = []
        for server in self.resolvers:
            try:
                seen = query_txt(exp.name, (server.host, server.port), self.timeout)
            except QueryError as exc:
                result.append(ServerStatus(exp.name, exp.name, "resolver", str(server),
                                           UNREACHABLE, detail=str(exc)))
                continue
            result.append(ServerStatus(exp.name, exp.name, "resolver", str(server),
                                       exp.state(seen), tuple(sorted(seen))))
        return result

    def _check_authoritative(self, exp: TxtExpectation) -> list[ServerStatus]:
        try:
            location = self.locate(exp.name)
        except DiscoveryError as exc:
            return [ServerStatus(exp.name, exp.name, "", "(discovery)", UNREACHABLE,
                                 detail=str(exc))]
        result = []
        for ns in location.nameservers:
            if not ns.servers:
                result.append(ServerStatus(exp.name, location.record, ns.name, "(no address)",
                                           UNREACHABLE, detail="the nameserver has no address"))
            for server in ns.servers:
                result.append(self._ask_one(exp, location.record, ns.name, server))
        return result

    def _ask_one(self, exp: TxtExpectation, record: str, ns_name: str,
                 server: Server) -> ServerStatus:
        try:
            response = ask(record, dns.rdatatype.TXT, server, recursion=False,
                           timeout=self.timeout)
        except QueryError as exc:
            return ServerStatus(exp.name, record, ns_name, str(server), UNREACHABLE,
                                detail=str(exc))
        cname = find_rrset(response, record, dns.rdatatype.CNAME)
        if cname is not None:
            # The delegation changed since discovery: rediscover next round.
            self._locations.pop(exp.name, None)
            return ServerStatus(exp.name, record, ns_name, str(server), OTHER,
                                detail=f"now a CNAME to {cname[0].target}")
        seen = txt_strings(find_rrset(response, record, dns.rdatatype.TXT))
        return ServerStatus(exp.name, record, ns_name, str(server), exp.state(seen),
                            tuple(sorted(seen)))


def is_ready(statuses: Sequence[ServerStatus]) -> bool:
    """Every expected record has at least one reachable server, and all reachable have it."""
    by_name: dict[str, list[ServerStatus]] = {}
    for status in statuses:
        by_name.setdefault(status.name, []).append(status)
    if not by_name:
        return False
    for group in by_name.values():
        reachable = [s for s in group if s.reachable]
        if not reachable or any(s.state != PRESENT for s in reachable):
            return False
    return True


def summarize(statuses: Sequence[ServerStatus]) -> str:
    return "; ".join(s.describe() for s in statuses if s.state != PRESENT) or "all present"


def checker_for(ctx: SolverContext, resolvers: Sequence[str] | None) -> PropagationChecker:
    return PropagationChecker(discovery=ctx.resources.discovery, resolvers=resolvers)


def wait_for_txt(expectations: Sequence[TxtExpectation], *, resolvers: Sequence[str] | None,
                 ctx: SolverContext, timeout: float = 600.0,
                 checker: PropagationChecker | None = None, order_id: str = "") -> None:
    """Poll until ready; on timeout ask the user whether to go anyway, else ValidationFailed."""
    checker = checker or checker_for(ctx, resolvers)
    listener = ctx.resources.status_listener
    deadline = ctx.clock.monotonic() + timeout
    delay = 0.25
    while True:
        ctx.cancel.check()
        statuses = checker.check_once(expectations)
        if listener is not None:
            _notify(listener, statuses)
        if is_ready(statuses):
            ctx.progress(ProgressEvent("dns-propagation", "DNS records are visible on every "
                                       "authoritative server", "done"))
            return
        summary = summarize(statuses)
        ctx.progress(ProgressEvent("dns-propagation", "Waiting for DNS records", "waiting",
                                   summary))
        if ctx.clock.monotonic() >= deadline:
            if _go_anyway(ctx, summary, order_id):
                log.warning("continuing without full propagation: %s", summary)
                return
            raise ValidationFailed(
                f"The DNS TXT records were not visible everywhere after {timeout:g} seconds: "
                f"{summary}.",
                "Check that the records were created in the right zone and that every "
                "nameserver of the zone serves them, then resume the order.",
                detail=summary)
        ctx.cancel.sleep(delay)
        delay = min(delay * 1.6, 10.0)


def _notify(listener: Callable[[list[ServerStatus]], None], statuses: list[ServerStatus]) -> None:
    try:
        listener(statuses)
    except Exception:
        log.exception("DNS status listener failed")


def _go_anyway(ctx: SolverContext, summary: str, order_id: str) -> bool:
    if ctx.interaction is None:
        return False
    action = ManualAction(
        order_id=order_id, kind="dns-propagation",
        title="DNS records are not visible everywhere yet",
        instructions="Not every authoritative nameserver serves the records yet: "
                     f"{summary}. Answering the challenge now may fail and count against the "
                     "CA's limit of failed validations. Continue anyway?")
    return bool(ctx.interaction.confirm(action, ctx.cancel))
