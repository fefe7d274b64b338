"""Where a DNS question goes (HOST[:PORT]), without dnspython: the command line and the
forms parse nameserver addresses before anything is asked."""

from __future__ import annotations

from dataclasses import dataclass


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
