"""Keeps tests on loopback: names resolve to 127.0.0.1, other addresses are refused.

Installed in the pytest process by tests/conftest.py and in every Python subprocess a test
starts (tests/support/netguard/sitecustomize.py on PYTHONPATH). Test names such as
www.example.com then reach the local test servers, and any attempt to reach a real host
fails loudly instead of leaving the machine.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from typing import Any

_installed = False


def _allowed(host: Any) -> bool:
    if not isinstance(host, str):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return host == "localhost"


def _check(address: Any) -> None:
    if isinstance(address, tuple) and address and not _allowed(address[0]):
        raise OSError(101, f"certdesk tests: network beyond loopback blocked ({address[0]})")


def install() -> None:
    global _installed
    if _installed or os.environ.get("CERTDESK_TEST_NETWORK") == "allow":
        return
    _installed = True
    real_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(host: Any, port: Any, family: int = 0, type: int = 0, proto: int = 0,
                    flags: int = 0) -> Any:
        if isinstance(host, bytes):
            host = host.decode()
        if host is None or _allowed(host):
            return real_getaddrinfo(host, port, family, type, proto, flags)
        try:
            ipaddress.ip_address(host)
        except ValueError:  # a name: every test name lives on this machine
            return real_getaddrinfo("127.0.0.1", port, socket.AF_INET, type, proto, flags)
        raise socket.gaierror(socket.EAI_NONAME,
                              f"certdesk tests: network beyond loopback blocked ({host})")

    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_sendto = socket.socket.sendto

    def connect(self: socket.socket, address: Any) -> None:
        _check(address)
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        _check(address)
        return real_connect_ex(self, address)

    def sendto(self: socket.socket, data: Any, *args: Any) -> int:
        _check(args[-1])
        return real_sendto(self, data, *args)  # type: ignore[call-overload, no-any-return]

    socket.socket.connect = connect  # type: ignore[method-assign, assignment]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign, assignment]
    socket.socket.sendto = sendto  # type: ignore[method-assign, assignment]
