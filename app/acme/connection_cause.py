"""The cause of a failed connection in a few plain words ("connection refused"), cause first.

requests wraps the real reason several layers deep (MaxRetryError, NewConnectionError, the
ssl error); admins need that reason in the message, not only under Details.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator

import requests

_HOSTNAME_MISMATCH = 62  # X509_V_ERR_HOSTNAME_MISMATCH
_IP_MISMATCH = 64  # X509_V_ERR_IP_ADDRESS_MISMATCH


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        e = todo.pop(0)
        if id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        for nxt in (e.__cause__, e.__context__, getattr(e, "reason", None), *e.args):
            if isinstance(nxt, BaseException):
                todo.append(nxt)


def connection_cause(exc: BaseException) -> str:
    """"connection refused", "certificate not trusted (self-signed certificate)", … or ""."""
    chain = list(_chain(exc))
    for e in chain:
        if isinstance(e, ssl.SSLCertVerificationError):
            if e.verify_code in (_HOSTNAME_MISMATCH, _IP_MISMATCH):
                return "host name does not match the server's certificate"
            reason = (e.verify_message or "").strip()
            return "certificate not trusted" + (f" ({reason})" if reason else "")
    text = " ".join(str(e) for e in chain)
    lowered = text.lower()
    if "hostname mismatch" in lowered or "doesn't match" in lowered:
        return "host name does not match the server's certificate"
    if "certificate_verify_failed" in lowered or isinstance(exc, requests.exceptions.SSLError):
        return "certificate not trusted"
    for e in chain:
        if isinstance(e, ConnectionRefusedError):
            return "connection refused"
        if isinstance(e, socket.gaierror):
            return "host name not found"
        if isinstance(e, TimeoutError | requests.exceptions.Timeout):
            return "timed out"
    if "connection refused" in lowered:
        return "connection refused"
    if "name or service not known" in lowered or "failed to resolve" in lowered \
            or "nodename nor servname" in lowered or "getaddrinfo failed" in lowered:
        return "host name not found"
    if "timed out" in lowered:
        return "timed out"
    if "connection reset" in lowered:
        return "connection reset by the server"
    return ""
