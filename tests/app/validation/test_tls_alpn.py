"""tls-alpn-01: the built-in responder, checked with a real TLS client."""

from __future__ import annotations

import socket
import ssl

import pytest
from cryptography import x509

from app.challenge_options import TlsAlpn01Listener
from app.domain import ChallengeConfig
from app.errors import ValidationFailed
from app.validation.base import ChallengeTask
from app.validation.registry import build_solver
from app.validation.tls_alpn import (
    ACME_IDENTIFIER_OID,
    ACME_TLS_1,
    acme_identifier_value,
    check_certificate,
    fetch_validation_certificate,
    sni_name,
)
from tests.app.validation.conftest import make_ctx
from tests.support.ports import free_port


def task(identifier: str, kind: str = "dns", key_auth: str = "tok.thumb") -> ChallengeTask:
    return ChallengeTask(order_id="o1", identifier=identifier, identifier_type=kind,
                         challenge_type="tls-alpn-01", token="tok", key_authorization=key_auth,
                         challenge_url="https://ca.test/chall/1")


def test_extension_value_is_a_der_octet_string_of_the_digest():
    import hashlib

    value = acme_identifier_value("abc.def")
    assert value[:2] == b"\x04\x20" and value[2:] == hashlib.sha256(b"abc.def").digest()


def test_responder_per_sni_with_alpn_and_critical_extension():
    port = free_port()
    ctx = make_ctx()
    solver = build_solver(ChallengeConfig(TlsAlpn01Listener(address="127.0.0.1", port=port)),
                          ctx)
    tasks = [task("a.example.test", key_auth="ka-a"), task("b.example.test", key_auth="ka-b"),
             task("127.0.0.5", "ip", key_auth="ka-ip")]
    solver.present(tasks)
    try:
        solver.wait_until_ready(tasks)  # the built-in self-check
        for t in tasks:
            alpn, cert = fetch_validation_certificate("127.0.0.1", port,
                                                      sni_name(t.identifier, t.identifier_type))
            assert alpn == ACME_TLS_1
            ext = cert.extensions.get_extension_for_oid(ACME_IDENTIFIER_OID)
            assert ext.critical and ext.value.value == acme_identifier_value(t.key_authorization)  # type: ignore[attr-defined]
            san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
            names = [str(v) for v in san.get_values_for_type(x509.DNSName)] + \
                    [str(v) for v in san.get_values_for_type(x509.IPAddress)]
            assert names == [t.identifier]
            assert check_certificate(cert, t) is None
        _alpn, cert_a = fetch_validation_certificate("127.0.0.1", port, "a.example.test")
        assert check_certificate(cert_a, tasks[1]) is not None  # other name, other digest
        with pytest.raises(ssl.SSLError):  # an unknown name gets no certificate at all
            fetch_validation_certificate("127.0.0.1", port, "unknown.example.test")
    finally:
        solver.cleanup(tasks)
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_port_busy():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        solver = build_solver(ChallengeConfig(TlsAlpn01Listener(address="127.0.0.1", port=port)),
                              make_ctx())
        with pytest.raises(ValidationFailed) as info:
            solver.present([task("a.example.test")])
        solver.cleanup([task("a.example.test")])
    assert "443" in info.value.hint and "already in use" in info.value.message
