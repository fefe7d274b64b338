"""The CLI's last line of defence: a bug prints one line and leaves its traceback in the log."""

from pathlib import Path

import pytest

from app.cli import main as cli_main


def test_unexpected_error_is_one_line_and_logged(home: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import account_commands

    def boom(ctx: object, args: object) -> None:
        raise ZeroDivisionError("deliberate")

    monkeypatch.setattr(account_commands, "_list", boom)
    code = cli_main.main(["--home", str(home), "account", "list"])
    assert code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ZeroDivisionError: deliberate" in err
    assert "Traceback" not in err
    import logging

    for handler in logging.getLogger().handlers:
        handler.flush()
    log = (home / "logs" / "certdesk-cli.log").read_text()
    assert "Traceback" in log and "ZeroDivisionError: deliberate" in log


def test_logging_is_set_up_once_per_call(home: Path) -> None:
    import logging

    for _ in range(3):
        assert cli_main.main(["--home", str(home), "account", "list"]) == 0
    ours = [h for h in logging.getLogger().handlers if getattr(h, "certdesk_cli", False)]
    assert len(ours) == 2  # stderr and the log file, not six


def test_missing_csr_file_is_a_clear_one_line_error(home: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    code = cli_main.main(["--home", str(home), "issue", "--account", "x", "--csr",
                          str(home / "nope.csr")])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
    assert "CSR file" in err and "does not exist" in err and "unexpected" not in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from app import __version__

    assert cli_main.main(["--version"]) == 0  # answered before the services are imported
    assert capsys.readouterr().out.strip() == f"certdesk-cli {__version__}"
    with pytest.raises(SystemExit) as exit_info:  # and by argparse among other options
        cli_main.main(["--json", "--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"certdesk-cli {__version__}"
