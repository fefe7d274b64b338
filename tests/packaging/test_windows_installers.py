"""The NSIS and MSI scripts compile on every run (with a stand-in payload: the real one is
the frozen Windows build), and signing is wired to the environment, off without it."""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "windows" / "build-installers.sh"

pytestmark = pytest.mark.skipif(sys.platform != "linux",
                                reason="built with Debian's nsis, wixl and osslsigncode")


@pytest.fixture
def payload(tmp_path: Path) -> Path:
    for tool in ("makensis", "wixl", "wixl-heat", "osslsigncode"):
        assert shutil.which(tool), f"{tool} missing: scripts/install-system-deps.sh test"
    folder = tmp_path / "certdesk"
    (folder / "_internal" / "ui" / "icons").mkdir(parents=True)
    for name in ("certdesk.exe", "certdesk-cli.exe", "_internal/python311.dll",
                 "_internal/ui/icons/certdesk.svg"):
        (folder / name).write_bytes(b"stand-in " + name.encode())
    return folder


def _build(payload: Path, out: Path, env: dict[str, str] | None = None
           ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(SCRIPT), str(payload), str(out), "1.2.3"],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHON": sys.executable,
                               "QT_QPA_PLATFORM": "offscreen", **(env or {})})


def test_nsis_and_msi_compile_unsigned(payload: Path, tmp_path: Path) -> None:
    proc = _build(payload, tmp_path / "out")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    setup = tmp_path / "out" / "certdesk-1.2.3-setup.exe"
    msi = tmp_path / "out" / "certdesk-1.2.3-x64.msi"
    assert setup.read_bytes()[:2] == b"MZ"
    assert msi.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1")  # an OLE compound file
    assert "not signing" in proc.stdout


def _code_signing_pfx(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "certdesk test signer")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CODE_SIGNING]), False)
            .sign(key, hashes.SHA256()))
    password = b"test-password"
    pfx = folder / "signer.pfx"
    pfx.write_bytes(pkcs12.serialize_key_and_certificates(
        b"signer", key, cert, None, serialization.BestAvailableEncryption(password)))
    password_file = folder / "password.txt"
    password_file.write_bytes(password)
    return pfx, password_file


def test_signing_with_a_certificate_from_the_environment(payload: Path, tmp_path: Path) -> None:
    pfx, password_file = _code_signing_pfx(tmp_path)
    # The stand-in executables are no PE files: sign only the installers here.
    (payload / "certdesk.exe").unlink()
    (payload / "certdesk-cli.exe").unlink()
    proc = _build(payload, tmp_path / "out", {"CERTDESK_SIGN_PFX": str(pfx),
                                              "CERTDESK_SIGN_PASSWORD_FILE": str(password_file)})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for name in ("certdesk-1.2.3-setup.exe", "certdesk-1.2.3-x64.msi"):
        extracted = tmp_path / f"{name}.sig"
        check = subprocess.run(["osslsigncode", "extract-signature", "-in",
                                str(tmp_path / "out" / name), "-out", str(extracted)],
                               capture_output=True, text=True, timeout=60)
        assert check.returncode == 0, check.stdout + check.stderr
        assert extracted.stat().st_size > 100
