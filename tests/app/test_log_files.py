"""The rotating log file helper both faces use."""

from __future__ import annotations

import logging
from pathlib import Path

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
