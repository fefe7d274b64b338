"""The CLI's output streams: never fail on a character the console cannot show.

Redirected output on Windows is written in the ANSI code page (cp1252, ...), which lacks most
of Unicode: an international name or a symbol in a message would end the command with
UnicodeEncodeError after the work was done. Unencodable characters become '?' instead.
"""

from __future__ import annotations

import contextlib
import io
import sys
from typing import TextIO


def tolerate_unencodable(*streams: TextIO) -> None:
    """Replace what a stream's encoding cannot carry (default: stdout and stderr)."""
    for stream in streams or (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            with contextlib.suppress(ValueError, io.UnsupportedOperation):  # closed/detached
                stream.reconfigure(errors="replace")
