"""Reading PEM/DER/PFX/P7B input, including damaged, truncated and encrypted input."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives import serialization

from app.crypto.formats.assemble import read_material
from app.crypto.formats.errors import (
    AmbiguousCertificates,
    KeyMismatch,
    PasswordRequired,
    UnreadableData,
    WrongPassword,
)
from app.crypto.formats.export import render
from app.crypto.formats.parse import parse_items
from tests.support.local_ca import LocalCA


@pytest.fixture(scope="module")
def ca() -> LocalCA:
    return LocalCA()


def test_pem_in_any_order_is_assembled_leaf_first(ca: LocalCA) -> None:
    leaf = ca.issue(("a.test", "b.test"))
    text = ca.root.cert_pem + leaf.key_pem + ca.chain_pem + leaf.cert_pem
    material = read_material(text)
    assert material.leaf == leaf.cert
    assert material.chain == (ca.intermediate.cert, ca.root.cert)
    assert material.key is not None
    assert material.source_format == "pem"


def test_pasted_text_with_crlf_and_indentation(ca: LocalCA) -> None:
    leaf = ca.issue()
    pasted = "\r\n".join("    " + line for line in leaf.cert_pem.decode().splitlines())
    assert read_material(pasted).leaf == leaf.cert


def test_base64_without_armour_is_read_as_der(ca: LocalCA) -> None:
    leaf = ca.issue()
    der = leaf.cert.public_bytes(serialization.Encoding.DER)
    assert read_material(base64.b64encode(der)).leaf == leaf.cert


def test_separate_key_file_is_matched(ca: LocalCA) -> None:
    leaf = ca.issue()
    material = read_material(leaf.cert_pem + ca.chain_pem, key_data=leaf.key_pem)
    assert material.key is not None
    assert material.chain == (ca.intermediate.cert,)


def test_key_of_another_certificate_is_refused(ca: LocalCA) -> None:
    leaf, other = ca.issue(("a.test",)), ca.issue(("b.test",), rsa_bits=2048)
    with pytest.raises(KeyMismatch) as info:
        read_material(leaf.cert_pem, key_data=other.key_pem)
    assert "RSA 2048" in info.value.message and "a.test" in info.value.message


def test_two_unrelated_leaves_are_ambiguous(ca: LocalCA) -> None:
    with pytest.raises(AmbiguousCertificates):
        read_material(ca.issue(("a.test",)).cert_pem + ca.issue(("b.test",)).cert_pem)


def test_key_picks_its_leaf_among_several(ca: LocalCA) -> None:
    a, b = ca.issue(("a.test",)), ca.issue(("b.test",))
    material = read_material(a.cert_pem + b.cert_pem + b.key_pem)
    assert material.leaf == b.cert
    assert any("ignored" in n for n in material.notes)


@pytest.mark.parametrize("fmt", ["der", "p7b", "pfx", "pfx-compat", "pem-bundle"])
def test_every_export_format_reads_back(ca: LocalCA, fmt: str) -> None:
    leaf = ca.issue(rsa_bits=2048)
    material = read_material(leaf.cert_pem + ca.chain_pem, key_data=leaf.key_pem)
    (exported,) = render(material, fmt, password="s3cret", friendly_name="web")
    back = read_material(exported.data, password="s3cret")
    assert back.leaf == leaf.cert
    if fmt != "der":
        assert back.chain == (ca.intermediate.cert,)
    assert (back.key is not None) == (fmt in {"pfx", "pfx-compat", "pem-bundle"})
    if fmt.startswith("pfx"):
        assert back.friendly_name == "web"


def test_pfx_without_password_asks_for_one(ca: LocalCA) -> None:
    leaf = ca.issue()
    material = read_material(leaf.cert_pem, key_data=leaf.key_pem)
    (pfx,) = render(material, "pfx", password="right")
    with pytest.raises(PasswordRequired):
        read_material(pfx.data)
    with pytest.raises(WrongPassword):
        read_material(pfx.data, password="wrong")


def test_encrypted_key_needs_the_passphrase(ca: LocalCA) -> None:
    leaf = ca.issue()
    material = read_material(leaf.cert_pem, key_data=leaf.key_pem)
    (key,) = render(material, "key", password="pass phrase")
    assert b"ENCRYPTED PRIVATE KEY" in key.data
    with pytest.raises(PasswordRequired):
        parse_items(key.data)
    with pytest.raises(WrongPassword):
        parse_items(key.data, "nope")
    assert parse_items(key.data, "pass phrase").keys


@pytest.mark.parametrize("fmt", ["der", "p7b", "pfx"])
def test_truncated_binary_files_say_so(ca: LocalCA, fmt: str) -> None:
    leaf = ca.issue()
    material = read_material(leaf.cert_pem + ca.chain_pem, key_data=leaf.key_pem)
    (exported,) = render(material, fmt, password="pw")
    with pytest.raises(UnreadableData, match="truncated"):
        read_material(exported.data[: len(exported.data) // 2], password="pw")


def test_truncated_pem_says_so(ca: LocalCA) -> None:
    text = ca.issue().cert_pem
    with pytest.raises(UnreadableData, match="cut off"):
        read_material(text[: len(text) - 40])


def test_damaged_pem_body_is_a_clear_error(ca: LocalCA) -> None:
    text = ca.issue().cert_pem.decode()
    lines = text.splitlines()
    lines[3] = "!!!!" + lines[3][4:]
    with pytest.raises(UnreadableData, match="damaged"):
        read_material("\n".join(lines))


@pytest.mark.parametrize("data", [b"", b"   \n", b"hello world", b"\x00\x01\x02garbage"])
def test_garbage_is_rejected(data: bytes) -> None:
    with pytest.raises(UnreadableData):
        read_material(data)


def test_a_csr_is_explained() -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    csr = (x509.CertificateSigningRequestBuilder()
           .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "x.test")]))
           .sign(key, hashes.SHA256()))
    with pytest.raises(UnreadableData) as info:
        read_material(csr.public_bytes(serialization.Encoding.PEM))
    assert "request" in info.value.hint


def test_key_only_file_is_not_a_certificate(ca: LocalCA) -> None:
    with pytest.raises(UnreadableData, match="no certificate"):
        read_material(ca.issue().key_pem)
