"""Listener sockets: exclusive binds on Windows, and bind failures explained per platform."""

from __future__ import annotations

import _socket
import errno
import socket
from typing import Any

import pytest

from app.validation import listen_socket
from app.validation.tls_alpn import TlsAlpnResponder, _bind_error


class FakeSocket:
    def __init__(self) -> None:
        self.options: list[tuple[int, int, int]] = []

    def setsockopt(self, level: int, option: int, value: int) -> None:
        self.options.append((level, option, value))


def record_options(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Pretend to be Windows: record the options set on real sockets (and skip the ones this
    OS does not have)."""
    seen: list[int] = []

    def setsockopt(self: socket.socket, level: int, option: int, value: Any) -> None:
        seen.append(option)
        if option != listen_socket.SO_EXCLUSIVEADDRUSE:
            _socket.socket.setsockopt(self, level, option, value)

    monkeypatch.setattr(listen_socket, "current_platform", lambda: "win32")
    monkeypatch.setattr(socket.socket, "setsockopt", setsockopt)
    return seen


def test_windows_binds_exclusively_posix_reuses_time_wait() -> None:
    windows, posix = FakeSocket(), FakeSocket()
    listen_socket.set_listen_options(windows, "win32")  # type: ignore[arg-type]
    listen_socket.set_listen_options(posix, "darwin")  # type: ignore[arg-type]
    assert windows.options == [(socket.SOL_SOCKET, listen_socket.SO_EXCLUSIVEADDRUSE, 1)]
    assert posix.options == [(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)]


def test_tls_alpn_responder_never_sets_reuseaddr_on_windows(
        monkeypatch: pytest.MonkeyPatch) -> None:
    seen = record_options(monkeypatch)
    responder = TlsAlpnResponder("127.0.0.1", 0)
    responder.stop()
    assert listen_socket.SO_EXCLUSIVEADDRUSE in seen and socket.SO_REUSEADDR not in seen


def test_windows_access_denied_names_the_holders_not_elevation() -> None:
    denied = OSError(listen_socket.WSAEACCES, "forbidden by its access permissions")
    error = _bind_error("", 443, denied, platform="win32")
    assert "HTTP.sys" in error.message and "administrator does not help" in error.message
    assert "netsh" in (error.hint or "")
    posix = _bind_error("", 443, OSError(errno.EACCES, "Permission denied"), platform="linux")
    assert "needs administrator rights" in posix.message


def test_windows_in_use_code_is_recognised() -> None:
    error = _bind_error("127.0.0.1", 443, OSError(listen_socket.WSAEADDRINUSE, "in use"),
                        platform="win32")
    assert "already in use" in error.message


def test_http_listener_never_sets_reuseaddr_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.validation.http_listener import ChallengeListener

    seen = record_options(monkeypatch)
    listener = ChallengeListener("127.0.0.1", 0)
    listener.stop()
    assert listen_socket.SO_EXCLUSIVEADDRUSE in seen and socket.SO_REUSEADDR not in seen


def test_http_listener_access_denied_on_windows() -> None:
    from app.validation.http_listener import _bind_error as http_bind_error

    error = http_bind_error("", 80, OSError(listen_socket.WSAEACCES, "forbidden"),
                            platform="win32")
    assert "HTTP.sys" in error.message and "webroot" in (error.hint or "")
