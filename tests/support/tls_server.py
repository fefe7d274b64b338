"""A loopback TLS server in a thread whose served certificate can be swapped."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from tests.support.certificates import key_pem, pem


class SwappableTlsServer:
    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._sock.getsockname()[1])
        self._context: ssl.SSLContext | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._n = 0

    def serve(self, cert: x509.Certificate, key: ec.EllipticCurvePrivateKey) -> None:
        self._n += 1
        cert_path = self._folder / f"served{self._n}.pem"
        key_path = self._folder / f"served{self._n}.key"
        cert_path.write_text(pem(cert))
        key_path.write_bytes(key_pem(key))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert_path, key_path)
        self._context = context
        if not self._thread.is_alive():
            self._thread.start()

    def _serve(self) -> None:
        self._sock.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(5)
            with contextlib.suppress(OSError, ssl.SSLError):
                assert self._context is not None
                with self._context.wrap_socket(conn, server_side=True) as tls:
                    tls.recv(1)
            with contextlib.suppress(OSError):
                conn.close()

    def close(self) -> None:
        self._stop.set()
        self._sock.close()
        if self._thread.is_alive():
            self._thread.join(5)
