"""The tls-alpn-01 responder: only acme-tls/1 clients get the validation certificate; idle and
excess connections are closed; stop() cuts the open ones; the ClientHello reader is bounded."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Callable, Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.validation.client_hello import offered_alpn
from app.validation.tls_alpn import ACME_TLS_1, TlsAlpnResponder, fetch_validation_certificate
from tests.support.ports import free_port

NAME = "a.example.test"
WAIT = 30.0


def _client_context(alpn: list[str] | None) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    if alpn is not None:
        context.set_alpn_protocols(alpn)
    return context


def _handshake(port: int, alpn: list[str] | None) -> bytes | None:
    with socket.create_connection(("127.0.0.1", port), timeout=WAIT) as raw, \
            _client_context(alpn).wrap_socket(raw, server_hostname=NAME) as tls:
        return tls.getpeercert(binary_form=True)


@pytest.fixture
def responder() -> Iterator[TlsAlpnResponder]:
    server = TlsAlpnResponder("127.0.0.1", free_port(), idle_timeout=0.5, max_connections=3)
    server.add(NAME, "dns", "tok.thumb")
    yield server
    server.stop()


def test_acme_tls_1_clients_get_the_certificate(responder: TlsAlpnResponder) -> None:
    alpn, _cert = fetch_validation_certificate("127.0.0.1", responder.port, NAME)
    assert alpn == ACME_TLS_1


@pytest.mark.parametrize("alpn", [None, ["h2", "http/1.1"]], ids=["no-alpn", "other-alpn"])
def test_clients_without_acme_tls_1_get_no_certificate(responder: TlsAlpnResponder,
                                                       alpn: list[str] | None) -> None:
    with pytest.raises((ssl.SSLError, OSError)):
        _handshake(responder.port, alpn)


def _closed_by_server(conn: socket.socket) -> bool:
    try:
        return conn.recv(1) == b""
    except ConnectionResetError:
        return True


def _wait_until(condition: Callable[[], bool]) -> None:
    tick = threading.Event()
    for _ in range(int(WAIT / 0.01)):
        if condition():
            return
        tick.wait(0.01)
    raise AssertionError("condition not reached")


def test_idle_and_excess_connections_are_closed(responder: TlsAlpnResponder) -> None:
    held = [socket.create_connection(("127.0.0.1", responder.port), timeout=WAIT)
            for _ in range(3)]
    try:
        _wait_until(lambda: responder.open_connections == 3)
        with socket.create_connection(("127.0.0.1", responder.port), timeout=WAIT) as extra:
            assert _closed_by_server(extra)
        for conn in held:  # silent: closed after the idle timeout
            assert _closed_by_server(conn)
    finally:
        for conn in held:
            conn.close()


def test_stop_cuts_open_connections() -> None:
    server = TlsAlpnResponder("127.0.0.1", free_port(), idle_timeout=WAIT * 4)
    server.add(NAME, "dns", "tok.thumb")
    with socket.create_connection(("127.0.0.1", server.port), timeout=WAIT) as conn:
        _wait_until(lambda: server.open_connections == 1)
        server.stop()
        assert _closed_by_server(conn)


def _hello(alpn: list[bytes]) -> bytes:
    names = b"".join(bytes([len(n)]) + n for n in alpn)
    ext = (b"\x00\x10" + (len(names) + 2).to_bytes(2, "big") + len(names).to_bytes(2, "big")
           + names)
    body = (b"\x03\x03" + b"\x00" * 32 + b"\x00" + b"\x00\x02\x13\x01" + b"\x01\x00"
            + len(ext).to_bytes(2, "big") + ext)
    handshake = b"\x01" + len(body).to_bytes(3, "big") + body
    return b"\x16\x03\x01" + len(handshake).to_bytes(2, "big") + handshake


def test_offered_protocols_are_read_from_the_client_hello() -> None:
    assert offered_alpn(_hello([b"h2", b"acme-tls/1"])) == [b"h2", b"acme-tls/1"]
    assert offered_alpn(_hello([])) == []


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_are_a_protocol_list_or_a_value_error(data: bytes) -> None:
    with contextlib.suppress(ValueError):
        offered_alpn(data)


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_damaged_hellos_are_a_value_error_or_read(data: st.DataObject) -> None:
    hello = bytearray(_hello([b"acme-tls/1"]))
    for _ in range(data.draw(st.integers(1, 4))):
        hello[data.draw(st.integers(0, len(hello) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(hello)))
    with contextlib.suppress(ValueError):
        offered_alpn(bytes(hello[:cut]))


def test_a_connection_is_cut_at_its_deadline_even_when_never_idle_long() -> None:
    server = TlsAlpnResponder("127.0.0.1", free_port(), idle_timeout=WAIT * 4,
                              request_deadline=0.5)
    try:
        with socket.create_connection(("127.0.0.1", server.port), timeout=WAIT) as slow:
            slow.sendall(b"\x16\x03\x01\x02\x00")  # a ClientHello header, the rest trickling
            assert _closed_by_server(slow)
    finally:
        server.stop()
