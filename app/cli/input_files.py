"""Reading the files a command names (CSRs, keys, password files, ...)."""

from __future__ import annotations

import os


def read_input_file(path: str | os.PathLike[str], what: str = "file") -> bytes:
    """The file's bytes, with errors people understand (the inventory service's reader; its
    module loads the cryptography library, so it is imported here on first use and commands
    that read no file, like `list`, start without it)."""
    from app.services.inventory import read_input_file as read

    return read(path, what)
