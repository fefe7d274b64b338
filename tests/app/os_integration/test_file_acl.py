"""The Windows owner-only ACL, checked by the whoami and icacls commands it runs."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.errors import StorageError
from app.os_integration.file_acl import (
    icacls_arguments,
    parse_whoami_sid,
    restrict_to_owner,
)
from app.os_integration.processes import CREATE_NO_WINDOW

SID = "S-1-5-21-1004336348-1177238915-682003330-512"


def test_posix_is_a_no_op() -> None:
    def run(*args: Any, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        raise AssertionError("must not run anything on POSIX")

    restrict_to_owner("x", platform="posix", run=run)


def test_windows_grants_the_current_users_sid_without_a_console(tmp_path: Path) -> None:
    calls: list[tuple[list[str], dict[str, Any]]] = []

    def run(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        calls.append((args, kwargs))
        if args[0] == "whoami":
            return subprocess.CompletedProcess(args, 0, f'"corp\\alice","{SID}"\r\n', "")
        return subprocess.CompletedProcess(args, 0, "processed file", "")

    restrict_to_owner(tmp_path / "k.pfx", platform="nt", run=run,
                      env={"USERNAME": "alice", "USERDOMAIN": "CORP"})
    assert [c[0] for c in calls] == [
        ["whoami", "/user", "/fo", "csv", "/nh"],
        ["icacls", str(tmp_path / "k.pfx"), "/inheritance:r", "/grant:r", f"*{SID}:(F)"]]
    assert all(c[1]["creationflags"] == CREATE_NO_WINDOW for c in calls)
    assert all(c[1]["errors"] == "replace" for c in calls)
    assert icacls_arguments("a", "bob") == ["icacls", "a", "/inheritance:r", "/grant:r",
                                            "bob:(F)"]


def test_without_a_sid_the_user_name_is_used() -> None:
    calls: list[list[str]] = []

    def run(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        calls.append(args)
        if args[0] == "whoami":
            raise FileNotFoundError("whoami")
        return subprocess.CompletedProcess(args, 0, "processed file", "")

    restrict_to_owner("k.pfx", platform="nt", run=run,
                      env={"USERNAME": "alice", "USERDOMAIN": "CORP"})
    assert calls[-1][-1] == "CORP\\alice:(F)"


def test_parse_whoami_sid() -> None:
    assert parse_whoami_sid(f'"DOMÄNE\\jörg","{SID}"\r\n') == SID
    assert parse_whoami_sid("ERROR: something") == ""


def test_windows_failure_is_reported() -> None:
    def run(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        if args[0] == "whoami":
            return subprocess.CompletedProcess(args, 0, f'"a","{SID}"', "")
        return subprocess.CompletedProcess(args, 5, "", "Access is denied.")

    with pytest.raises(StorageError, match="Access is denied"):
        restrict_to_owner("k.pfx", platform="nt", run=run, env={"USERNAME": "alice"})
