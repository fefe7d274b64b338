"""Putting rendered export files on disk: atomic, owner-only keys, no silent overwrite."""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.crypto.formats.errors import ExportRefused, WriteFailed
from app.crypto.formats.export import FORMATS, ExportFile, ExportFormat
from app.os_integration import file_acl
from app.storage.atomic import atomic_write


@dataclass(frozen=True)
class WrittenFile:
    path: Path
    private: bool


def destinations(fmt: ExportFormat, files: Sequence[ExportFile], out: str | os.PathLike[str]
                 ) -> list[tuple[Path, ExportFile]]:
    """Folder formats write their files into `out`; single-file formats write `out` itself."""
    target = Path(out).expanduser()
    if FORMATS[fmt].folder:
        if target.exists() and not target.is_dir():
            raise ExportRefused(f"{target} is a file, but the {fmt.value} format writes a folder.",
                                "Give a folder path for --out.")
        return [(target / f.name, f) for f in files]
    assert len(files) == 1
    if target.is_dir():
        return [(target / files[0].name, files[0])]
    return [(target, files[0])]


def write_files(fmt: ExportFormat, files: Sequence[ExportFile], out: str | os.PathLike[str], *,
                force: bool = False) -> tuple[WrittenFile, ...]:
    """Write every file or, if one exists and `force` is false, none of them."""
    planned = destinations(fmt, files, out)
    if not force:
        existing = [str(p) for p, _ in planned if p.exists()]
        if existing:
            raise ExportRefused("Not overwriting existing file(s): " + ", ".join(existing) + ".",
                                "Choose another location, or allow overwriting (--force).")
    written = []
    for path, item in planned:
        try:
            # A key file is restricted before it gets its name, not after.
            atomic_write(path, item.data, private=item.private,
                         restrict=file_acl.restrict_to_owner if item.private else None)
        except OSError as exc:
            raise WriteFailed(f"Could not write {path}: {exc.strerror or exc}.",
                              _write_hint(exc)) from exc
        written.append(WrittenFile(path, item.private))
    return tuple(written)


def _write_hint(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "Check that you may write to that folder, or choose another location."
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "Free some disk space, or choose another location."
    return "Check the path (every part of it must be a folder), or choose another location."
