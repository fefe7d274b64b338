"""Where a TXT record lives and who serves it: CNAMEs, the zone cut, authoritative servers.

The starting resolver (`bootstrap`) is injectable, so discovery runs offline against a local
BIND in tests; by default it is the system's resolver. CNAMEs on the record name are followed
by asking the zone's own authoritative servers, so delegation of `_acme-challenge` to another
zone (or to an acme-dns server) is seen as the CA sees it, without stale resolver caches.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import dns.message
import dns.name
import dns.rdatatype
import dns.resolver

from app.validation.dns.query import DEFAULT_TIMEOUT, QueryError, Server, ask, find_rrset

log = logging.getLogger(__name__)

MAX_CNAMES = 8


@dataclass(frozen=True)
class NameServer:
    name: str  # FQDN with trailing dot
    servers: tuple[Server, ...]  # every address, each with the port to ask


@dataclass(frozen=True)
class RecordLocation:
    """Where the TXT record for `asked` must be created and checked."""

    asked: str  # the name the CA asks for, e.g. _acme-challenge.example.com.
    record: str  # after following CNAMEs: where the TXT record really lives
    zone: str  # the zone that contains `record`
    nameservers: tuple[NameServer, ...]
    cnames: tuple[tuple[str, str], ...] = ()  # (owner, target) steps followed
    complete: bool = True  # False when no nameserver answered the CNAME question


class DiscoveryError(Exception):
    """The zone or its nameservers could not be found."""


def system_resolvers() -> list[Server]:
    try:
        resolver = dns.resolver.Resolver()
    except dns.resolver.NoResolverConfiguration:
        return []
    return [Server(str(ns), int(resolver.port)) for ns in resolver.nameservers]


class Discovery:
    """Finds zone cuts and authoritative servers, starting from `bootstrap` resolvers.

    `port` is the port authoritative servers are asked on (53 on real networks); `overrides`
    maps a nameserver address to the server actually contacted (tests, NAT, port forwards).
    """

    def __init__(self, bootstrap: Sequence[Server] | None = None, *, port: int = 53,
                 overrides: Mapping[str, Server] | None = None,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        self.bootstrap = list(bootstrap) if bootstrap else system_resolvers()
        self.port = port
        self.overrides = dict(overrides or {})
        self.timeout = timeout

    def contact(self, address: str) -> Server:
        return self.overrides.get(address) or Server(address, self.port)

    def _ask_bootstrap(self, name: dns.name.Name | str,
                       rdtype: dns.rdatatype.RdataType) -> dns.message.Message:
        if not self.bootstrap:
            raise DiscoveryError("no DNS resolver is configured on this computer")
        errors: list[str] = []
        for server in self.bootstrap:
            try:
                return ask(str(name), rdtype, server, recursion=True, timeout=self.timeout)
            except QueryError as exc:
                errors.append(f"{server}: {exc}")
        raise DiscoveryError(f"resolver error for {name} {dns.rdatatype.to_text(rdtype)}: "
                             + "; ".join(errors))

    def find_zone(self, name: str) -> str:
        """The apex of the zone containing `name` (the zone cut), FQDN with trailing dot."""
        current = dns.name.from_text(name)
        while True:
            response = self._ask_bootstrap(current, dns.rdatatype.SOA)
            is_cname = any(r.name == current and r.rdtype == dns.rdatatype.CNAME
                           for r in response.answer)
            for rrset in response.answer:
                if rrset.rdtype == dns.rdatatype.SOA and rrset.name == current:
                    return current.to_text()
            if not is_cname:
                for rrset in response.authority:
                    if rrset.rdtype == dns.rdatatype.SOA and current.is_subdomain(rrset.name):
                        return rrset.name.to_text()
            if current == dns.name.root or len(current.labels) <= 1:
                raise DiscoveryError(f"no zone found for {name}")
            current = current.parent()

    def nameservers(self, zone: str) -> tuple[NameServer, ...]:
        response = self._ask_bootstrap(zone, dns.rdatatype.NS)
        names: list[str] = []
        for section in (response.answer, response.authority):
            for rrset in section:
                if rrset.rdtype == dns.rdatatype.NS and rrset.name == dns.name.from_text(zone):
                    names.extend(r.target.to_text() for r in rrset)
        if not names:
            raise DiscoveryError(f"the zone {zone} has no NS records")
        glue: dict[str, list[str]] = {}
        for rrset in response.additional:
            if rrset.rdtype in (dns.rdatatype.A, dns.rdatatype.AAAA):
                glue.setdefault(rrset.name.to_text(), []).extend(r.address for r in rrset)
        result: list[NameServer] = []
        for ns in sorted(set(names)):
            addresses = glue.get(ns) or self._addresses(ns)
            result.append(NameServer(ns, tuple(self.contact(a) for a in addresses)))
        return tuple(result)

    def _addresses(self, host: str) -> list[str]:
        found: list[str] = []
        for rdtype in (dns.rdatatype.A, dns.rdatatype.AAAA):
            try:
                response = self._ask_bootstrap(host, rdtype)
            except DiscoveryError as exc:
                log.debug("address lookup failed: %s", exc)
                continue
            rrset = find_rrset(response, host, rdtype)
            if rrset is not None:
                found.extend(r.address for r in rrset)
        return found

    def locate(self, name: str) -> RecordLocation:
        """Follow CNAMEs from `name` at the authoritative servers; where the record lives."""
        current = dns.name.from_text(name).to_text()
        steps: list[tuple[str, str]] = []
        for _ in range(MAX_CNAMES):
            zone = self.find_zone(current)
            nameservers = self.nameservers(zone)
            answered, target = self._cname_at(current, nameservers)
            if target is None:
                return RecordLocation(name, current, zone, nameservers, tuple(steps), answered)
            steps.append((current, target))
            current = target
        raise DiscoveryError(f"more than {MAX_CNAMES} CNAMEs from {name}")

    def _cname_at(self, name: str,
                  nameservers: Sequence[NameServer]) -> tuple[bool, str | None]:
        """(whether any server answered, the CNAME target if `name` is a CNAME)."""
        for ns in nameservers:
            for server in ns.servers:
                try:
                    response = ask(name, dns.rdatatype.CNAME, server, recursion=False,
                                   timeout=self.timeout)
                except QueryError:
                    continue
                rrset = find_rrset(response, name, dns.rdatatype.CNAME)
                return True, (rrset[0].target.to_text() if rrset is not None else None)
        return False, None
