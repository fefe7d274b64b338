"""The rotating log file helper both faces use."""

from __future__ import annotations

import logging
import stat
import sys
from pathlib import Path

import pytest

from app.log_files import install_log_file


def test_log_file_is_written_and_replaced_not_piled_up(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        first = install_log_file(tmp_path, "certdesk.log")
        again = install_log_file(tmp_path, "certdesk.log")
        assert first == again == tmp_path / "logs" / "certdesk.log"
        assert len(root.handlers) == len(before) + 1
        logging.getLogger("certdesk.test").error("something broke")
        assert "ERROR certdesk.test: something broke" in first.read_text()
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()


def test_unwritable_folder_is_not_fatal(tmp_path: Path) -> None:
    blocker = tmp_path / "home"
    blocker.write_text("a file where the data folder should be")
    assert install_log_file(blocker, "certdesk.log") is None


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_log_files_are_private_also_after_rotation(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.log_files.MAX_BYTES", 200)
    old = tmp_path / "logs" / "certdesk.log"
    old.parent.mkdir(parents=True)
    old.write_text("written by an older version\n")
    old.chmod(0o644)
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = install_log_file(tmp_path, "certdesk.log")
        assert path is not None
        for i in range(20):
            logging.getLogger("certdesk.test").error("line %d of a long enough message", i)
        rotated = path.with_name("certdesk.log.1")
        assert rotated.exists()
        for file in (path, rotated):
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
