"""certdesk core: ACME, keys, validation, storage and scheduling. Never imports Qt."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path


def _version() -> str:
    """The version from the installed distribution's metadata (pyproject.toml is its only
    source); from a plain source tree, read pyproject.toml itself."""
    try:
        return metadata.version("certdesk")
    except metadata.PackageNotFoundError:
        pass
    import tomllib

    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    try:
        with pyproject.open("rb") as f:
            return str(tomllib.load(f)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0+unknown"


__version__ = _version()
