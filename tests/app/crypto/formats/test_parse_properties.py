"""Property tests of every import parser (PEM, DER, PFX, P7B, CSR, key files): any bytes, and
valid files damaged at random, give the items or a clear error; never a crash or a hang."""

from __future__ import annotations

import base64
from collections.abc import Callable
from functools import partial

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.crypto.certs import parse_chain
from app.crypto.formats.assemble import read_material
from app.crypto.formats.export import render
from app.crypto.formats.parse import parse_items
from app.errors import UserFacingError
from tests.support.local_ca import LocalCA

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])
_CA = LocalCA("Props")
_LEAF = _CA.issue(("props.test", "www.props.test"))
_MATERIAL = read_material(_LEAF.cert_pem + _CA.chain_pem, key_data=_LEAF.key_pem)


def _csr() -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    csr = (x509.CertificateSigningRequestBuilder()
           .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "csr.test")]))
           .sign(key, hashes.SHA256()))
    return csr.public_bytes(serialization.Encoding.PEM)


SAMPLES: dict[str, bytes] = {
    "pem-chain": _LEAF.cert_pem + _CA.chain_pem + _LEAF.key_pem,
    "der": _LEAF.cert.public_bytes(serialization.Encoding.DER),
    "pfx": render(_MATERIAL, "pfx", password="pw")[0].data,
    "pfx-compat": render(_MATERIAL, "pfx-compat", password="pw")[0].data,
    "p7b": render(_MATERIAL, "p7b")[0].data,
    "key-pkcs8": _LEAF.key_pem,
    "key-encrypted": render(_MATERIAL, "key", password="pw")[0].data,
    "csr": _csr(),
    "base64-der": base64.encodebytes(_LEAF.cert.public_bytes(serialization.Encoding.DER)),
}


def _answers(fn: Callable[[], object]) -> None:
    try:
        fn()
    except UserFacingError as exc:
        assert exc.message and "\n" not in exc.message


@SETTINGS
@given(st.binary(max_size=4000))
def test_any_bytes(data: bytes) -> None:
    _answers(lambda: parse_items(data))
    _answers(lambda: read_material(data, password="pw"))


@SETTINGS
@given(st.sampled_from(sorted(SAMPLES)), st.data())
def test_damaged_files(kind: str, data: st.DataObject) -> None:
    sample = bytearray(SAMPLES[kind])
    for _ in range(data.draw(st.integers(1, 8), label="flips")):
        at = data.draw(st.integers(0, len(sample) - 1), label="at")
        sample[at] = data.draw(st.integers(0, 255), label="byte")
    cut = data.draw(st.integers(1, len(sample)), label="cut")
    damaged = bytes(sample[:cut])
    password = data.draw(st.sampled_from([None, "pw", "wrong", ""]), label="password")
    _answers(lambda: read_material(damaged, password=password))
    _answers(lambda: read_material(SAMPLES["der"], key_data=damaged, key_password=password))


@SETTINGS
@given(st.lists(st.sampled_from([b"-----BEGIN CERTIFICATE-----", b"-----END CERTIFICATE-----",
                                 b"-----BEGIN PRIVATE KEY-----", b"-----END PRIVATE KEY-----",
                                 b"-----BEGIN X-----", b"MIIB", b"\n", b"\r\n", b"\x00", b"  ",
                                 b"Proc-Type: 4,ENCRYPTED", b"-----END X-----"]), max_size=60))
def test_pem_armour_soup(parts: list[bytes]) -> None:
    data = b"".join(parts)
    _answers(lambda: parse_items(data))


@SETTINGS
@given(st.binary(max_size=3000))
def test_what_a_ca_returns_is_a_chain_or_a_clear_error(data: bytes) -> None:
    _answers(lambda: parse_chain(b"-----BEGIN CERTIFICATE-----\n" + data))


@pytest.mark.timeout(120)
@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_ten_megabytes_around_a_valid_file(kind: str) -> None:
    padding = b"\x00" * (5 * 1024 * 1024)
    for data in (padding + SAMPLES[kind] + padding, SAMPLES[kind] * 1000,
                 SAMPLES[kind][:100] * 100_000):
        _answers(partial(read_material, data[: 10 * 1024 * 1024], password="pw"))
