"""What the ACME clients of one process share per CA: keep-alive connections, the directory
and unused nonces.

One client is built per operation (`app.acme.client`), so without this every order of a batch
opened its own TLS connections, fetched the directory twice (the order and the renewal
information after it) and asked the CA for a fresh nonce. The owner of the clients (the
account service) keeps one `CaConnections` and hands it to each client it builds. Everything
here is safe to use from several threads; nothing heavy is imported until a client uses it.
"""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import requests
    from acme import messages

# How long a directory is reused: a long-running app sees a CA's changes (terms of service,
# new endpoints) within this time.
DIRECTORY_TTL = 600.0
# Unused nonces kept per CA (the newest are used first: a CA forgets old ones).
NONCES_KEPT = 64
# Keep-alive connections kept per CA host: above the most requests a batch sends at once.
CONNECTIONS_PER_HOST = 32
# A session no client was given for this long starts afresh: servers close idle connections
# (commonly after a minute or more), and a request sent on one just closed would fail.
SESSION_IDLE = 30.0


class NoncePool:
    """Unused Replay-Nonce values of one CA, any account may use them (RFC 8555 §6.5)."""

    def __init__(self, limit: int = NONCES_KEPT) -> None:
        self._nonces: collections.deque[str] = collections.deque(maxlen=limit)

    def add(self, nonce: str) -> None:
        self._nonces.append(nonce)

    def take(self) -> str | None:
        """The newest unused nonce, or None when there is none."""
        try:
            return self._nonces.pop()
        except IndexError:
            return None


class CaConnections:
    def __init__(self, *, monotonic: Callable[[], float] = time.monotonic,
                 directory_ttl: float = DIRECTORY_TTL) -> None:
        self._lock = threading.Lock()
        self._monotonic = monotonic
        self._ttl = directory_ttl
        self._session: requests.Session | None = None
        self._session_given = 0.0
        self._directories: dict[str, tuple[float, messages.Directory, dict[str, Any]]] = {}
        self._nonces: dict[str, NoncePool] = {}

    def session(self) -> requests.Session:
        """The HTTP session every client uses: its connection pools keep connections to each
        CA host open between requests and between orders."""
        with self._lock:
            now = self._monotonic()
            if self._session is not None and now - self._session_given > SESSION_IDLE:
                # Not closed here: a client given it earlier may still be using it; its
                # sockets close when the last client drops it.
                self._session = None
            self._session_given = now
            if self._session is None:
                import requests
                from requests.adapters import HTTPAdapter

                session = requests.Session()
                adapter = HTTPAdapter(pool_maxsize=CONNECTIONS_PER_HOST)
                session.mount("http://", adapter)
                session.mount("https://", adapter)
                self._session = session
            return self._session

    def directory(self, url: str) -> tuple[messages.Directory, dict[str, Any]] | None:
        """The directory at url as parsed and as the CA sent it, if fetched recently."""
        with self._lock:
            found = self._directories.get(url)
        if found is None or self._monotonic() - found[0] > self._ttl:
            return None
        return found[1], found[2]

    def remember_directory(self, url: str, parsed: messages.Directory,
                           raw: dict[str, Any]) -> None:
        with self._lock:
            self._directories[url] = (self._monotonic(), parsed, raw)

    def nonces(self, directory_url: str) -> NoncePool:
        with self._lock:
            pool = self._nonces.get(directory_url)
            if pool is None:
                pool = self._nonces[directory_url] = NoncePool()
            return pool

    def close(self) -> None:
        with self._lock:
            session, self._session = self._session, None
        if session is not None:
            session.close()
