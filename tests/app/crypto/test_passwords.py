"""Passwords with control characters are refused with a clear message, wherever they enter."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.main import main
from app.crypto.formats.assemble import read_material
from app.crypto.formats.export import render
from app.crypto.passwords import check_password
from app.errors import InvalidInput
from tests.support.local_ca import LocalCA

BAD = ["a\x00b", "\x00", "tab\there", "line\nbreak", "bell\x07", "del\x7f", "c1\x85"]


@pytest.fixture(scope="module")
def ca() -> LocalCA:
    return LocalCA()


@pytest.mark.parametrize("password", BAD)
@pytest.mark.parametrize("fmt", ["pfx", "pfx-compat", "key"])
def test_export_refuses_control_characters(ca: LocalCA, password: str, fmt: str) -> None:
    leaf = ca.issue()
    material = read_material(leaf.cert_pem + ca.chain_pem, key_data=leaf.key_pem)
    with pytest.raises(InvalidInput, match="control characters"):
        render(material, fmt, password=password)


@pytest.mark.parametrize("password", BAD)
def test_import_refuses_control_characters(ca: LocalCA, password: str) -> None:
    leaf = ca.issue()
    material = read_material(leaf.cert_pem + ca.chain_pem, key_data=leaf.key_pem)
    (pfx,) = render(material, "pfx", password="fine pw")
    with pytest.raises(InvalidInput, match="control characters"):
        read_material(pfx.data, password=password)


@pytest.mark.parametrize("password", ["pässwörd 1!", "with space", "🔒 emoji", b"bytes-pw"])
def test_ordinary_passwords_pass(password: str | bytes) -> None:
    check_password(password)


def test_cli_export_with_a_nul_in_the_password_file_is_one_clear_line(
        tmp_path: Path, home: Path, ca: LocalCA, capsys: pytest.CaptureFixture[str]) -> None:
    leaf = ca.issue(("nul.test",))
    (tmp_path / "in.pem").write_bytes(leaf.cert_pem + ca.chain_pem + leaf.key_pem)
    assert main(["--home", str(home), "import", str(tmp_path / "in.pem")]) == 0
    cert_id = capsys.readouterr().out.strip().splitlines()[-1]
    (tmp_path / "pw.txt").write_bytes(b"se\x00cret\n")
    out = tmp_path / "out.pfx"
    code = main(["--home", str(home), "export", cert_id, "--format", "pfx", "--out", str(out),
                 "--password-file", str(tmp_path / "pw.txt")])
    err = capsys.readouterr().err
    assert code == 1 and "control characters" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not out.exists()
