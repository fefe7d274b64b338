"""The open-source components certdesk ships with and their licences: the About dialog's list
and the THIRD-PARTY-NOTICES.txt a build writes next to the executables.

Read from the installed distributions' metadata (what certdesk requires, recursively), so the
list follows the dependencies without a hand-kept table. A frozen build keeps no metadata for
most of them: it ships the notices file generated at build time instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

from app.resources import bundle_root, package_dir

NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"
_LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE)[^/]*$", re.IGNORECASE)
#: Build and test tools never shipped in a build.
_NOT_SHIPPED = frozenset({"pip", "setuptools", "wheel", "pyinstaller", "altgraph",
                          "pyinstaller-hooks-contrib"})


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = (meta.get_all("License-Expression") or [""])[0]
    if expression:
        return str(expression)
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::") and "OSI Approved ::" in c]
    text = str((meta.get_all("License") or [""])[0]).strip()
    if text and len(text) < 80 and "\n" not in text:
        return text
    return ", ".join(classifiers) or "see its licence text"


def _requirements(dist: metadata.Distribution) -> list[str]:
    names = []
    for req in dist.requires or []:
        if "extra ==" in req:
            continue
        match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", req)
        if match:
            names.append(_norm(match.group(0)))
    return names


def _distributions(root: str = "certdesk") -> list[metadata.Distribution]:
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        if name in seen or name in _NOT_SHIPPED:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[name] = dist
        todo += _requirements(dist)
    seen.pop(root, None)
    return sorted(seen.values(), key=lambda d: _norm(d.metadata["Name"]))


def components() -> list[Component]:
    """Every component certdesk requires (directly or not), with its licence."""
    return [Component(d.metadata["Name"], d.version, _licence(d)) for d in _distributions()]


def notices_text() -> str:
    """The full notices: each component's licence and its licence texts."""
    parts = ["certdesk includes the following open-source components. Qt for Python "
             "(PySide6) and Qt are used under the GNU LGPL v3: they are shipped as separate "
             "shared libraries, which you may replace with your own build.\n"]
    shipped = package_dir("app.licenses")
    for name, title in (("LGPL-3.0.txt", "Qt, Qt for Python (PySide6), shiboken6: GNU LGPL v3"),
                        ("GPL-3.0.txt", "GNU GPL v3 (the LGPL v3 builds on it)"),
                        ("MPL-2.0.txt", "certifi: Mozilla Public License 2.0")):
        try:
            text = (shipped / name).read_text(encoding="utf-8").strip()
        except OSError:
            continue
        parts.append("=" * len(title) + "\n" + title + "\n" + "=" * len(title) + "\n\n" + text)
    for dist in _distributions():
        head = f"{dist.metadata['Name']} {dist.version}: {_licence(dist)}"
        parts.append("=" * len(head) + "\n" + head + "\n" + "=" * len(head))
        for file in dist.files or []:
            if _LICENCE_FILE.search(str(file)):
                try:
                    parts.append(file.read_text(encoding="utf-8").strip())
                except (OSError, UnicodeDecodeError):
                    continue
    return "\n\n".join(parts) + "\n"


def bundled_notices() -> str | None:
    """The notices file a frozen build ships, or None when running from source or a wheel."""
    root = bundle_root()
    if root is None:
        return None
    for folder in (root, root.parent):
        try:
            return (folder / NOTICES_FILE).read_text(encoding="utf-8")
        except OSError:
            continue
    return None
