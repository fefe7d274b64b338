"""Socket options and bind failures of the challenge listeners (http-01, tls-alpn-01).

POSIX: SO_REUSEADDR only lets a restarted listener bind over connections in TIME_WAIT.
Windows: SO_REUSEADDR would let the bind share a port another program is listening on, so a
taken port would go unnoticed; SO_EXCLUSIVEADDRUSE makes the bind fail instead.

A refused bind means different things: on POSIX a privileged port (< 1024) needs rights;
Windows has no privileged ports, so "access denied" there means the port is reserved or held
exclusively by another program (HTTP.sys, which IIS and other services share) and running as
administrator does not help.
"""

from __future__ import annotations

import errno
import socket
import sys

from app.errors import ValidationFailed

# The Windows values, where the socket module does not define them (tests use fakes).
SO_EXCLUSIVEADDRUSE = int(getattr(socket, "SO_EXCLUSIVEADDRUSE", ~socket.SO_REUSEADDR))
WSAEACCES = 10013
WSAEADDRINUSE = 10048


def current_platform() -> str:
    return sys.platform


def set_listen_options(sock: socket.socket, platform: str | None = None) -> None:
    """Before bind(): an exclusive bind on Windows, TIME_WAIT reuse elsewhere."""
    if (platform or current_platform()) == "win32":
        sock.setsockopt(socket.SOL_SOCKET, SO_EXCLUSIVEADDRUSE, 1)
    else:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)


def _codes(exc: OSError) -> set[int]:
    return {c for c in (exc.errno, getattr(exc, "winerror", None)) if isinstance(c, int)}


def is_in_use(exc: OSError) -> bool:
    return bool(_codes(exc) & {errno.EADDRINUSE, WSAEADDRINUSE})


def is_access_denied(exc: OSError) -> bool:
    return bool(_codes(exc) & {errno.EACCES, errno.EPERM, WSAEACCES})


def access_denied(method: str, port: int, where: str, alternatives: str,
                  platform: str | None = None) -> ValidationFailed:
    """The error for a refused bind; `alternatives` ends the hint ("use the webroot ...")."""
    if (platform or current_platform()) == "win32":
        return ValidationFailed(
            f"Cannot answer {method}: Windows refused {where}. The port is reserved or held "
            "exclusively by another program: HTTP.sys (shared by IIS, WinRM, SSRS and other "
            "services) or a port reserved by Hyper-V or Docker. Running certdesk as "
            "administrator does not help.",
            "Find the holder with 'netsh http show servicestate' or 'netstat -ano -p tcp', "
            "and reserved ports with 'netsh int ipv4 show excludedportrange protocol=tcp'; "
            f"stop it for a moment, or {alternatives}")
    return ValidationFailed(
        f"Cannot answer {method}: listening on {where} needs administrator rights.",
        f"Run certdesk with those rights, forward port {port} to an unprivileged port, or "
        f"{alternatives}")
