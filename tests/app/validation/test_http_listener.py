"""The http-01 listener faces the internet: idle connections time out, connections are bounded,
stop() cuts them all, and it binds only where it is told."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator

import pytest

from app.validation.http_listener import ChallengeListener, bind_address
from tests.support.ports import free_port

TOKEN_PATH = b"/.well-known/acme-challenge/tok"
# Generous: the server closes after IDLE seconds; without the fix a read would wait forever.
WAIT = 30.0
IDLE = 0.5


def _connect(port: int, host: str = "127.0.0.1") -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    conn = socket.socket(family)
    conn.settimeout(WAIT)
    conn.connect((host, port))
    return conn


def _closed_by_server(conn: socket.socket) -> bool:
    try:
        return conn.recv(1) == b""
    except ConnectionResetError:
        return True


def _get(conn: socket.socket, *, begun: bool = False) -> bytes:
    conn.sendall((b"" if begun else b"GET ") + TOKEN_PATH + b" HTTP/1.0\r\nHost: a.test\r\n\r\n")
    chunks = []
    try:
        while chunk := conn.recv(4096):
            chunks.append(chunk)
    except ConnectionResetError:
        pass
    return b"".join(chunks)


def _wait_until(condition: Callable[[], bool]) -> None:
    """Poll a condition the server sets (no fixed sleep: each wait is on the server's event)."""
    done = threading.Event()
    for _ in range(int(WAIT / 0.01)):
        if condition():
            return
        done.wait(0.01)
    raise AssertionError("condition not reached")


@pytest.fixture
def listener() -> Iterator[ChallengeListener]:
    server = ChallengeListener("127.0.0.1", free_port(), idle_timeout=IDLE, max_connections=4)
    server.tokens["tok"] = "tok.thumb"
    yield server
    server.stop()


def test_an_idle_connection_is_closed(listener: ChallengeListener) -> None:
    with _connect(listener.port) as idle:
        assert _closed_by_server(idle)
    with _connect(listener.port) as conn:
        assert _get(conn).endswith(b"tok.thumb")


def test_connections_beyond_the_bound_are_closed_on_arrival(
        listener: ChallengeListener) -> None:
    held = [_connect(listener.port) for _ in range(4)]
    try:
        extra = [_connect(listener.port) for _ in range(6)]
        for conn in extra:
            assert _closed_by_server(conn)
            conn.close()
        assert listener.open_connections <= 4
    finally:
        for conn in held:
            conn.close()


def test_stop_cuts_open_connections_and_nothing_answers_after_it() -> None:
    server = ChallengeListener("127.0.0.1", free_port(), idle_timeout=WAIT * 4)
    server.tokens["tok"] = "tok.thumb"
    with _connect(server.port) as early:
        early.sendall(b"GET ")  # a request begun before stop() ...
        _wait_until(lambda: server.open_connections == 1)  # accepted, being read
        server.stop()
        try:
            answer = _get(early, begun=True)  # ... and finished after it
        except (BrokenPipeError, ConnectionResetError):
            answer = b""
    assert b"tok.thumb" not in answer


def test_binds_only_the_address_it_is_told() -> None:
    port = free_port()
    server = ChallengeListener("127.0.0.1", port)
    try:
        with pytest.raises(ConnectionRefusedError):
            _connect(port, "127.0.0.2").close()
        with pytest.raises(OSError):
            _connect(port, "::1").close()
    finally:
        server.stop()


def test_ipv6_loopback_in_brackets_is_bound_as_told() -> None:
    port = free_port()
    server = ChallengeListener("[::1]", port)
    server.tokens["tok"] = "tok.thumb"
    try:
        with _connect(port, "::1") as conn:
            assert _get(conn).endswith(b"tok.thumb")
        with pytest.raises(ConnectionRefusedError):
            _connect(port, "127.0.0.1").close()
    finally:
        server.stop()


@pytest.mark.skipif(not socket.has_ipv6, reason="no IPv6 on this machine")
def test_without_an_address_every_address_is_bound_ipv6_and_ipv4() -> None:
    assert bind_address("") == ("::", True)
    assert bind_address("0.0.0.0") == ("0.0.0.0", False)
    assert bind_address("[2001:db8::1]") == ("2001:db8::1", False)


def test_a_connection_is_cut_at_its_deadline_even_when_never_idle_long() -> None:
    # Idle timeout far away, deadline near: only the deadline can end this connection, as it
    # ends one whose client trickles a byte before each idle timeout.
    server = ChallengeListener("127.0.0.1", free_port(), idle_timeout=WAIT * 4,
                               request_deadline=IDLE)
    try:
        with _connect(server.port) as slow:
            slow.sendall(b"GET /.well-known/acme-")
            assert _closed_by_server(slow)
    finally:
        server.stop()
