"""Owner-only access for files holding private keys.

POSIX: app.storage.atomic writes them with mode 0600. Windows has no mode bits; the file
inherits its folder's ACL (which, outside the user profile, often grants Users read access),
so after writing we replace the ACL with one granting only the current user, using the
built-in icacls tool (no pywin32 needed).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.errors import StorageError

Runner = Callable[..., "subprocess.CompletedProcess[str]"]


def current_windows_user(env: dict[str, str] | None = None) -> str:
    env = dict(os.environ) if env is None else env
    user = env.get("USERNAME", "")
    domain = env.get("USERDOMAIN", "")
    return f"{domain}\\{user}" if domain and user else user


def icacls_arguments(path: str | os.PathLike[str], user: str) -> list[str]:
    """Remove inherited entries and grant full control to `user` alone."""
    return ["icacls", str(path), "/inheritance:r", "/grant:r", f"{user}:(F)"]


def restrict_to_owner(path: str | os.PathLike[str], *, platform: str = os.name,
                      run: Runner | None = None, env: dict[str, str] | None = None) -> None:
    """Make `path` readable by its owner only. A no-op on POSIX (handled by the file mode)."""
    if platform != "nt":
        return
    user = current_windows_user(env)
    if not user:
        raise StorageError(f"Could not restrict access to {Path(path).name}: the user name is "
                           "unknown.", "Check the file's permissions by hand.")
    runner: Runner = run or subprocess.run
    kwargs: dict[str, Any] = {"capture_output": True, "text": True, "timeout": 30}
    try:
        result = runner(icacls_arguments(path, user), **kwargs)
    except (OSError, subprocess.SubprocessError) as exc:
        raise StorageError(f"Could not restrict access to {path}: {exc}.",
                           "Check the file's permissions by hand (only you should read it).") \
            from exc
    if result.returncode != 0:
        raise StorageError(
            f"Could not restrict access to {path}: icacls said "
            f"{(result.stdout or result.stderr).strip()[:200]!r}.",
            "Check the file's permissions by hand (only you should read it).")
