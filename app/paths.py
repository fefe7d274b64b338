"""Where certdesk keeps its data: CERTDESK_HOME, --home, or the platform's data directory.

On Windows the data lives in the local application data (%LOCALAPPDATA%\\certdesk), not the
roaming one: enterprises redirect Roaming AppData to network shares, where SQLite's
write-ahead log does not work, and the master key in the Credential Manager belongs to this
machine anyway. A data folder left in the old roaming location is moved once.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "certdesk"
DATABASE_NAME = "certdesk.sqlite3"

log = logging.getLogger(__name__)


def windows_data_dirs(env: Mapping[str, str]) -> tuple[Path, Path | None]:
    """(local, old roaming) data folders on Windows."""
    local = env.get("LOCALAPPDATA")
    roaming = env.get("APPDATA")
    local_dir = (Path(local) / APP_NAME if local else
                 Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False)))
    return local_dir, Path(roaming) / APP_NAME if roaming else None


def default_home(*, platform: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    override = env.get("CERTDESK_HOME")
    if override:
        return Path(override).expanduser()
    if (platform or sys.platform) == "win32":
        local, roaming = windows_data_dirs(env)
        return migrate_from_roaming(roaming, local) if roaming else local
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def migrate_from_roaming(old: Path, new: Path) -> Path:
    """Move a data folder from the roaming location once; returns the folder to use.

    Nothing moves when the new folder already holds a database or the old one has none. On
    one volume the folder is renamed, which fails as a whole while a file in it is open (a
    running older certdesk). Across volumes (a redirected, network Roaming folder) it is
    copied, and the old folder is renamed to certdesk.moved, kept until the user removes it.
    If anything fails, the old folder stays in use and the move is tried again next start.
    """
    if (new / DATABASE_NAME).exists() or not (old / DATABASE_NAME).exists():
        return new
    try:
        if new.exists():
            new.rmdir()  # only an empty folder; anything else is left alone (OSError)
        new.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.rename(old, new)
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                raise
            staging = new.with_name(new.name + ".moving")
            shutil.rmtree(staging, ignore_errors=True)
            shutil.copytree(old, staging)
            os.rename(staging, new)
            os.rename(old, old.with_name(old.name + ".moved"))
    except OSError as exc:
        log.warning("could not move the data folder from %s to %s: %s", old, new, exc)
        return new if (new / DATABASE_NAME).exists() else old
    log.info("moved the data folder from %s to %s", old, new)
    return new


# The data folder and what certdesk creates in it are the user's alone (POSIX; Windows folders
# under the profile are private already). Existing folders keep the mode their owner chose.
PRIVATE_DIR = 0o700


def moved_home(home: Path, *, platform: str | None = None,
               env: Mapping[str, str] | None = None) -> Path:
    """`home`, or the local folder it was moved to when `home` is the old roaming one.

    A scheduled task or login entry written before the move names the old folder with --home;
    without this it would start a new, empty data folder there.
    """
    env = os.environ if env is None else env
    if (platform or sys.platform) != "win32" or (home / DATABASE_NAME).exists():
        return home
    _local, roaming = windows_data_dirs(env)
    if roaming is None or os.path.normcase(str(home)) != os.path.normcase(str(roaming)):
        return home
    return default_home(platform="win32", env={k: v for k, v in env.items()
                                               if k != "CERTDESK_HOME"})


def resolve_home(home: str | os.PathLike[str] | None = None) -> Path:
    path = moved_home(Path(home).expanduser()) if home else default_home()
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)  # the mode applies on creation
    return path


def database_path(home: Path) -> Path:
    return home / DATABASE_NAME


def log_dir(home: Path) -> Path:
    path = home / "logs"
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    return path
