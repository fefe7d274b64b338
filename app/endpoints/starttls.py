"""The plaintext greeting before TLS on mail ports: SMTP (25, 587) and IMAP (143) STARTTLS.

Just enough of each protocol to reach the TLS handshake, with bounded reads, so the endpoint
check can see the certificate a mail server presents after STARTTLS.
"""

from __future__ import annotations

import socket
from enum import StrEnum

from app.errors import InvalidInput

MAX_LINE = 4096
MAX_LINES = 100


class StartTls(StrEnum):
    NONE = ""
    SMTP = "smtp"
    IMAP = "imap"

    @classmethod
    def parse(cls, text: str | None) -> StartTls:
        try:
            return cls((text or "").strip().lower())
        except ValueError:
            raise InvalidInput(f"'{text}' is not a STARTTLS protocol.",
                               "Use smtp or imap (or leave it out for TLS from the start)."
                               ) from None


class StartTlsRefused(Exception):
    """The server did not agree to STARTTLS (its answer is the message)."""


class _Lines:
    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._buffer = b""

    def read(self) -> str:
        while b"\n" not in self._buffer:
            if len(self._buffer) > MAX_LINE:
                raise StartTlsRefused("the server sent an overlong line")
            chunk = self._sock.recv(1024)
            if not chunk:
                raise StartTlsRefused("the server closed the connection")
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line.decode("latin-1").rstrip("\r")

    def send(self, text: str) -> None:
        self._sock.sendall(text.encode("ascii") + b"\r\n")


def _smtp_reply(lines: _Lines) -> tuple[str, str]:
    """A (possibly multi-line) SMTP reply: (code, last line)."""
    for _ in range(MAX_LINES):
        line = lines.read()
        if len(line) < 4 or line[3] != "-":
            return line[:3], line
    raise StartTlsRefused("the server's reply did not end")


def negotiate(sock: socket.socket, protocol: StartTls) -> None:
    """Speak the protocol on `sock` up to the point where the TLS handshake starts."""
    lines = _Lines(sock)
    if protocol is StartTls.SMTP:
        code, text = _smtp_reply(lines)
        if code != "220":
            raise StartTlsRefused(f"greeting: {text}")
        lines.send("EHLO certdesk.invalid")
        code, text = _smtp_reply(lines)
        if code != "250":
            raise StartTlsRefused(f"EHLO: {text}")
        lines.send("STARTTLS")
        code, text = _smtp_reply(lines)
        if code != "220":
            raise StartTlsRefused(f"STARTTLS: {text}")
    elif protocol is StartTls.IMAP:
        greeting = lines.read()
        if not greeting.startswith("* OK"):
            raise StartTlsRefused(f"greeting: {greeting}")
        lines.send("a1 STARTTLS")
        for _ in range(MAX_LINES):
            line = lines.read()
            if line.startswith("a1 "):
                if not line.startswith("a1 OK"):
                    raise StartTlsRefused(f"STARTTLS: {line}")
                return
        raise StartTlsRefused("no answer to STARTTLS")
