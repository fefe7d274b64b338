"""A build running from the disk image, App Translocation, Downloads or a zip's temporary
folder is named before renewals are scheduled with its path."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from app.os_integration.install_location import install_location_warning, unstable_location

MAC_HOME = PurePosixPath("/Users/ann")
WIN_HOME = PureWindowsPath(r"C:\Users\ann")
WIN_TEMP = (PureWindowsPath(r"C:\Users\ann\AppData\Local\Temp"),)


@pytest.mark.parametrize("path, word", [
    ("/private/var/folders/x1/T/AppTranslocation/6A3B/d/certdesk.app/Contents/MacOS/certdesk",
     "App Translocation"),
    ("/Volumes/certdesk 0.1.0/certdesk.app/Contents/MacOS/certdesk", "disk image"),
    ("/Users/ann/Downloads/certdesk.app/Contents/MacOS/certdesk", "Downloads"),
])
def test_macos_temporary_locations(path: str, word: str) -> None:
    reason = unstable_location(PurePosixPath(path), platform="darwin", home=MAC_HOME)
    assert reason is not None and word in reason


def test_macos_applications_is_fine() -> None:
    path = PurePosixPath("/Applications/certdesk.app/Contents/MacOS/certdesk")
    assert unstable_location(path, platform="darwin", home=MAC_HOME) is None


def test_windows_zip_temp_folder_and_installed() -> None:
    zipped = PureWindowsPath(r"C:\Users\ann\AppData\Local\Temp\Temp1_certdesk.zip\certdesk.exe")
    reason = unstable_location(zipped, platform="win32", home=WIN_HOME, temp_dirs=WIN_TEMP)
    assert reason is not None and "temporary folder" in reason
    installed = PureWindowsPath(r"C:\Users\ann\AppData\Local\Programs\certdesk\certdesk.exe")
    assert unstable_location(installed, platform="win32", home=WIN_HOME,
                             temp_dirs=WIN_TEMP) is None


def test_warning_says_what_to_do() -> None:
    warning = install_location_warning(
        platform="darwin", executable=Path("/Volumes/certdesk/certdesk.app/Contents/MacOS/x"))
    assert warning is not None and "Move certdesk to Applications" in warning


def test_source_tree_never_warns() -> None:
    assert install_location_warning() is None
