"""Owner-only access for files holding private keys.

POSIX: app.storage.atomic writes them with mode 0600. Windows has no mode bits; the file
inherits its folder's ACL (which, outside the user profile, often grants Users read access),
so we replace the ACL with one granting only the current user, named by its SID (user names
can be ambiguous or localised), using the built-in whoami and icacls tools (no pywin32
needed). Callers restrict the temporary file before it is renamed into place, so the key is
never readable by others under its final name.
"""

from __future__ import annotations

import csv
import os
import subprocess
from pathlib import Path

from app.errors import StorageError, os_reason
from app.os_integration import processes
from app.os_integration.processes import Runner


def current_windows_user(env: dict[str, str] | None = None) -> str:
    env = dict(os.environ) if env is None else env
    user = env.get("USERNAME", "")
    domain = env.get("USERDOMAIN", "")
    return f"{domain}\\{user}" if domain and user else user


def parse_whoami_sid(output: str) -> str:
    """The SID from `whoami /user /fo csv /nh` ("DOMAIN\\user","S-1-5-21-..."), or ""."""
    for row in csv.reader(output.strip().splitlines()):
        if row and row[-1].strip().startswith("S-1-"):
            return row[-1].strip()
    return ""


def current_user_sid(*, run: Runner | None = None, platform: str = "win32") -> str:
    """The SID of the user running certdesk, or "" when whoami cannot tell."""
    try:
        result = processes.run(["whoami", "/user", "/fo", "csv", "/nh"], timeout=30,
                               console_tool=True, platform=platform, runner=run)
    except (OSError, subprocess.SubprocessError):
        return ""
    return parse_whoami_sid(result.stdout or "") if result.returncode == 0 else ""


def icacls_arguments(path: str | os.PathLike[str], user: str) -> list[str]:
    """Remove inherited entries and grant full control to `user` alone ("*SID" or a name)."""
    return ["icacls", str(path), "/inheritance:r", "/grant:r", f"{user}:(F)"]


def restrict_to_owner(path: str | os.PathLike[str], *, platform: str = os.name,
                      run: Runner | None = None, env: dict[str, str] | None = None) -> None:
    """Make `path` readable by its owner only. A no-op on POSIX (handled by the file mode)."""
    if platform not in ("nt", "win32"):
        return
    sid = current_user_sid(run=run)
    principal = f"*{sid}" if sid else current_windows_user(env)
    if not principal:
        raise StorageError(f"Could not restrict access to {Path(path).name}: the user is "
                           "unknown.", "Check the file's permissions by hand.")
    try:
        result = processes.run(icacls_arguments(path, principal), timeout=30,
                               console_tool=True, platform="win32", runner=run)
    except (OSError, subprocess.SubprocessError) as exc:
        raise StorageError(f"Could not restrict access to {path}: {os_reason(exc)}.",
                           "Check the file's permissions by hand (only you should read it).") \
            from exc
    if result.returncode != 0:
        raise StorageError(
            f"Could not restrict access to {path}: icacls said "
            f"{(result.stdout or result.stderr).strip()[:200]!r}.",
            "Check the file's permissions by hand (only you should read it).")
