"""`certdesk-cli account …` argument handling that needs no CA: secrets and unreadable files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.cli.main import main
from app.services.accounts import AccountRequest, AccountService
from tests.support.pebble import Pebble


def run(capsys: pytest.CaptureFixture[str], home: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--home", str(home), *argv])
    out, err = capsys.readouterr()
    return code, out, err


class _Registered(Exception):
    pass


@pytest.fixture
def captured(monkeypatch: pytest.MonkeyPatch) -> list[AccountRequest]:
    seen: list[AccountRequest] = []

    def register(self: Any, request: AccountRequest) -> Any:
        seen.append(request)
        raise _Registered

    monkeypatch.setattr(AccountService, "register", register)
    return seen


def test_hmac_key_on_the_command_line_is_refused(capsys: pytest.CaptureFixture[str],
                                                  home: Path,
                                                  captured: list[AccountRequest]) -> None:
    code, _, err = run(capsys, home, "account", "add", "--directory", "zerossl",
                       "--agree-tos", "--eab-kid", "kid", "--eab-hmac-key", "c2VjcmV0")
    assert code == 1
    assert "--eab-hmac-key-file" in err and "c2VjcmV0" not in err
    assert captured == []


def test_hmac_key_file_is_read_and_stripped(capsys: pytest.CaptureFixture[str], home: Path,
                                            tmp_path: Path,
                                            captured: list[AccountRequest]) -> None:
    key_file = tmp_path / "hmac.txt"
    key_file.write_text("c2VjcmV0\n")
    run(capsys, home, "account", "add", "--directory", "zerossl", "--agree-tos",
        "--eab-kid", "kid", "--eab-hmac-key-file", str(key_file))
    assert [r.eab_hmac_key for r in captured] == ["c2VjcmV0"]


def test_a_missing_hmac_key_file_is_a_clear_error(capsys: pytest.CaptureFixture[str],
                                                  home: Path, tmp_path: Path,
                                                  captured: list[AccountRequest]) -> None:
    code, _, err = run(capsys, home, "account", "add", "--directory", "zerossl",
                       "--agree-tos", "--eab-kid", "kid",
                       "--eab-hmac-key-file", str(tmp_path / "nope.txt"))
    assert code == 1
    assert "does not exist" in err and "unexpected" not in err


def test_a_missing_account_key_file_is_a_clear_error(capsys: pytest.CaptureFixture[str],
                                                     home: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, home, "account", "recover", "--directory", "zerossl",
                       "--key-file", str(tmp_path / "nope.pem"))
    assert code == 1
    assert "does not exist" in err and "unexpected" not in err


@pytest.mark.pebble
def test_add_without_agreeing_names_the_terms(capsys: pytest.CaptureFixture[str], home: Path,
                                              pebble: Pebble) -> None:
    code, _, err = run(capsys, home, "--ca-bundle", str(pebble.ca_bundle), "account", "add",
                       "--directory", pebble.directory, "--email", "ops@example.com")
    assert code == 1
    assert "data:text/plain,Do%20what%20thou%20wilt" in err and "--agree-tos" in err
    code, _, err = run(capsys, home, "--ca-bundle", str(pebble.ca_bundle), "account", "add",
                       "--directory", pebble.directory, "--email", "ops@example.com",
                       "--agree-tos")
    assert code == 0, err
