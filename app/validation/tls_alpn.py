"""tls-alpn-01 (RFC 8737) through a built-in responder on Python's ssl module.

The responder only talks to clients that offer ALPN "acme-tls/1" (others get no certificate),
holds at most MAX_CONNECTIONS connections, each for at most IDLE_TIMEOUT seconds of silence,
and cuts them all on stop(). It negotiates "acme-tls/1" and, per SNI name, presents a self-signed
certificate whose only SAN is the identifier and which carries the critical acmeIdentifier
extension (id-pe-acmeIdentifier, 1.3.6.1.5.5.7.1.31): a DER OCTET STRING holding
SHA-256(key authorization). IP identifiers (RFC 8738) are selected by their reverse name.
Responders are shared per (address, port) through a pool in ctx.resources.tls_pool.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import ipaddress
import logging
import os
import socket
import ssl
import tempfile
import threading
from collections.abc import Sequence

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID, ObjectIdentifier

from app.challenge_options import TlsAlpn01Listener
from app.errors import ValidationFailed
from app.progress import ProgressEvent
from app.validation import listen_socket
from app.validation.base import ChallengeTask, Solver, SolverContext
from app.validation.client_hello import offered_alpn, read_client_hello

log = logging.getLogger(__name__)

ACME_TLS_1 = "acme-tls/1"
ACME_IDENTIFIER_OID = ObjectIdentifier("1.3.6.1.5.5.7.1.31")
IDLE_TIMEOUT = 10.0
REQUEST_DEADLINE = 30.0  # a connection's whole life: trickling bytes cannot hold one longer
MAX_CONNECTIONS = 32


def acme_identifier_value(key_authorization: str) -> bytes:
    """The extension's DER: OCTET STRING (0x04, length 32) of SHA-256(key authorization)."""
    return b"\x04\x20" + hashlib.sha256(key_authorization.encode("ascii")).digest()


def sni_name(identifier: str, identifier_type: str = "dns") -> str:
    if identifier_type == "ip":
        return ipaddress.ip_address(identifier).reverse_pointer
    return identifier.lower().rstrip(".")


def challenge_certificate(identifier: str, identifier_type: str,
                          key_authorization: str) -> tuple[bytes, bytes]:
    """(certificate PEM, key PEM) of the validation certificate for one identifier."""
    key = ec.generate_private_key(ec.SECP256R1())
    san: x509.GeneralName
    if identifier_type == "ip":
        san = x509.IPAddress(ipaddress.ip_address(identifier))
    else:
        san = x509.DNSName(identifier)
    now = dt.datetime.now(dt.UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "certdesk tls-alpn-01")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=7))
            .add_extension(x509.SubjectAlternativeName([san]), critical=False)
            .add_extension(x509.UnrecognizedExtension(
                ACME_IDENTIFIER_OID, acme_identifier_value(key_authorization)), critical=True)
            .sign(key, hashes.SHA256()))
    return (cert.public_bytes(serialization.Encoding.PEM),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()))


def _context(cert_pem: bytes | None = None, key_pem: bytes | None = None) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.set_alpn_protocols([ACME_TLS_1])
    if cert_pem is not None and key_pem is not None:
        # ssl loads certificates only from files: a private temporary file, removed at once.
        fd, path = tempfile.mkstemp(prefix="certdesk-alpn-", suffix=".pem")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(key_pem + cert_pem)
            context.load_cert_chain(path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(path)
    return context


def _bind_error(address: str, port: int, exc: OSError, platform: str | None = None
                ) -> ValidationFailed:
    where = f"port {port} on {address or 'all addresses'}"
    if listen_socket.is_in_use(exc):
        return ValidationFailed(
            f"Cannot answer tls-alpn-01: {where} is already in use by another program "
            "(usually the web server).",
            "Stop it for a moment, use --tls-port with a port forwarded from 443, or choose "
            "http-01 or DNS validation.")
    if listen_socket.is_access_denied(exc):
        return listen_socket.access_denied("tls-alpn-01", port, where,
                                           "choose another validation method.", platform)
    return ValidationFailed(f"Cannot answer tls-alpn-01: could not listen on {where}: {exc}.",
                            "Check the address, or choose another validation method.")


def _cut(conn: socket.socket) -> None:
    with contextlib.suppress(OSError):
        conn.shutdown(socket.SHUT_RDWR)


class TlsAlpnResponder:
    """A TLS server that only completes handshakes for pending tls-alpn-01 names."""

    def __init__(self, address: str, port: int, *, idle_timeout: float = IDLE_TIMEOUT,
                 max_connections: int = MAX_CONNECTIONS,
                 request_deadline: float = REQUEST_DEADLINE) -> None:
        self.address, self.port = address, port
        self.users = 0
        self.idle_timeout, self.max_connections = idle_timeout, max_connections
        self.request_deadline = request_deadline
        self._contexts: dict[str, ssl.SSLContext] = {}
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._base = _context()
        self._base.sni_callback = self._pick
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        self._sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            listen_socket.set_listen_options(self._sock)
            self._sock.bind((address, port))
            self._sock.listen(16)
        except OSError as exc:
            self._sock.close()
            raise _bind_error(address, port, exc) from exc
        self.port = int(self._sock.getsockname()[1])
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True,
                                        name=f"tls-alpn-01 {address}:{self.port}")
        self._thread.start()
        log.info("tls-alpn-01 responder on %s:%s", address, self.port)

    def add(self, identifier: str, identifier_type: str, key_authorization: str) -> None:
        cert, key = challenge_certificate(identifier, identifier_type, key_authorization)
        context = _context(cert, key)
        with self._lock:
            self._contexts[sni_name(identifier, identifier_type)] = context

    def remove(self, identifier: str, identifier_type: str) -> None:
        with self._lock:
            self._contexts.pop(sni_name(identifier, identifier_type), None)

    def _pick(self, sock: ssl.SSLObject | ssl.SSLSocket, server_name: str | None,
              _ctx: ssl.SSLContext) -> int | None:
        with self._lock:
            context = self._contexts.get((server_name or "").lower().rstrip("."))
        if context is None:
            return ssl.ALERT_DESCRIPTION_UNRECOGNIZED_NAME
        sock.context = context
        return None

    def _serve(self) -> None:
        while not self._stopped.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            with self._lock:
                busy = len(self._open) >= self.max_connections or self._stopped.is_set()
                if not busy:
                    self._open.add(conn)
            if busy:
                conn.close()
                continue
            threading.Thread(target=self._handshake, args=(conn,), daemon=True).start()

    @property
    def open_connections(self) -> int:
        with self._lock:
            return len(self._open)

    def _handshake(self, conn: socket.socket) -> None:
        conn.settimeout(self.idle_timeout)
        deadline = threading.Timer(self.request_deadline, _cut, (conn,))
        deadline.daemon = True
        deadline.start()
        try:
            hello = read_client_hello(conn)
            if ACME_TLS_1.encode("ascii") not in offered_alpn(hello):
                # RFC 8737: the validation certificate is only for acme-tls/1 clients.
                log.debug("tls-alpn-01: a client that does not offer %s was refused",
                          ACME_TLS_1)
                return
            incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
            tls = self._base.wrap_bio(incoming, outgoing, server_side=True)
            incoming.write(hello)
            while True:
                try:
                    tls.do_handshake()
                    break
                except ssl.SSLWantReadError:
                    conn.sendall(outgoing.read())
                    data = conn.recv(16384)
                    if not data:
                        return
                    incoming.write(data)
            conn.sendall(outgoing.read())
            log.debug("tls-alpn-01 handshake for %s, ALPN %s",
                      tls.server_hostname, tls.selected_alpn_protocol())
            with contextlib.suppress(OSError):
                conn.recv(1)  # the CA closes the connection after the handshake
        except (ssl.SSLError, OSError, ValueError) as exc:
            log.debug("tls-alpn-01 handshake failed: %s", exc)
        finally:
            deadline.cancel()
            with self._lock:
                self._open.discard(conn)
            conn.close()

    def stop(self) -> None:
        self._stopped.set()
        with self._lock:
            self._contexts.clear()
            open_now = list(self._open)
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)
        self._sock.close()
        for conn in open_now:  # nothing answers after stop()
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        self._thread.join(timeout=5)


class TlsAlpnPool:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._responders: dict[tuple[str, int], TlsAlpnResponder] = {}

    def acquire(self, address: str, port: int) -> TlsAlpnResponder:
        with self._lock:
            responder = self._responders.get((address, port))
            if responder is None:
                responder = TlsAlpnResponder(address, port)
                self._responders[(address, port)] = responder
            responder.users += 1
            return responder

    def release(self, responder: TlsAlpnResponder) -> None:
        with self._lock:
            responder.users -= 1
            if responder.users <= 0:
                self._responders.pop((responder.address, responder.port), None)
                responder.stop()


def fetch_validation_certificate(host: str, port: int, server_name: str,
                                 timeout: float = 5.0) -> tuple[str | None, x509.Certificate]:
    """Connect as the CA does; returns (negotiated ALPN protocol, leaf certificate)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.set_alpn_protocols([ACME_TLS_1])
    with socket.create_connection((host, port), timeout=timeout) as raw, \
            context.wrap_socket(raw, server_hostname=server_name) as tls:
        der = tls.getpeercert(binary_form=True)
        if der is None:
            raise ssl.SSLError("no certificate")
        return tls.selected_alpn_protocol(), x509.load_der_x509_certificate(der)


def check_certificate(cert: x509.Certificate, task: ChallengeTask) -> str | None:
    """None when `cert` is the right validation certificate for `task`, else what is wrong."""
    try:
        ext = cert.extensions.get_extension_for_oid(ACME_IDENTIFIER_OID)
    except x509.ExtensionNotFound:
        return "the certificate has no acmeIdentifier extension"
    if not ext.critical:
        return "the acmeIdentifier extension is not critical"
    value = ext.value.value if isinstance(ext.value, x509.UnrecognizedExtension) else b""
    if value != acme_identifier_value(task.key_authorization):
        return "the acmeIdentifier extension holds another key authorization"
    return None


class TlsAlpnSolver(Solver):
    challenge_type = "tls-alpn-01"

    def __init__(self, options: TlsAlpn01Listener, ctx: SolverContext) -> None:
        super().__init__(ctx)
        self.options = options
        self.address = options.address or "0.0.0.0"
        self.port = options.port or 443
        self._responder: TlsAlpnResponder | None = None

    def _pool(self) -> TlsAlpnPool:
        if self.ctx.resources.tls_pool is None:
            self.ctx.resources.tls_pool = TlsAlpnPool()
        return self.ctx.resources.tls_pool

    def present(self, tasks: Sequence[ChallengeTask]) -> None:
        self._responder = self._pool().acquire(self.address, self.port)
        for task in tasks:
            self._responder.add(task.identifier, task.identifier_type, task.key_authorization)
        self.ctx.progress(ProgressEvent(
            "tls-alpn", f"Answering tls-alpn-01 for {len(tasks)} name(s) on "
                        f"{self.address}:{self._responder.port}"))

    def wait_until_ready(self, tasks: Sequence[ChallengeTask]) -> None:
        if self.options.self_check is False or self._responder is None:
            return
        # The responder itself, as the CA will see it (the public path may not be testable
        # from here, e.g. without hairpin NAT).
        local = "127.0.0.1" if self.address in ("0.0.0.0", "") else self.address
        local = "::1" if local == "::" else local
        for task in tasks:
            try:
                alpn, cert = fetch_validation_certificate(
                    local, self._responder.port, sni_name(task.identifier, task.identifier_type))
            except (OSError, ssl.SSLError) as exc:
                raise ValidationFailed(
                    f"Self-check failed: the tls-alpn-01 responder did not answer for "
                    f"{task.identifier} ({exc}).", "Check the address and port.") from exc
            problem = check_certificate(cert, task)
            if alpn != ACME_TLS_1:
                problem = f"ALPN negotiated {alpn!r} instead of {ACME_TLS_1}"
            if problem:
                raise ValidationFailed(f"Self-check failed for {task.identifier}: {problem}.",
                                       "This is a bug in certdesk; choose another method.")

    def cleanup(self, tasks: Sequence[ChallengeTask]) -> None:
        if self._responder is None:
            return
        for task in tasks:
            self._responder.remove(task.identifier, task.identifier_type)
        self._pool().release(self._responder)
        self._responder = None
