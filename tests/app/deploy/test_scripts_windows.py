"""On Windows (the CI's windows-latest runner): PowerShell's own parser accepts every script,
the certificate-store preset's dry run changes nothing, and a friendly name full of PowerShell
syntax is stored as text, never run. Skipped where Windows PowerShell is not available."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from cryptography.x509.oid import NameOID

from app.deploy.powershell import Phase, build, powershell_exe, script_names
from app.deploy.presets import PRESETS, PresetKey, check_options
from app.resources import package_dir

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="needs Windows PowerShell")

PARSE = ("$errors = $null; $tokens = $null; "
         "[void][System.Management.Automation.Language.Parser]::ParseFile("
         "$env:CERTDESK_TEST_SCRIPT, [ref]$tokens, [ref]$errors); "
         "if ($errors.Count) { $errors | ForEach-Object { $_.ToString() }; exit 1 }")
MY = "('Cert:\\CurrentUser\\My\\' + $env:CERTDESK_TEST_THUMB)"
HAS_CERT = f"if (Test-Path -LiteralPath {MY}) {{ exit 0 }} else {{ exit 1 }}"
NAME_OF = f"(Get-Item -LiteralPath {MY}).FriendlyName"
REMOVE = f"Remove-Item -LiteralPath {MY}"


def _ps(command: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([powershell_exe(), "-NoProfile", "-NonInteractive", "-Command",
                           command], env={**os.environ, **env}, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize("name", script_names())
def test_powershell_parses_the_script(name: str) -> None:
    path = package_dir("app.deploy.windows") / name
    result = _ps(PARSE, CERTDESK_TEST_SCRIPT=str(path))
    assert result.returncode == 0, result.stdout + result.stderr


def _pfx(folder: Path, password: str) -> tuple[Path, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "certdesk-test.invalid")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=1)).sign(key, hashes.SHA256()))
    path = folder / "test.pfx"
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"certdesk-test", key, cert, None, BestAvailableEncryption(password.encode())))
    return path, cert.fingerprint(hashes.SHA1()).hex().upper()


def _run(invocation_env: dict[str, str], argv: tuple[str, ...]
         ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(argv), env={**os.environ, **invocation_env},
                          capture_output=True, text=True, timeout=120)


def test_dry_run_changes_nothing_and_names_are_data(tmp_path: Path) -> None:
    marker = tmp_path / "pwned.txt"
    nasty = f"x'; New-Item -Path '{marker}'; '$(New-Item -Path '{marker}')`\"{marker}"
    password = "pa'ss$(x)`word"
    pfx, thumb = _pfx(tmp_path, password)
    p = PRESETS[PresetKey.CERT_STORE]
    options = check_options(p, {"friendly-name": nasty})
    dry = build(p, options, pfx_path=str(pfx), password=password, new_thumbprint=thumb,
                old_thumbprint=None, phase=Phase.DEPLOY, dry_run=True)
    result = _run(dict(dry.env), dry.argv)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WOULD: import" in result.stdout and "DONE:" not in result.stdout
    assert _ps(HAS_CERT, CERTDESK_TEST_THUMB=thumb).returncode == 1  # nothing imported
    real = build(p, options, pfx_path=str(pfx), password=password, new_thumbprint=thumb,
                 old_thumbprint=None, phase=Phase.DEPLOY, dry_run=False)
    try:
        result = _run(dict(real.env), real.argv)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "CONFIRMED" in result.stdout
        assert _ps(NAME_OF, CERTDESK_TEST_THUMB=thumb).stdout.strip() == nasty
        assert not marker.exists()
    finally:
        _ps(REMOVE, CERTDESK_TEST_THUMB=thumb)
