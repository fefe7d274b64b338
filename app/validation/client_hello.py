"""The ALPN protocols a TLS client offers, read from its ClientHello before the handshake.

Python's ssl module cannot refuse a handshake by ALPN: it finishes without a protocol when
the client offers none it knows, and the certificate has been sent by then. RFC 8737 says a
tls-alpn-01 validation certificate is only for clients that negotiate "acme-tls/1", so the
responder peeks at the first TLS record (bounded: one record, at most 16 KB + 5 bytes) and
reads the offered protocols from it; the handshake then runs over memory BIOs fed with
those bytes and the rest.
"""

from __future__ import annotations

import socket

_RECORD_HEADER = 5
_MAX_RECORD = 16384 + 2048  # TLSPlaintext limit, with room for lenient clients
_HANDSHAKE = 0x16
_CLIENT_HELLO = 0x01
_ALPN_EXTENSION = 0x0010


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def take(self, count: int) -> bytes:
        if count < 0 or self.pos + count > len(self.data):
            raise ValueError("truncated ClientHello")
        chunk = self.data[self.pos:self.pos + count]
        self.pos += count
        return chunk

    def number(self, size: int) -> int:
        return int.from_bytes(self.take(size), "big")

    def vector(self, size: int) -> bytes:
        return self.take(self.number(size))

    @property
    def left(self) -> int:
        return len(self.data) - self.pos


def offered_alpn(record: bytes) -> list[bytes]:
    """The ALPN protocol names in a TLS record holding a ClientHello ([] if none offered).

    Raises ValueError when the record is not a well-formed ClientHello.
    """
    outer = _Reader(record)
    if outer.number(1) != _HANDSHAKE:
        raise ValueError("not a TLS handshake record")
    outer.take(2)  # legacy record version
    body = _Reader(outer.vector(2))
    if body.number(1) != _CLIENT_HELLO:
        raise ValueError("not a ClientHello")
    hello = _Reader(body.take(min(body.number(3), body.left)))
    hello.take(2 + 32)  # client version, random
    hello.vector(1)  # session id
    hello.vector(2)  # cipher suites
    hello.vector(1)  # compression methods
    if hello.left == 0:
        return []
    extensions = _Reader(hello.vector(2))
    while extensions.left:
        kind = extensions.number(2)
        data = extensions.vector(2)
        if kind == _ALPN_EXTENSION:
            names = _Reader(_Reader(data).vector(2))
            protocols = []
            while names.left:
                protocols.append(names.vector(1))
            return protocols
    return []


def read_client_hello(conn: socket.socket) -> bytes:
    """The client's first TLS record (its ClientHello), read whole and bounded in size.

    The bytes are consumed: the caller feeds them to the TLS layer (ssl.MemoryBIO). Each read
    waits at most the socket's timeout; ValueError for an oversized record, OSError when the
    client goes away.
    """
    header = _read_exactly(conn, _RECORD_HEADER)
    length = int.from_bytes(header[3:5], "big")
    if length > _MAX_RECORD:
        raise ValueError("oversized TLS record")
    return header + _read_exactly(conn, length)


def _read_exactly(conn: socket.socket, count: int) -> bytes:
    chunks: list[bytes] = []
    while count:
        chunk = conn.recv(count)
        if not chunk:
            raise ConnectionAbortedError("the client closed the connection")
        chunks.append(chunk)
        count -= len(chunk)
    return b"".join(chunks)
