"""Waiting until DNS TXT records are visible where the CA will look.

Initial version: checks explicitly given resolvers only. The validation issue replaces the
body with zone-cut discovery and per-authoritative-server status, keeping this interface.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import dns.exception
import dns.flags
import dns.message
import dns.query
import dns.rdatatype

from app.errors import ValidationFailed
from app.progress import ProgressEvent
from app.validation.base import SolverContext

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TxtExpectation:
    name: str  # FQDN with trailing dot
    values: frozenset[str]


def parse_server(text: str, default_port: int = 53) -> tuple[str, int]:
    text = text.strip()
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        return host, int(rest[1:]) if rest.startswith(":") else default_port
    if text.count(":") == 1:
        host, port = text.split(":")
        return host, int(port)
    return text, default_port


def query_txt(name: str, server: tuple[str, int], timeout: float = 2.0) -> set[str]:
    query = dns.message.make_query(name, dns.rdatatype.TXT)
    response = dns.query.udp(query, server[0], port=server[1], timeout=timeout)
    if response.flags & dns.flags.TC:
        response = dns.query.tcp(query, server[0], port=server[1], timeout=timeout)
    values: set[str] = set()
    for rrset in response.answer:
        if rrset.rdtype == dns.rdatatype.TXT:
            for rdata in rrset:
                values.add(b"".join(rdata.strings).decode("ascii", "replace"))
    return values


def wait_for_txt(expectations: Sequence[TxtExpectation], *, resolvers: Sequence[str] | None,
                 ctx: SolverContext, timeout: float = 600.0) -> None:
    if not resolvers:
        log.warning("No resolvers given; not checking TXT propagation")
        return
    servers = [parse_server(r) for r in resolvers]
    deadline = ctx.clock.monotonic() + timeout
    delay = 0.2
    while True:
        missing: list[str] = []
        for exp in expectations:
            for server in servers:
                try:
                    seen = query_txt(exp.name, server)
                except (dns.exception.DNSException, OSError) as exc:
                    missing.append(f"{exp.name} at {server[0]}:{server[1]}: unreachable ({exc})")
                    continue
                if not exp.values <= seen:
                    missing.append(f"{exp.name} at {server[0]}:{server[1]}: "
                                   f"{'other value' if seen else 'missing'}")
        if not missing:
            ctx.progress(ProgressEvent("dns-propagation", "DNS records are visible", "done"))
            return
        ctx.progress(ProgressEvent("dns-propagation", "Waiting for DNS records",
                                   "waiting", "; ".join(missing)))
        if ctx.clock.monotonic() >= deadline:
            raise ValidationFailed(
                "The DNS TXT records did not appear in time: " + "; ".join(missing) + ".",
                "Check that the records were created in the right zone, then resume the order.")
        ctx.cancel.sleep(delay)
        delay = min(delay * 1.5, 10.0)
