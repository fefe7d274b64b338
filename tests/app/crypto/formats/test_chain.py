"""Chain checks name exactly what is wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from app.crypto.formats.chain import check_chain
from app.crypto.formats.describe import describe_certificate
from tests.support.local_ca import NOW, LocalCA


@pytest.fixture(scope="module")
def ca() -> LocalCA:
    return LocalCA()


def test_complete_chain_to_trusted_root(ca: LocalCA) -> None:
    leaf = ca.issue()
    report = check_chain(leaf.cert, [ca.intermediate.cert], at=NOW, roots=[ca.root.cert])
    assert report.ok and not report.problems
    assert report.trusted_root == "Test Root"
    assert report.path == ("example.test", "Test Intermediate")


def test_missing_intermediate(ca: LocalCA) -> None:
    leaf = ca.issue()
    report = check_chain(leaf.cert, [], at=NOW, roots=[ca.root.cert])
    codes = [p.code for p in report.problems]
    assert codes == ["no-chain", "issuer-missing"]
    assert not report.ok
    assert "Test Intermediate" in report.problems[1].message


def test_wrong_order(ca: LocalCA) -> None:
    leaf = ca.issue()
    report = check_chain(leaf.cert, [ca.root.cert, ca.intermediate.cert], at=NOW)
    assert report.problems[0].code == "wrong-order"
    assert "wrong order" in report.summary()


def test_foreign_intermediate(ca: LocalCA) -> None:
    other = LocalCA("Other")
    report = check_chain(ca.issue().cert, [other.intermediate.cert], at=NOW)
    assert [p.code for p in report.problems] == ["wrong-issuer"]


def test_same_name_other_key_is_a_bad_signature(ca: LocalCA) -> None:
    impostor = LocalCA("Test")  # same names, different keys
    report = check_chain(ca.issue().cert, [impostor.intermediate.cert], at=NOW)
    assert [p.code for p in report.problems] == ["bad-signature"]


def test_expired_and_not_yet_valid(ca: LocalCA) -> None:
    old = ca.issue(not_before=NOW - dt.timedelta(days=100), days=90)
    report = check_chain(old.cert, [ca.intermediate.cert], at=NOW)
    assert [p.code for p in report.problems] == ["expired"]
    future = ca.issue(not_before=NOW + dt.timedelta(days=2))
    report = check_chain(future.cert, [ca.intermediate.cert], at=NOW)
    assert [p.code for p in report.problems] == ["not-yet-valid"]


def test_leaf_as_issuer_is_not_a_ca(ca: LocalCA) -> None:
    leaf = ca.issue()
    report = check_chain(leaf.cert, [leaf.cert], at=NOW)
    assert "wrong-issuer" in [p.code for p in report.problems]


def test_untrusted_root(ca: LocalCA) -> None:
    other = LocalCA("Other")
    report = check_chain(ca.issue().cert, [ca.intermediate.cert, ca.root.cert], at=NOW,
                         roots=[other.root.cert])
    assert [p.code for p in report.problems] == ["untrusted-root"]


def test_describe_certificate(ca: LocalCA) -> None:
    leaf = ca.issue(("a.test", "b.test"), rsa_bits=2048, serial=0x87)
    info = describe_certificate(leaf.cert)
    assert info.names == ("a.test", "b.test")
    assert info.key_description == "RSA 2048" and info.key_size == 2048
    assert info.serial == "87"
    assert len(info.sha256.split(":")) == 32 and len(info.sha1.split(":")) == 20
    assert not info.is_ca and not info.self_signed
    assert info.ari_cert_id is not None and info.ari_cert_id.endswith(".AIc")  # 00 87
    names = {e.name: e for e in info.extensions}
    assert names["basicConstraints"].critical and names["basicConstraints"].value == "not a CA"
    assert names["extendedKeyUsage"].value == "serverAuth"
    assert describe_certificate(ca.root.cert).self_signed
