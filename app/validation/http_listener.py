"""http-01 through a built-in listener that serves only the pending challenge tokens.

Listeners are shared: a pool owned by the composition root keeps one server per
(address, port), so concurrent orders on port 80 use the same socket.
"""

from __future__ import annotations

import errno
import logging
import socket
import threading
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from app.errors import ValidationFailed
from app.progress import ProgressEvent
from app.validation.base import ChallengeTask, Solver, SolverContext
from app.validation.http_check import self_check

log = logging.getLogger(__name__)

PREFIX = "/.well-known/acme-challenge/"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], tokens: dict[str, str]) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.tokens = tokens
        super().__init__(address, _Handler)


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
    def __init__(self, address: str, port: int) -> None:
        self.address = address
        self.port = port
        self.tokens: dict[str, str] = {}
        self.users = 0
        try:
            self._server = _Server((address, port), self.tokens)
        except OSError as exc:
            raise _bind_error(address, port, exc) from exc
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        name=f"http-01 {address}:{port}", daemon=True)
        self._thread.start()
        log.info("http-01 listener on %s:%s", address, port)

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def _bind_error(address: str, port: int, exc: OSError) -> ValidationFailed:
    where = f"port {port} on {address or 'all addresses'}"
    if exc.errno == errno.EADDRINUSE:
        return ValidationFailed(
            f"Cannot answer http-01: {where} is already in use by another program.",
            "Stop that web server for a moment, use the webroot method so it serves the "
            "challenge, or choose DNS validation.")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return ValidationFailed(
            f"Cannot answer http-01: listening on {where} needs administrator rights.",
            "Run certdesk with those rights, forward port 80 to an unprivileged port, use the "
            "webroot method, or choose DNS validation.")
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

    def __init__(self, config: Any, ctx: SolverContext) -> None:
        super().__init__(config, ctx)
        self.address = str(config.options.get("address") or "0.0.0.0")
        self.port = int(config.options.get("port") or 80)
        self._listener: ChallengeListener | None = None

    def _pool(self) -> HttpListenerPool:
        pool = self.ctx.resources.get("http_pool")
        if pool is None:
            pool = HttpListenerPool()
            self.ctx.resources["http_pool"] = pool
        assert isinstance(pool, HttpListenerPool)
        return pool

    def present(self, tasks: Sequence[ChallengeTask]) -> None:
        self._listener = self._pool().acquire(self.address, self.port)
        for task in tasks:
            self._listener.tokens[task.token] = task.key_authorization
        self.ctx.progress(ProgressEvent(
            "http-listener", f"Serving {len(tasks)} challenge(s) on {self.address}:{self.port}"))

    def wait_until_ready(self, tasks: Sequence[ChallengeTask]) -> None:
        self_check(tasks, self.config.options, self.ctx)

    def cleanup(self, tasks: Sequence[ChallengeTask]) -> None:
        if self._listener is None:
            return
        for task in tasks:
            self._listener.tokens.pop(task.token, None)
        self._pool().release(self._listener)
        self._listener = None
