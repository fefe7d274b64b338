"""One DNS question to one server: UDP first, TCP when the answer is truncated, short timeouts.

Authoritative servers are asked with recursion off (RD=0), as a CA's resolver would see them
after following delegations; configured resolvers are asked with recursion on.
"""

from __future__ import annotations

from dataclasses import dataclass

import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.query
import dns.rcode
import dns.rdatatype
import dns.rrset

DEFAULT_TIMEOUT = 2.0


@dataclass(frozen=True)
class Server:
    """Where a query goes: an address and a port (53 for real nameservers)."""

    host: str
    port: int = 53

    def __str__(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"


def parse_server(text: str, default_port: int = 53) -> Server:
    """HOST, HOST:PORT, [V6] or [V6]:PORT; a bare IPv6 address keeps the default port."""
    text = text.strip()
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        return Server(host, int(rest[1:]) if rest.startswith(":") else default_port)
    if text.count(":") == 1:
        host, port = text.split(":")
        return Server(host, int(port))
    return Server(text, default_port)


class QueryError(Exception):
    """The server could not be asked or did not answer usefully (timeout, refused, SERVFAIL)."""


def ask(name: str, rdtype: dns.rdatatype.RdataType | str, server: Server, *,
        recursion: bool, timeout: float = DEFAULT_TIMEOUT) -> dns.message.Message:
    """Ask `server` one question; raises QueryError for network errors, SERVFAIL and REFUSED."""
    query = dns.message.make_query(name, rdtype)
    if not recursion:
        query.flags &= ~dns.flags.RD
    try:
        response = dns.query.udp(query, server.host, port=server.port, timeout=timeout,
                                 ignore_unexpected=True)
        if response.flags & dns.flags.TC:
            response = dns.query.tcp(query, server.host, port=server.port, timeout=timeout)
    except dns.exception.Timeout as exc:
        raise QueryError(f"no answer within {timeout:g} s") from exc
    except (dns.exception.DNSException, OSError) as exc:
        raise QueryError(str(exc) or type(exc).__name__) from exc
    rcode = response.rcode()
    if rcode not in (dns.rcode.NOERROR, dns.rcode.NXDOMAIN):
        raise QueryError(dns.rcode.to_text(rcode))
    return response


def find_rrset(response: dns.message.Message, name: str,
               rdtype: dns.rdatatype.RdataType) -> dns.rrset.RRset | None:
    wanted = dns.name.from_text(name)
    for rrset in response.answer:
        if rrset.name == wanted and rrset.rdtype == rdtype:
            return rrset
    return None


def txt_strings(rrset: dns.rrset.RRset | None) -> set[str]:
    """TXT record values, their character-strings joined as a CA joins them."""
    if rrset is None:
        return set()
    return {b"".join(rdata.strings).decode("utf-8", "replace") for rdata in rrset}
