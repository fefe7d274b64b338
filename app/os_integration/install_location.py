"""Is certdesk running from a place a scheduled task or login item must not point at?

On macOS an app started from the disk image, or from Downloads before it was moved, runs
from a read-only random path (App Translocation, /private/var/folders/.../AppTranslocation/)
or from /Volumes/<dmg>: a renewal task or login item saved with that path stops working once
the image is ejected or the Mac restarts. On Windows the same goes for an app started from
inside a zip file (a temporary folder). The GUI asks before it schedules renewals.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from app.resources import is_frozen


def unstable_location(executable: PurePath, *, platform: str, home: PurePath,
                      temp_dirs: tuple[PurePath, ...] = ()) -> str | None:
    """Why `executable`'s folder is not a lasting install location, or None if it is."""
    parts = executable.parts
    if platform == "darwin":
        if "AppTranslocation" in parts:
            return ("certdesk runs from a temporary copy macOS made (App Translocation), "
                    "because it was started from the disk image or the Downloads folder.")
        if len(parts) > 2 and parts[:2] == ("/", "Volumes"):
            return "certdesk runs from the disk image, which goes away when it is ejected."
        if _inside(executable, home / "Downloads"):
            return "certdesk runs from the Downloads folder."
    if platform == "win32":
        for temp in temp_dirs:
            if _inside(executable, temp):
                return ("certdesk runs from a temporary folder (started from inside a zip "
                        "file?), which Windows cleans up.")
        if _inside(executable, home / "Downloads"):
            return "certdesk runs from the Downloads folder."
    return None


def install_location_warning(*, platform: str | None = None,
                             executable: Path | None = None) -> str | None:
    """For the running build: what to tell the user before renewals are scheduled (with what
    to do), or None when the location is fine or certdesk is not an installed build."""
    if executable is None and not is_frozen():
        return None
    platform = platform or sys.platform
    executable = executable or Path(sys.executable)
    pure: PurePath = (PureWindowsPath(executable) if platform == "win32"
                      else PurePosixPath(executable))
    home = (PureWindowsPath(Path.home()) if platform == "win32" else PurePosixPath(Path.home()))
    temps: tuple[PurePath, ...] = ()
    if platform == "win32":
        import tempfile

        temps = (PureWindowsPath(tempfile.gettempdir()),)
    reason = unstable_location(pure, platform=platform, home=home, temp_dirs=temps)
    if reason is None:
        return None
    fix = ("Move certdesk to Applications, start it from there, then schedule renewals."
           if platform == "darwin" else
           "Install certdesk with its installer, start it from the Start menu, then schedule "
           "renewals.")
    return f"{reason} A scheduled renewal would point at a path that will not last. {fix}"


def _inside(path: PurePath, folder: PurePath) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True
