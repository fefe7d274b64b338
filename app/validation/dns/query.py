"""One DNS question to one server: UDP first, TCP when the answer is truncated, short timeouts.

Authoritative servers are asked with recursion off (RD=0), as a CA's resolver would see them
after following delegations; configured resolvers are asked with recursion on.
"""

from __future__ import annotations

import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.query
import dns.rcode
import dns.rdatatype
import dns.rrset

from app.validation.dns.servers import Server as Server  # re-exported
from app.validation.dns.servers import parse_server as parse_server  # re-exported

DEFAULT_TIMEOUT = 2.0


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
