"""acme-dns: register and update against a small fake acme-dns HTTP server on loopback."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from app.validation.providers.acmedns import AcmeDnsProvider, register
from app.validation.providers.base import ProviderError, TxtRecord


class FakeAcmeDns(ThreadingHTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.accounts: dict[str, dict[str, str]] = {}
        self.txt: dict[str, list[str]] = {}

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: FakeAcmeDns

    def _reply(self, status: int, body: Any) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        if self.path == "/register":
            n = len(self.server.accounts) + 1
            account = {"username": f"user{n}", "password": f"pass{n}",
                       "subdomain": f"sub{n}", "fulldomain": f"sub{n}.auth.acme-dns.test"}
            self.server.accounts[account["username"]] = account
            self._reply(201, {**account, "allowfrom": body.get("allowfrom", [])})
        elif self.path == "/update":
            found = self.server.accounts.get(self.headers.get("X-Api-User", ""))
            account = found or {}
            if not found or account["password"] != self.headers.get("X-Api-Key"):
                self._reply(401, {"error": "forbidden"})
                return
            if body.get("subdomain") != account["subdomain"] or len(body.get("txt", "")) != 43:
                self._reply(400, {"error": "bad_subdomain_or_txt"})
                return
            values = self.server.txt.setdefault(account["subdomain"], [])
            values.append(body["txt"])
            del values[:-2]  # acme-dns keeps the two most recent values
            self._reply(200, {"txt": body["txt"]})
        else:
            self._reply(404, {})

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def acmedns() -> Iterator[FakeAcmeDns]:
    server = FakeAcmeDns()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_register_then_update_two_values(acmedns):
    creds = register(acmedns.url)
    assert creds["fulldomain"] == "sub1.auth.acme-dns.test" and creds["api_url"] == acmedns.url
    provider = AcmeDnsProvider(creds)
    assert "accepted" in provider.test()
    apex, wild = "a" * 43, "b" * 43
    provider.create_txt(TxtRecord("auth.acme-dns.test.", "sub1.auth.acme-dns.test.", apex))
    provider.create_txt(TxtRecord("auth.acme-dns.test.", "sub1.auth.acme-dns.test.", wild))
    assert acmedns.txt["sub1"] == [apex, wild]
    provider.delete_txt(TxtRecord("auth.acme-dns.test.", "sub1.auth.acme-dns.test.", apex))


def test_wrong_password(acmedns):
    creds = register(acmedns.url) | {"password": "nope"}
    with pytest.raises(ProviderError) as info:
        AcmeDnsProvider(creds).create_txt(TxtRecord("x.", "x.", "c" * 43))
    assert "401" in info.value.message


def test_unreachable_server():
    with pytest.raises(ProviderError) as info:
        register("http://127.0.0.1:9")
    assert "could not be reached" in info.value.message
