"""Every CLI failure is exit 1 with one line on stderr and no traceback, whatever the input."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli.main import main

SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])
WORDS = st.text(st.characters(exclude_categories=["Cs"]), max_size=60)


def _run(home: Path, *args: str) -> tuple[int, str]:
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            code = main(["--home", str(home), *args])
        except SystemExit as exc:  # argparse: usage errors exit 2
            code = int(exc.code or 0)
    return code, err.getvalue()


def _check(code: int, err: str) -> None:
    assert code in (0, 1, 2), (code, err)
    assert "Traceback" not in err and "unexpected error" not in err, err
    if code == 1:
        assert len(err.strip().splitlines()) == 1, err


@SETTINGS
@given(st.binary(max_size=2000), st.sampled_from(["inspect", "import"]))
def test_files_of_any_bytes(tmp_path: Path, data: bytes, command: str) -> None:
    path = tmp_path / "input.bin"
    path.write_bytes(data)
    _check(*_run(tmp_path, command, str(path)))


@SETTINGS
@given(WORDS, WORDS)
def test_any_names_and_ids(tmp_path: Path, name: str, ident: str) -> None:
    _check(*_run(tmp_path, "issue", "--account", ident or "x", "-d", name or "x"))
    _check(*_run(tmp_path, "show", ident or "x"))
    _check(*_run(tmp_path, "export", ident or "x", "--format", name or "pem", "--out",
                 str(tmp_path / "out")))


@SETTINGS
@given(st.binary(max_size=300))
def test_password_and_secrets_files_of_any_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(data)
    _check(*_run(tmp_path, "restore", str(tmp_path / "missing.backup"), "--password-file",
                 str(path)))
    _check(*_run(tmp_path, "dns", "credentials", "add", "--name", "n", "--provider",
                 "cloudflare", "--secrets-file", str(path)))
