"""Operating-system errors read as words, never as '[Errno 111] ...'."""

from __future__ import annotations

import socket

from app.errors import os_reason
from tests.support.ports import free_port


def test_a_refused_connection_reads_plainly() -> None:
    try:
        socket.create_connection(("127.0.0.1", free_port()), timeout=5).close()
    except OSError as exc:
        assert str(exc).startswith("[Errno")
        assert os_reason(exc) == "Connection refused"
    else:  # pragma: no cover - something listens on a port just found free
        raise AssertionError("the connection was not refused")


def test_missing_file_and_other_errors() -> None:
    try:
        open("/nonexistent/certdesk-file")  # noqa: SIM115
    except OSError as exc:
        assert os_reason(exc) == "No such file or directory"
    assert os_reason(OSError("[Errno 13] Permission denied: 'x'")) == "Permission denied: 'x'"
    assert os_reason(ValueError("bad value")) == "bad value"
    assert os_reason(RuntimeError()) == "RuntimeError"
