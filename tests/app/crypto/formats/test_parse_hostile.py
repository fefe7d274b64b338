"""Hostile and damaged input: answered quickly, and reported as damage where it is read."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import serialization

from app.crypto.certs import parse_chain
from app.crypto.formats.assemble import read_material
from app.crypto.formats.errors import UnreadableData
from app.errors import CertificateCheckFailed
from tests.support.local_ca import LocalCA

TEN_MB = 10 * 1024 * 1024


@pytest.fixture(scope="module")
def ca() -> LocalCA:
    return LocalCA()


def _fill(unit: bytes, size: int = TEN_MB) -> bytes:
    return unit * (size // len(unit))


# The timeout is generous: the old back-referencing parser took minutes on a single megabyte.
@pytest.mark.timeout(60)
@pytest.mark.parametrize("data", [
    pytest.param(_fill(b"-----BEGIN CERTIFICATE-----\nAAAA\n"), id="unterminated-begins"),
    pytest.param(b"".join(b"-----BEGIN L%d-----\nAA\n" % i for i in range(400_000)),
                 id="distinct-labels"),
    pytest.param(_fill(b"-----BEGIN X-----\n-----END X-----\n"), id="many-blocks"),
    pytest.param(b"-----BEGIN " + _fill(b"A"), id="endless-label"),
    pytest.param(_fill(b"-----BEGIN"), id="begin-begin"),
])
def test_ten_megabytes_of_hostile_pem_is_refused_quickly(data: bytes) -> None:
    with pytest.raises(UnreadableData):
        read_material(data)


def _der(ca: LocalCA) -> bytes:
    return ca.issue(("abc.test",)).cert.public_bytes(serialization.Encoding.DER)


DAMAGE = {
    "bad-san": (b"abc.test", b"ab\xff.test"),
    "unknown-key-algorithm": (bytes.fromhex("06072a8648ce3d0201"),
                              bytes.fromhex("06072a8648ce3d0209")),
    "invalid-ec-point": (bytes.fromhex("03420004"), bytes.fromhex("03420005")),
}


def _damaged(ca: LocalCA, kind: str) -> bytes:
    old, new = DAMAGE[kind]
    der = _der(ca)
    assert old in der
    return der.replace(old, new, 1)


def _as_pem(der: bytes) -> bytes:
    import base64
    body = base64.encodebytes(der)
    return b"-----BEGIN CERTIFICATE-----\n" + body + b"-----END CERTIFICATE-----\n"


@pytest.mark.parametrize("kind", sorted(DAMAGE))
@pytest.mark.parametrize("armour", ["der", "pem"])
def test_damaged_certificate_fields_fail_where_the_file_is_read(ca: LocalCA, kind: str,
                                                                armour: str) -> None:
    der = _damaged(ca, kind)
    data = der if armour == "der" else _as_pem(der)
    with pytest.raises(UnreadableData, match="damaged"):
        read_material(data)


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_certificate_from_the_ca_is_not_accepted(ca: LocalCA, kind: str) -> None:
    with pytest.raises(CertificateCheckFailed, match="could not be parsed"):
        parse_chain(_as_pem(_damaged(ca, kind)))
