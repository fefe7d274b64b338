"""The endpoint probe speaks SMTP and IMAP STARTTLS before the handshake, against real servers
on loopback (aiosmtpd for SMTP, a small IMAP greeter), and says so when STARTTLS is refused."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509

from app.endpoints.probe import EndpointUnreachable, fetch_certificate
from app.endpoints.starttls import StartTls
from app.errors import InvalidInput
from tests.support.local_ca import LocalCA
from tests.support.smtp_server import smtp_server


def test_smtp_starttls(tmp_path: Path) -> None:
    with smtp_server(tmp_path / "smtp") as smtp:
        served = fetch_certificate("127.0.0.1", smtp.port, "localhost",
                                   starttls=StartTls.SMTP, timeout=10)
        leaf = x509.load_pem_x509_certificate((tmp_path / "smtp" / "smtp.crt").read_bytes())
        assert served.certificate == leaf
        with pytest.raises(EndpointUnreachable):  # plain TLS against a STARTTLS port fails
            fetch_certificate("127.0.0.1", smtp.port, "localhost", timeout=10)


@contextlib.contextmanager
def imap_server(folder: Path, *, refuse: bool = False) -> Iterator[tuple[int, x509.Certificate]]:
    ca = LocalCA("IMAP")
    leaf = ca.issue(("imap.example.test",))
    folder.mkdir()
    (folder / "c.pem").write_bytes(leaf.cert_pem)
    (folder / "k.pem").write_bytes(leaf.key_pem)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "c.pem", folder / "k.pem")
    sock = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        with contextlib.suppress(OSError):
            conn, _ = sock.accept()
            with conn:
                conn.sendall(b"* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n")
                command = conn.recv(100)
                if refuse or not command.startswith(b"a1 STARTTLS"):
                    conn.sendall(b"a1 BAD not now\r\n")
                    return
                conn.sendall(b"* informational line\r\na1 OK Begin TLS negotiation now\r\n")
                with context.wrap_socket(conn, server_side=True) as tls:
                    tls.recv(1)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield int(sock.getsockname()[1]), leaf.cert
    finally:
        sock.close()
        thread.join(5)


def test_imap_starttls(tmp_path: Path) -> None:
    with imap_server(tmp_path / "ok") as (port, leaf):
        served = fetch_certificate("127.0.0.1", port, "imap.example.test",
                                   starttls=StartTls.IMAP, timeout=10)
    assert served.certificate == leaf
    with imap_server(tmp_path / "refused", refuse=True) as (port, _), \
            pytest.raises(EndpointUnreachable, match="did not start TLS") as info:
        fetch_certificate("127.0.0.1", port, None, starttls=StartTls.IMAP, timeout=10)
    assert "a1 BAD" in info.value.message


def test_protocol_names() -> None:
    assert StartTls.parse("SMTP") is StartTls.SMTP and StartTls.parse(None) is StartTls.NONE
    with pytest.raises(InvalidInput):
        StartTls.parse("pop3")
