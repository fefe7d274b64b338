"""http-01 through a built-in listener that serves only the pending challenge tokens.

Listeners are shared: a pool owned by the composition root keeps one server per
(address, port), so concurrent orders on port 80 use the same socket.

The listener faces the internet, so it holds nothing open for long: an idle connection is
closed after IDLE_TIMEOUT seconds and any connection after REQUEST_DEADLINE seconds (a client
trickling a byte now and then cannot hold one), at most MAX_CONNECTIONS are served at once
(more are closed on arrival), and stop() closes every open connection. It binds the address it is
given; without one, every address of the machine, IPv6 and IPv4 (CAs validate over both).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from app.challenge_options import Http01Listener
from app.errors import ValidationFailed
from app.progress import ProgressEvent
from app.validation import listen_socket
from app.validation.base import ChallengeTask, Solver, SolverContext
from app.validation.http_check import self_check

log = logging.getLogger(__name__)

PREFIX = "/.well-known/acme-challenge/"
IDLE_TIMEOUT = 10.0
REQUEST_DEADLINE = 30.0
MAX_CONNECTIONS = 32
# How often the serving loop looks for shutdown: stop() waits up to this long, and an order
# stops its listener before it finalizes (the library's default of 0.5 s was most of the time
# of a renewal against a fast CA).
SHUTDOWN_POLL = 0.02
ALL_ADDRESSES = ""


def bind_address(address: str) -> tuple[str, bool]:
    """The address to bind for `address` (brackets stripped) and whether it is dual-stack."""
    host = address.strip().strip("[]")
    if host in (ALL_ADDRESSES, "*") and socket.has_ipv6:
        return "::", True
    return host or "0.0.0.0", False


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False  # set_listen_options: SO_REUSEADDR is unsafe on Windows

    def __init__(self, address: tuple[str, int], tokens: dict[str, str], *,
                 dual_stack: bool = False, idle_timeout: float = IDLE_TIMEOUT,
                 max_connections: int = MAX_CONNECTIONS,
                 request_deadline: float = REQUEST_DEADLINE) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.tokens = tokens
        self.dual_stack = dual_stack
        self.idle_timeout = idle_timeout
        self.request_deadline = request_deadline
        self._deadlines: dict[socket.socket, threading.Timer] = {}
        self.max_connections = max_connections
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        self._closing = False
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        if self.dual_stack:
            self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        listen_socket.set_listen_options(self.socket)
        super().server_bind()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            refused = self._closing or len(self._open) >= self.max_connections
            if not refused:
                self._open.add(request)
        if refused:
            log.debug("http-01: connection from %s refused (busy)", client_address)
            self.shutdown_request(request)
            return
        request.settimeout(self.idle_timeout)  # every read; the handler keeps it (timeout None)
        deadline = threading.Timer(self.request_deadline, _cut, (request,))
        deadline.daemon = True
        with self._open_lock:
            self._deadlines[request] = deadline
        deadline.start()
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._open_lock:
                self._open.discard(request)
                deadline = self._deadlines.pop(request, None)
            if deadline is not None:
                deadline.cancel()

    def open_connections(self) -> int:
        with self._open_lock:
            return len(self._open)

    def close_connections(self) -> None:
        """Refuse new connections and cut the open ones: nothing answers after stop()."""
        with self._open_lock:
            self._closing = True
            open_now = list(self._open)
        for conn in open_now:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)


def _cut(conn: socket.socket) -> None:
    with contextlib.suppress(OSError):
        conn.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "certdesk"
    sys_version = ""

    def do_GET(self) -> None:
        token = self.path[len(PREFIX):] if self.path.startswith(PREFIX) else None
        body = self.server.tokens.get(token) if token else None
        if body is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        data = body.encode("ascii")
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("http-01 %s - %s", self.address_string(), format % args)


class ChallengeListener:
    def __init__(self, address: str, port: int, *, idle_timeout: float = IDLE_TIMEOUT,
                 max_connections: int = MAX_CONNECTIONS,
                 request_deadline: float = REQUEST_DEADLINE) -> None:
        self.address = address
        self.port = port
        self.tokens: dict[str, str] = {}
        self.users = 0
        host, dual_stack = bind_address(address)
        try:
            self._server = _Server((host, port), self.tokens, dual_stack=dual_stack,
                                   idle_timeout=idle_timeout, max_connections=max_connections,
                                   request_deadline=request_deadline)
        except OSError as exc:
            raise _bind_error(address, port, exc) from exc
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": SHUTDOWN_POLL},
                                        name=f"http-01 {address}:{port}", daemon=True)
        self._thread.start()
        log.info("http-01 listener on %s:%s", address, port)

    @property
    def open_connections(self) -> int:
        return self._server.open_connections()

    def stop(self) -> None:
        self.tokens.clear()
        self._server.shutdown()
        self._server.server_close()
        self._server.close_connections()
        self._thread.join(timeout=5)


def _bind_error(address: str, port: int, exc: OSError, platform: str | None = None
                ) -> ValidationFailed:
    where = f"port {port} on {address or 'all addresses'}"
    if listen_socket.is_in_use(exc):
        return ValidationFailed(
            f"Cannot answer http-01: {where} is already in use by another program.",
            "Stop that web server for a moment, use the webroot method so it serves the "
            "challenge, or choose DNS validation.")
    if listen_socket.is_access_denied(exc):
        return listen_socket.access_denied("http-01", port, where,
                                           "use the webroot method, or choose DNS validation.",
                                           platform)
    return ValidationFailed(f"Cannot answer http-01: could not listen on {where}: {exc}.",
                            "Check the address, or choose another validation method.")


class HttpListenerPool:
    """One listener per (address, port), reference counted, shared between orders."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: dict[tuple[str, int], ChallengeListener] = {}

    def acquire(self, address: str, port: int) -> ChallengeListener:
        with self._lock:
            listener = self._listeners.get((address, port))
            if listener is None:
                listener = ChallengeListener(address, port)
                self._listeners[(address, port)] = listener
            listener.users += 1
            return listener

    def release(self, listener: ChallengeListener) -> None:
        with self._lock:
            listener.users -= 1
            if listener.users <= 0:
                self._listeners.pop((listener.address, listener.port), None)
                listener.stop()


class HttpListenerSolver(Solver):
    challenge_type = "http-01"

    def __init__(self, options: Http01Listener, ctx: SolverContext) -> None:
        super().__init__(ctx)
        self.options = options
        self.address = options.address or ALL_ADDRESSES
        self.port = options.port or 80
        self._listener: ChallengeListener | None = None

    def _pool(self) -> HttpListenerPool:
        if self.ctx.resources.http_pool is None:
            self.ctx.resources.http_pool = HttpListenerPool()
        return self.ctx.resources.http_pool

    def present(self, tasks: Sequence[ChallengeTask]) -> None:
        self._listener = self._pool().acquire(self.address, self.port)
        for task in tasks:
            self._listener.tokens[task.token] = task.key_authorization
        self.ctx.progress(ProgressEvent(
            "http-listener", f"Serving {len(tasks)} challenge(s) on port {self.port} of "
            f"{self.address or 'all addresses'}"))

    def wait_until_ready(self, tasks: Sequence[ChallengeTask]) -> None:
        self_check(tasks, self.options, self.ctx)

    def cleanup(self, tasks: Sequence[ChallengeTask]) -> None:
        if self._listener is None:
            return
        for task in tasks:
            self._listener.tokens.pop(task.token, None)
        self._pool().release(self._listener)
        self._listener = None
