"""certdesk-cli import/export/inspect/target/backup/restore, in-process and as a real process."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import keyring
import pytest

from app.cli.main import main
from app.crypto.formats.assemble import read_material
from app.crypto.formats.export import render
from tests.support.acme_env import cli
from tests.support.local_ca import LocalCA
from tests.support.openssl import openssl
from tests.support.wincred_keyring import WinCredLikeKeyring


@pytest.fixture(scope="module")
def ca() -> LocalCA:
    return LocalCA()


def run(capsys: pytest.CaptureFixture[str], home: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--home", str(home), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def pfx_file(tmp_path: Path, ca: LocalCA) -> Path:
    leaf = ca.issue(("cli.test", "www.cli.test"), rsa_bits=2048)
    material = read_material(leaf.cert_pem + ca.chain_pem, key_data=leaf.key_pem)
    (pfx,) = render(material, "pfx", password="import pw")
    path = tmp_path / "in.pfx"
    path.write_bytes(pfx.data)
    (tmp_path / "pw.txt").write_text("import pw\n")
    return path


def test_import_export_inspect(tmp_path: Path, home: Path, pfx_file: Path, ca: LocalCA,
                               capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, home, "import", str(pfx_file), "--password-file",
                         str(tmp_path / "pw.txt"))
    assert code == 0, err
    cert_id = out.strip().splitlines()[-1]
    assert "Imported cli.test" in out and "with its private key" in out
    # a duplicate is refused with the existing id
    code, _, err = run(capsys, home, "import", str(pfx_file), "--password-file",
                       str(tmp_path / "pw.txt"))
    assert code == 1 and cert_id in err
    # wrong password: clear message, exit 1
    (tmp_path / "bad.txt").write_text("nope")
    code, _, err = run(capsys, home, "import", str(pfx_file), "--password-file",
                       str(tmp_path / "bad.txt"))
    assert code == 1 and "password is wrong" in err

    (tmp_path / "out-pw.txt").write_text("export pw")
    code, out, err = run(capsys, home, "export", cert_id, "--format", "pfx-compat", "--out",
                         str(tmp_path / "x.pfx"), "--password-file", str(tmp_path / "out-pw.txt"))
    assert code == 0, err
    assert out.strip().splitlines()[-1] == str(tmp_path / "x.pfx")
    info = openssl("pkcs12", "-info", "-in", tmp_path / "x.pfx", "-passin", "pass:export pw",
                   "-nodes")
    assert "pbeWithSHA1And3-KeyTripleDES-CBC" in info.stderr + info.stdout
    assert "friendlyName: cli.test" in info.stdout
    code, _, err = run(capsys, home, "export", cert_id, "--format", "pfx", "--out",
                       str(tmp_path / "x.pfx"), "--password-file", str(tmp_path / "out-pw.txt"))
    assert code == 1 and "--force" in err
    code, _, err = run(capsys, home, "export", cert_id, "--format", "pem", "--out",
                       str(tmp_path / "pem"))
    assert code == 0, err
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "pem" / "privkey.pem").stat().st_mode) == 0o600
    root = tmp_path / "root.pem"
    root.write_bytes(ca.root.cert_pem)
    openssl("verify", "-CAfile", root, "-untrusted", tmp_path / "pem" / "chain.pem",
            tmp_path / "pem" / "cert.pem")

    code, out, err = run(capsys, home, "--json", "inspect", cert_id, "--roots", str(root))
    assert code == 0, err
    data = json.loads(out)
    assert data["leaf"]["names"] == ["cli.test", "www.cli.test"]
    assert data["chain_check"]["ok"] and data["chain_check"]["trusted_root"] == "Test Root"
    code, out, err = run(capsys, home, "inspect", str(tmp_path / "pem" / "cert.pem"))
    assert code == 0, err
    assert "SHA-256:" in out and "no-chain" not in out and "No intermediate" in out


def test_targets_and_backup_restore(tmp_path: Path, home: Path, pfx_file: Path,
                                    capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, home, "import", str(pfx_file), "--password-file",
                         str(tmp_path / "pw.txt"))
    cert_id = out.strip().splitlines()[-1]
    code, out, err = run(capsys, home, "target", "add", cert_id, "--folder",
                         str(tmp_path / "deploy"), "--format", "pem", "--format", "pfx",
                         "--password-file", str(tmp_path / "pw.txt"))
    assert code == 0, err
    target_id = out.strip().splitlines()[-1]
    code, out, err = run(capsys, home, "target", "run", cert_id)
    assert code == 0, err
    assert (tmp_path / "deploy" / "fullchain.pem").exists()
    assert (tmp_path / "deploy" / "cli.test.pfx").exists()
    code, out, _ = run(capsys, home, "--json", "target", "list")
    assert [t["id"] for t in json.loads(out)] == [target_id]
    assert json.loads(out)[0]["last_status"] == "ok"

    (tmp_path / "bk.txt").write_text("backup passphrase\n")
    code, out, err = run(capsys, home, "backup", "--out", str(tmp_path / "all.backup"),
                         "--password-file", str(tmp_path / "bk.txt"))
    assert code == 0, err
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "all.backup").stat().st_mode) == 0o600

    monkeypatch.setenv("CERTDESK_TEST_KEYRING", str(tmp_path / "keyring2.json"))
    keyring.set_keyring(WinCredLikeKeyring())
    other = tmp_path / "other-home"
    code, _, err = run(capsys, other, "restore", str(tmp_path / "all.backup"),
                       "--password-file", str(tmp_path / "pw.txt"))
    assert code == 1 and "passphrase is wrong" in err
    code, out, err = run(capsys, other, "restore", str(tmp_path / "all.backup"),
                         "--password-file", str(tmp_path / "bk.txt"))
    assert code == 0, err
    assert "1 certificate(s), 1 target(s)" in out
    code, out, err = run(capsys, other, "--json", "list")
    assert [c["id"] for c in json.loads(out)] == [cert_id]
    code, _, err = run(capsys, other, "restore", str(tmp_path / "all.backup"),
                       "--password-file", str(tmp_path / "bk.txt"))
    assert code == 1 and "already holds data" in err and "empty home" in err
    code, out, err = run(capsys, other, "target", "remove", target_id)
    assert code == 0, err


def test_real_process_exit_codes(tmp_path: Path, home: Path, ca: LocalCA) -> None:
    bad = tmp_path / "bad.pem"
    bad.write_bytes(ca.issue().cert_pem[:200])
    proc = cli(home, "import", str(bad))
    assert proc.returncode == 1
    assert "cut off" in proc.stderr and "Traceback" not in proc.stderr
    good = tmp_path / "good.pem"
    leaf = ca.issue(("proc.test",))
    good.write_bytes(leaf.cert_pem + ca.chain_pem)
    proc = cli(home, "import", str(good))
    assert proc.returncode == 0, proc.stderr
    cert_id = proc.stdout.strip().splitlines()[-1]
    proc = cli(home, "export", cert_id, "--format", "p7b", "--out", str(tmp_path / "c.p7b"))
    assert proc.returncode == 0, proc.stderr
    out = openssl("pkcs7", "-inform", "DER", "-in", tmp_path / "c.p7b", "-print_certs").stdout
    assert out.count("BEGIN CERTIFICATE") == 2
    proc = cli(home, "export", cert_id, "--format", "key", "--out", str(tmp_path / "k.key"))
    assert proc.returncode == 1 and "private key" in proc.stderr
