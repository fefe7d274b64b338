"""Every CLI failure: exit 1, one line on stderr, no traceback, no secret echoed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from tests.support.acme_env import ROOT


def _run(capsys: pytest.CaptureFixture[str], home: Path, *args: str) -> tuple[int, str]:
    code = main(["--home", str(home), *args])
    return code, capsys.readouterr().err


def _one_clean_line(err: str) -> bool:
    return len(err.strip().splitlines()) == 1 and "Traceback" not in err \
        and "unexpected error" not in err


@pytest.mark.parametrize("content", [
    b"\xff\xfeAPI_TOKEN=\x80\x81secret-value-1\n",  # Latin-1 / broken UTF-16
    b"\xc3\x28 bad utf-8",
])
def test_a_non_utf8_secrets_file_is_a_clear_error(tmp_path: Path, home: Path, content: bytes,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "secrets.env"
    path.write_bytes(content)
    code, err = _run(capsys, home, "dns", "credentials", "add", "--name", "cf", "--provider",
                     "cloudflare", "--secrets-file", str(path))
    assert code == 1 and "UTF-8" in err and _one_clean_line(err)
    assert "secret-value" not in err


@pytest.mark.parametrize("content", ["[1, 2]", "{" * 5000, "just-the-token-value-xyz"])
def test_malformed_secrets_files_are_clear_errors_without_echo(
        tmp_path: Path, home: Path, content: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "secrets.env"
    path.write_text(content)
    code, err = _run(capsys, home, "dns", "credentials", "add", "--name", "cf", "--provider",
                     "cloudflare", "--secrets-file", str(path))
    assert code == 1 and _one_clean_line(err)
    assert "token-value" not in err


def test_a_closed_pipe_is_not_an_error(home: Path) -> None:
    # `certdesk-cli dns providers | head -1`: the reader leaves after one line.
    proc = subprocess.Popen([sys.executable, "-m", "app.cli.main", "--home", str(home), "dns",
                             "providers"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=ROOT)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert err == ""


@pytest.mark.parametrize("name", ["a" * 4096 + ".com", "x." + "é" * 4000, "b\nc.com" * 500])
def test_a_huge_name_gives_a_short_error_line(home: Path, name: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run(capsys, home, "issue", "--account", "nope", "-d", name)
    assert code == 1 and _one_clean_line(err) and len(err) < 600
