"""What the About dialog shows: version, licence, bundled components and their notices."""

from __future__ import annotations

from dataclasses import dataclass

from app import __version__
from app.third_party import Component, bundled_notices, components, notices_text

LICENCE = "MIT"


@dataclass(frozen=True)
class AboutInfo:
    version: str
    licence: str
    components: tuple[Component, ...]
    notices: str


def about_info() -> AboutInfo:
    """Reads package metadata or the bundled notices file: call it off the GUI thread."""
    bundled = bundled_notices()
    if bundled is not None:  # a frozen build: no metadata, the file made at build time
        return AboutInfo(__version__, LICENCE, (), bundled)
    return AboutInfo(__version__, LICENCE, tuple(components()), notices_text())
