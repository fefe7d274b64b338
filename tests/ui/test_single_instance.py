"""One instance per data folder, decided by a lock before anything listens."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from ui.single_instance import SingleInstance, server_name


def test_two_spellings_of_one_folder_share_a_name(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (tmp_path / "link").symlink_to(home)
    names = {server_name(str(home)), server_name(f"{home}/"), server_name(str(home / ".." /
                                                                             "home")),
             server_name(str(tmp_path / "link"))}
    assert len(names) == 1
    assert server_name(str(home), user="alice") != server_name(str(home), user="bob")


def test_a_second_launch_neither_listens_nor_removes_the_first(tmp_path: Path,
                                                               qtbot: QtBot) -> None:
    home = tmp_path / "home"
    home.mkdir()
    first = SingleInstance(str(home))
    second = SingleInstance(f"{home}/")
    try:
        assert first.listen()
        assert not second.listen()  # the first holds the lock: the second must not listen
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert second.notify_running()
        # the first still owns the name after the second gave up
        third = SingleInstance(str(home))
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert third.notify_running()
    finally:
        second.close()
        first.close()
    again = SingleInstance(str(home))
    assert again.listen()  # released on close
    again.close()


def test_nobody_answering_is_reported_quickly(tmp_path: Path) -> None:
    assert not SingleInstance(str(tmp_path)).notify_running(timeout_ms=100)
