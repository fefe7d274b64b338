"""A fault-injecting TLS proxy between certdesk and Pebble.

It serves TLS with the Pebble instance's own certificate (so certdesk trusts it through the
same CA bundle) and forwards every request with its Host header unchanged: Pebble builds the
URLs in its answers from that header, so every later request comes back through the proxy
and the JWS "url" fields match.

A fault matches a method and a path prefix and fires a number of times, then clears:

- status: an error answer (429 rateLimited, 503, 500...) with optional Retry-After
- hang: accept the request and answer nothing until the client gives up
- reset: close the connection with a TCP reset instead of answering
- truncate: forward, but cut the body in half (the Content-Length says the whole)
- replace: forward nothing; answer 200 with the given content type and body (HTML, a
  problem document...), e.g. on the certificate URL
"""

from __future__ import annotations

import socket
import ssl
import struct
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import requests

from tests.support.pebble import Pebble

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length",
              "proxy-connection", "upgrade", "te", "trailer"}


def problem(kind: str, detail: str) -> bytes:
    return (f'{{"type": "urn:ietf:params:acme:error:{kind}", "detail": "{detail}", '
            f'"status": 0}}').encode()


@dataclass
class Fault:
    kind: str  # status | hang | reset | truncate | replace
    path: str  # prefix of the request path, e.g. "/order-plz", "/certZ/"
    method: str | None = None  # None: any
    times: int = 1
    status: int = 500
    # values are strings, or callables giving the value when the fault fires (an HTTP date
    # that must lie in the future then)
    headers: dict[str, str | Callable[[], str]] = field(default_factory=dict)
    body: bytes = b""
    content_type: str = "application/problem+json"
    fired: int = 0

    def matches(self, method: str, path: str) -> bool:
        return (self.fired < self.times and path.startswith(self.path)
                and (self.method is None or self.method == method))


class FaultProxy:
    def __init__(self, pebble: Pebble, *, hang_seconds: float = 30.0) -> None:
        self.pebble = pebble
        self.hang_seconds = hang_seconds
        self.faults: list[Fault] = []
        self.fired: list[str] = []  # "kind METHOD path" for each fault that fired
        self.requests: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._session = requests.Session()
        self._session.trust_env = False  # no proxy or CA bundle from the environment
        tls = Path(pebble.ca_bundle).parent
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(tls / "cert.pem", tls / "key.pem")
        self._server = _Server(("127.0.0.1", 0), _Handler, self)
        self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True,
                                        name="fault proxy")

    @property
    def directory(self) -> str:
        return f"https://127.0.0.1:{self.port}/dir"

    def start(self) -> FaultProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)

    def inject(self, *faults: Fault) -> None:
        with self._lock:
            self.faults.extend(faults)

    def clear(self) -> None:
        with self._lock:
            self.faults.clear()

    def take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            self.requests.append((method, path))
            for fault in self.faults:
                if fault.matches(method, path):
                    fault.fired += 1
                    self.fired.append(f"{fault.kind} {method} {path}")
                    return fault
        return None

    def forward(self, method: str, path: str, headers: dict[str, str], body: bytes
                ) -> requests.Response:
        url = f"https://127.0.0.1:{self.pebble.port}{path}"
        return self._session.request(method, url, headers=headers, data=body or None,
                                     allow_redirects=False, timeout=60,
                                     verify=str(self.pebble.ca_bundle))

    def wait_stopping(self, seconds: float) -> None:
        self._stopping.wait(seconds)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler],
                 proxy: FaultProxy) -> None:
        self.proxy = proxy
        super().__init__(address, handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # resets and cut bodies end connections on purpose


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._serve("GET")

    def do_HEAD(self) -> None:
        self._serve("HEAD")

    def do_POST(self) -> None:
        self._serve("POST")

    def _serve(self, method: str) -> None:
        proxy = self.server.proxy
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        fault = proxy.take(method, self.path)
        if fault is not None and fault.kind == "hang":
            proxy.wait_stopping(proxy.hang_seconds)
            self.close_connection = True
            return
        if fault is not None and fault.kind == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        if fault is not None and fault.kind in ("status", "replace"):
            status = fault.status if fault.kind == "status" else 200
            headers = {k: v() if callable(v) else v for k, v in fault.headers.items()}
            self._answer(status, {"Content-Type": fault.content_type, **headers}, fault.body,
                         method)
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        upstream = proxy.forward(method, self.path, headers, body)
        out_headers = {k: v for k, v in upstream.headers.items()
                       if k.lower() not in HOP_BY_HOP and k.lower() != "content-encoding"}
        if fault is not None and fault.kind == "truncate":
            data = upstream.content
            self.send_response(upstream.status_code)
            for key, value in out_headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._answer(upstream.status_code, out_headers, upstream.content, method)

    def _answer(self, status: int, headers: dict[str, str], body: bytes, method: str) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(body)


def running_proxy(pebble: Pebble, **kwargs: Any) -> Iterator[FaultProxy]:
    proxy = FaultProxy(pebble, **kwargs).start()
    try:
        yield proxy
    finally:
        proxy.stop()
