"""Where certdesk keeps its data: CERTDESK_HOME, --home, or the platform's data directory."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "certdesk"


def default_home() -> Path:
    env = os.environ.get("CERTDESK_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def resolve_home(home: str | os.PathLike[str] | None = None) -> Path:
    path = Path(home).expanduser() if home else default_home()
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path(home: Path) -> Path:
    return home / "certdesk.sqlite3"


def log_dir(home: Path) -> Path:
    path = home / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
