"""atomic_write never loosens the process-wide umask (other threads create files meanwhile)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.storage.atomic import atomic_write


@pytest.mark.skipif(os.name != "posix", reason="POSIX umask")
def test_writing_does_not_touch_the_process_umask(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = os.umask

    def spy(mask: int) -> int:
        calls.append(mask)
        return real(mask)

    monkeypatch.setattr(os, "umask", spy)
    atomic_write(tmp_path / "public.pem", b"x")
    atomic_write(tmp_path / "private.key", b"y", private=True)
    assert calls == []
    assert (tmp_path / "public.pem").read_bytes() == b"x"


def test_a_failing_restriction_leaves_nothing_behind(tmp_path: Path) -> None:
    from app.errors import StorageError

    def refuse(path: Path) -> None:
        raise StorageError("Could not restrict access.", "Check the permissions.")

    with pytest.raises(StorageError):
        atomic_write(tmp_path / "k.pem", b"secret", private=True, restrict=refuse)
    assert list(tmp_path.iterdir()) == []
