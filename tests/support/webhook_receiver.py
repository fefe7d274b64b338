"""A real HTTP receiver on loopback for the webhook channels: records what was posted."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.support.ports import free_port


@dataclass(frozen=True)
class Posted:
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


class WebhookReceiver:
    def __init__(self, status: int = 200, port: int | None = None) -> None:
        self.status = status
        self.posts: list[Posted] = []
        self.cond = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                with receiver.cond:
                    receiver.posts.append(Posted(self.path, dict(self.headers.items()), body))
                    receiver.cond.notify_all()
                self.send_response(receiver.status)
                self.send_header("Content-Type", "text/plain")
                # Like many real receivers, an error names the path it was asked for.
                answer = b"ok" if receiver.status < 300 else \
                    f"no such hook: {self.path}".encode()
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args: Any) -> None:
                pass

        self.port = port or free_port()
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)

    def url(self, path: str = "/hook") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def wait_for(self, count: int = 1, timeout: float = 30.0) -> list[Posted]:
        with self.cond:
            self.cond.wait_for(lambda: len(self.posts) >= count, timeout)
            return list(self.posts)

    def start(self) -> WebhookReceiver:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@contextlib.contextmanager
def webhook_receiver(status: int = 200, port: int | None = None) -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver(status, port).start()
    try:
        yield receiver
    finally:
        receiver.stop()
