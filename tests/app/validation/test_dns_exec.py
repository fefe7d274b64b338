"""The exec hook's failures are ValidationFailed with a hint, never a raw OSError/ValueError."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest

from app.errors import ValidationFailed
from app.validation.dns_exec import _run

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX exec semantics")


@posix_only
def test_a_script_without_shebang_is_explained(tmp_path: Path) -> None:
    hook = tmp_path / "hook"
    hook.write_text("echo hi\n")
    hook.chmod(0o755)
    with pytest.raises(ValidationFailed) as info:
        _run(str(hook), "present", "_acme-challenge.example.test.", "v")
    assert "could not be started" in info.value.message
    assert "#!" in info.value.hint


@posix_only
def test_a_folder_is_explained(tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed, match="could not be started"):
        _run(shlex.quote(str(tmp_path)), "present", "_acme-challenge.example.test.", "v")


def test_unbalanced_quotes_are_explained() -> None:
    with pytest.raises(ValidationFailed) as info:
        _run("'/opt/hook", "present", "_acme-challenge.example.test.", "v")
    assert "quoting" in info.value.hint


def test_a_blank_command_runs_nothing() -> None:
    with pytest.raises(ValidationFailed, match="empty"):
        _run("   ", "present", "_acme-challenge.example.test.", "v")
