"""A CA that cannot be reached: the message starts with the cause, against real sockets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from app.acme.client import AcmeClient
from app.crypto.keys import KeyType, generate_key
from app.errors import AcmeError
from tests.support.ports import free_port
from tests.support.tls import make_server_cert
from tests.support.tls_server import SwappableTlsServer


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[SwappableTlsServer, Path]]:
    """A TLS server whose certificate is for other.example only; returns it and its CA."""
    ca, cert, key = make_server_cert(tmp_path / "tls", hosts=("other.example",))
    private = serialization.load_pem_private_key(key.read_bytes(), None)
    server = SwappableTlsServer(tmp_path)
    server.serve(x509.load_pem_x509_certificate(cert.read_bytes()), private)  # type: ignore[arg-type]
    yield server, ca
    server.close()


def _error(url: str, ca_bundle: str | None = None) -> AcmeError:
    client = AcmeClient(url, generate_key(KeyType.EC256), ca_bundle=ca_bundle)
    with pytest.raises(AcmeError) as err:
        client.info()
    return err.value


def test_connection_refused_comes_first() -> None:
    error = _error(f"https://127.0.0.1:{free_port()}/dir")
    assert error.message.startswith("Connection refused: could not reach")
    assert "Errno" not in error.message and "Errno 111" in error.detail


def test_untrusted_certificate(tls_server: tuple[SwappableTlsServer, Path]) -> None:
    server, _ = tls_server
    error = _error(f"https://127.0.0.1:{server.port}/dir")
    assert error.message.startswith("Certificate not trusted")
    assert "CA bundle" in error.hint


def test_host_name_mismatch(tls_server: tuple[SwappableTlsServer, Path]) -> None:
    server, ca = tls_server
    error = _error(f"https://127.0.0.1:{server.port}/dir", ca_bundle=str(ca))
    assert error.message.startswith("Host name does not match")
    assert "host name" in error.hint
