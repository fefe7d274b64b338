"""certdesk core: ACME, keys, validation, storage and scheduling. Never imports Qt."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path


def _version() -> str:
    """The version from the installed distribution's metadata (pyproject.toml is its only
    source); from a plain source tree, read pyproject.toml itself."""
    for entry in sys.path:  # the METADATA file itself: importlib.metadata takes ~50 ms to load
        for path in Path(entry or ".").glob("certdesk-*.dist-info/METADATA"):
            with contextlib.suppress(OSError), path.open(encoding="utf-8") as f:
                for line in f:
                    if line.startswith("Version:"):
                        return line.split(":", 1)[1].strip()
                    if not line.strip():
                        break
    from importlib import metadata

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
