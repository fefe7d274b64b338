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


def test_a_crashed_instance_does_not_block_the_next_start(tmp_path: Path, qtbot: QtBot) -> None:
    """The lock and the socket of a killed instance are taken over, not waited for."""
    import subprocess
    import sys

    code = ("import os, sys\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "from ui.single_instance import SingleInstance\n"
            "app = QCoreApplication([])\n"
            "instance = SingleInstance(sys.argv[1])\n"
            "print(instance.listen(), flush=True)\n"
            "os.kill(os.getpid(), 9)\n")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                          text=True, timeout=60, cwd=Path(__file__).parents[2], check=False)
    assert done.stdout.strip() == "True" and done.returncode != 0  # it held the lock, then died
    after = SingleInstance(str(tmp_path))
    try:
        assert after.listen()
        with qtbot.waitSignal(after.activated, timeout=5000):
            assert SingleInstance(str(tmp_path)).notify_running()
    finally:
        after.close()
