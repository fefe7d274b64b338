"""Every export format round-trips through the real openssl command."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from app.crypto.formats.assemble import read_material
from app.crypto.formats.export import FORMATS, ExportFormat, render
from app.crypto.formats.material import CertificateMaterial
from app.crypto.formats.write import write_files
from tests.support.local_ca import LocalCA
from tests.support.openssl import openssl

PASSWORD = "Tr0ub4dor&3 ü"


@pytest.fixture(scope="module")
def ca() -> LocalCA:
    return LocalCA()


@pytest.fixture(params=[0, 2048], ids=["ec", "rsa"])
def material(request: pytest.FixtureRequest, ca: LocalCA) -> CertificateMaterial:
    leaf = ca.issue(("www.example.test", "example.test"), rsa_bits=request.param)
    return read_material(leaf.cert_pem + ca.chain_pem, key_data=leaf.key_pem)


def _fingerprint_from_openssl(path: Path, *extra: str) -> str:
    out = openssl("x509", "-in", path, "-noout", "-fingerprint", "-sha256", *extra).stdout
    return out.strip().split("=", 1)[1]


def test_pem_folder_openssl_x509_and_verify(tmp_path: Path, ca: LocalCA,
                                            material: CertificateMaterial) -> None:
    files = write_files(ExportFormat.PEM, render(material, "pem"), tmp_path / "out")
    assert sorted(f.path.name for f in files) == ["cert.pem", "chain.pem", "fullchain.pem",
                                                  "privkey.pem"]
    out = tmp_path / "out"
    sha = material.leaf.fingerprint(__import__("cryptography").hazmat.primitives.hashes.SHA256())
    assert _fingerprint_from_openssl(out / "cert.pem") == sha.hex(":").upper()
    root = tmp_path / "root.pem"
    root.write_bytes(ca.root.cert_pem)
    verify = openssl("verify", "-CAfile", root, "-untrusted", out / "chain.pem", out / "cert.pem")
    assert verify.stdout.strip().endswith("OK")
    # The key matches the certificate: same public key from both.
    pub_cert = openssl("x509", "-in", out / "cert.pem", "-noout", "-pubkey").stdout
    pub_key = openssl("pkey", "-in", out / "privkey.pem", "-pubout").stdout
    assert pub_cert == pub_key
    # fullchain = cert + chain
    assert (out / "fullchain.pem").read_text() == ((out / "cert.pem").read_text()
                                                   + (out / "chain.pem").read_text())


def test_der_openssl_x509(tmp_path: Path, material: CertificateMaterial) -> None:
    (written,) = write_files(ExportFormat.DER, render(material, "der"), tmp_path / "c.cer")
    out = openssl("x509", "-inform", "DER", "-in", written.path, "-noout", "-subject").stdout
    assert "www.example.test" in out


def test_p7b_openssl_pkcs7_print_certs(tmp_path: Path, material: CertificateMaterial) -> None:
    (written,) = write_files(ExportFormat.P7B, render(material, "p7b"), tmp_path / "c.p7b")
    out = openssl("pkcs7", "-inform", "DER", "-in", written.path, "-print_certs").stdout
    assert out.count("BEGIN CERTIFICATE") == 2
    assert "subject=CN = www.example.test" in out or "subject=CN=www.example.test" in out


@pytest.mark.parametrize("with_password", [False, True])
def test_key_openssl_pkey(tmp_path: Path, material: CertificateMaterial,
                          with_password: bool) -> None:
    files = render(material, "key", password=PASSWORD if with_password else None)
    (written,) = write_files(ExportFormat.KEY, files, tmp_path / "k.key")
    args: list[str | Path] = ["pkey", "-in", written.path, "-noout", "-text"]
    if with_password:
        assert b"ENCRYPTED PRIVATE KEY" in written.path.read_bytes()
        bad = openssl(*args, "-passin", "pass:wrong", check=False)
        assert bad.returncode != 0
        args += ["-passin", f"pass:{PASSWORD}"]
    else:
        assert b"-----BEGIN PRIVATE KEY-----" in written.path.read_bytes()
    assert "Private-Key" in openssl(*args).stdout


def _pkcs12_info(path: Path, password: str, *, legacy: bool) -> str:
    args: list[str | Path] = ["pkcs12", "-info", "-in", path, "-passin", f"pass:{password}",
                              "-nodes"]
    if legacy:
        args.insert(1, "-legacy")
    result = openssl(*args, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout + result.stderr


@pytest.mark.parametrize("legacy", [False, True], ids=["default", "legacy"])
def test_modern_pfx_openssl_pkcs12_info(tmp_path: Path, material: CertificateMaterial,
                                        legacy: bool) -> None:
    files = render(material, "pfx", password=PASSWORD, friendly_name="IIS web")
    (written,) = write_files(ExportFormat.PFX, files, tmp_path / "m.pfx")
    info = _pkcs12_info(written.path, PASSWORD, legacy=legacy)
    assert "MAC: sha256" in info
    assert "AES-256-CBC" in info and "hmacWithSHA256" in info
    assert "3-KeyTripleDES" not in info
    assert "friendlyName: IIS web" in info
    assert info.count("BEGIN CERTIFICATE") == 2 and "PRIVATE KEY" in info


@pytest.mark.parametrize("legacy", [False, True], ids=["default", "legacy"])
def test_compat_pfx_openssl_pkcs12_info(tmp_path: Path, material: CertificateMaterial,
                                        legacy: bool) -> None:
    # OpenSSL 3 reads 3DES/SHA-1 PFX files without -legacy (only RC2-40 needs the legacy
    # provider); both invocations must succeed.
    files = render(material, "pfx-compat", password=PASSWORD, friendly_name="old server")
    (written,) = write_files(ExportFormat.PFX_COMPAT, files, tmp_path / "c.pfx")
    info = _pkcs12_info(written.path, PASSWORD, legacy=legacy)
    assert "MAC: sha1" in info
    assert "pbeWithSHA1And3-KeyTripleDES-CBC" in info
    # Only openssl's description lines, not the base64 of the key and certificates.
    algorithms = [line for line in info.splitlines()
                  if line.startswith(("MAC:", "PKCS7 Encrypted data:", "Shrouded Keybag:"))]
    assert len(algorithms) >= 3
    assert not any("AES" in line for line in algorithms)
    assert "friendlyName: old server" in info
    assert info.count("BEGIN CERTIFICATE") == 2 and "PRIVATE KEY" in info


@pytest.mark.parametrize("fmt", ["pfx", "pfx-compat"])
def test_pfx_wrong_password_openssl_refuses(tmp_path: Path, material: CertificateMaterial,
                                            fmt: str) -> None:
    (written,) = write_files(ExportFormat(fmt), render(material, fmt, password=PASSWORD),
                             tmp_path / "x.pfx")
    result = openssl("pkcs12", "-info", "-in", written.path, "-passin", "pass:wrong", "-noout",
                     check=False)
    assert result.returncode != 0
    assert "invalid password" in result.stderr.lower()


def test_openssl_made_pfx_imports(tmp_path: Path, ca: LocalCA) -> None:
    """PFX files made by openssl itself (modern, and legacy RC2-40 as OpenSSL 1.1 made them)."""
    leaf = ca.issue(rsa_bits=2048)
    (tmp_path / "cert.pem").write_bytes(leaf.cert_pem)
    (tmp_path / "key.pem").write_bytes(leaf.key_pem)
    (tmp_path / "chain.pem").write_bytes(ca.chain_pem)
    for legacy in (False, True):
        out = tmp_path / f"o{legacy}.pfx"
        args: list[str | Path] = ["pkcs12", "-export", "-in", tmp_path / "cert.pem", "-inkey",
                tmp_path / "key.pem", "-certfile", tmp_path / "chain.pem", "-name", "from openssl",
                "-passout", "pass:pw", "-out", out]
        if legacy:
            args.insert(1, "-legacy")
        openssl(*args)
        material = read_material(out.read_bytes(), password="pw")
        assert material.leaf == leaf.cert
        assert material.chain == (ca.intermediate.cert,)
        assert material.key is not None
        assert material.friendly_name == "from openssl"


def test_openssl_made_p7b_and_der_import(tmp_path: Path, ca: LocalCA) -> None:
    leaf = ca.issue()
    (tmp_path / "full.pem").write_bytes(leaf.cert_pem + ca.chain_pem)
    openssl("crl2pkcs7", "-nocrl", "-certfile", tmp_path / "full.pem", "-outform", "DER",
            "-out", tmp_path / "c.p7b")
    assert read_material((tmp_path / "c.p7b").read_bytes()).chain == (ca.intermediate.cert,)
    openssl("crl2pkcs7", "-nocrl", "-certfile", tmp_path / "full.pem", "-out", tmp_path / "c.p7")
    assert b"BEGIN PKCS7" in (tmp_path / "c.p7").read_bytes()
    assert read_material((tmp_path / "c.p7").read_bytes()).leaf == leaf.cert
    openssl("x509", "-in", tmp_path / "full.pem", "-outform", "DER", "-out", tmp_path / "c.der")
    assert read_material((tmp_path / "c.der").read_bytes()).leaf == leaf.cert
    # A traditional ("BEGIN EC PRIVATE KEY") key, encrypted the old OpenSSL way (DEK-Info)
    (tmp_path / "enc.pem").write_bytes(leaf.key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.BestAvailableEncryption(b"k")))
    assert b"DEK-Info" in (tmp_path / "enc.pem").read_bytes()
    openssl("pkey", "-in", tmp_path / "enc.pem", "-passin", "pass:k", "-noout")
    material = read_material(leaf.cert_pem, key_data=(tmp_path / "enc.pem").read_bytes(),
                             key_password="k")
    assert material.key is not None


def test_every_format_has_a_description() -> None:
    assert set(FORMATS) == set(ExportFormat)
    compat = FORMATS[ExportFormat.PFX_COMPAT].description
    assert "wrong password" in compat and "2016" in compat and "Keychain" in compat
