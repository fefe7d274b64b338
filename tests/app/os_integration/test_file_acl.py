"""The Windows owner-only ACL, checked by the icacls command it runs."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.errors import StorageError
from app.os_integration.file_acl import icacls_arguments, restrict_to_owner


def test_posix_is_a_no_op() -> None:
    def run(*args: Any, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        raise AssertionError("must not run anything on POSIX")

    restrict_to_owner("x", platform="posix", run=run)


def test_windows_runs_icacls_for_the_current_user(tmp_path: Path) -> None:
    calls: list[list[str]] = []

    def run(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        calls.append(args)
        return subprocess.CompletedProcess(args, 0, "processed file", "")

    restrict_to_owner(tmp_path / "k.pfx", platform="nt", run=run,
                      env={"USERNAME": "alice", "USERDOMAIN": "CORP"})
    assert calls == [["icacls", str(tmp_path / "k.pfx"), "/inheritance:r", "/grant:r",
                      "CORP\\alice:(F)"]]
    assert icacls_arguments("a", "bob") == ["icacls", "a", "/inheritance:r", "/grant:r",
                                            "bob:(F)"]


def test_windows_failure_is_reported() -> None:
    def run(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(args, 5, "", "Access is denied.")

    with pytest.raises(StorageError, match="Access is denied"):
        restrict_to_owner("k.pfx", platform="nt", run=run, env={"USERNAME": "alice"})
