"""The data folder: local app data on Windows, moved once from the old roaming location."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from app.paths import DATABASE_NAME, default_home


def windows_env(tmp_path: Path) -> dict[str, str]:
    return {"LOCALAPPDATA": str(tmp_path / "Local"), "APPDATA": str(tmp_path / "Roaming")}


def old_home(tmp_path: Path) -> Path:
    old = tmp_path / "Roaming" / "certdesk"
    (old / "logs").mkdir(parents=True)
    (old / DATABASE_NAME).write_bytes(b"db")
    (old / f"{DATABASE_NAME}-wal").write_bytes(b"wal")
    return old


def test_windows_data_lives_in_local_app_data(tmp_path: Path) -> None:
    assert default_home(platform="win32", env=windows_env(tmp_path)) == \
        tmp_path / "Local" / "certdesk"


def test_certdesk_home_wins(tmp_path: Path) -> None:
    env = {**windows_env(tmp_path), "CERTDESK_HOME": str(tmp_path / "mine")}
    assert default_home(platform="win32", env=env) == tmp_path / "mine"


def test_an_old_roaming_folder_is_moved_once(tmp_path: Path) -> None:
    old = old_home(tmp_path)
    home = default_home(platform="win32", env=windows_env(tmp_path))
    assert home == tmp_path / "Local" / "certdesk"
    assert (home / DATABASE_NAME).read_bytes() == b"db"
    assert (home / f"{DATABASE_NAME}-wal").read_bytes() == b"wal" and (home / "logs").is_dir()
    assert not old.exists()
    assert default_home(platform="win32", env=windows_env(tmp_path)) == home


def test_across_volumes_the_folder_is_copied_and_the_old_one_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = old_home(tmp_path)
    rename = os.rename

    def cross_volume(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(src) == old and Path(dst).parent != old.parent:
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        rename(src, dst)

    monkeypatch.setattr(os, "rename", cross_volume)
    home = default_home(platform="win32", env=windows_env(tmp_path))
    assert (home / DATABASE_NAME).read_bytes() == b"db"
    assert (old.with_name("certdesk.moved") / DATABASE_NAME).exists() and not old.exists()


def test_a_folder_in_use_stays_where_it_is(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    old = old_home(tmp_path)

    def in_use(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(os, "rename", in_use)
    assert default_home(platform="win32", env=windows_env(tmp_path)) == old
    assert (old / DATABASE_NAME).exists()


def test_a_schedule_naming_the_old_folder_finds_the_moved_one(tmp_path: Path) -> None:
    from app.paths import moved_home

    old = old_home(tmp_path)
    env = windows_env(tmp_path)
    home = default_home(platform="win32", env=env)  # moves the folder
    assert moved_home(old, platform="win32", env=env) == home
    assert moved_home(tmp_path / "elsewhere", platform="win32", env=env) == \
        tmp_path / "elsewhere"
    assert moved_home(old, platform="linux", env=env) == old
