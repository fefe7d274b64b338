"""Runtime resources the solvers share across orders, owned by the composition root.

Each is optional: a solver creates what it needs on first use (the listener pools) or falls
back to the system (DNS discovery, HTTP self-checks). Tests and the GUI set the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.storage.dns_persist import PersistMemory
    from app.validation.dns.discovery import Discovery
    from app.validation.http_listener import HttpListenerPool
    from app.validation.propagation import ServerStatus
    from app.validation.tls_alpn import TlsAlpnPool

HttpGet = Callable[[str, float], tuple[int, bytes]]  # (url, timeout) -> (status, body)


@dataclass
class SolverResources:
    # dns-persist-01 records remembered per name.
    persist_memory: PersistMemory | None = None
    # Where to find authoritative nameservers instead of the system resolver (tests, private
    # DNS).
    discovery: Discovery | None = None
    # Told about every round of DNS propagation checks (e.g. a live table).
    status_listener: Callable[[list[ServerStatus]], None] | None = None
    # Fetches a URL as the CA would, for http-01 self-checks, when the context has none.
    http_get: HttpGet | None = None
    # Built-in http-01 listeners and tls-alpn-01 responders, shared per address and port.
    http_pool: HttpListenerPool | None = None
    tls_pool: TlsAlpnPool | None = None
