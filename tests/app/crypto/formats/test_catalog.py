"""The export formats as plain values: the same ones the renderer uses, and importable
without the cryptography library."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.crypto.formats import catalog, export
from app.crypto.formats.errors import ExportRefused

ROOT = Path(__file__).resolve().parents[4]


def test_export_offers_the_same_formats() -> None:
    assert export.ExportFormat is catalog.ExportFormat
    assert export.FORMATS is catalog.FORMATS
    assert export.FormatInfo is catalog.FormatInfo
    assert set(catalog.FORMATS) == set(catalog.ExportFormat)


def test_parse_is_unchanged() -> None:
    assert catalog.ExportFormat.parse(" PFX-Compat ") is catalog.ExportFormat.PFX_COMPAT
    with pytest.raises(ExportRefused, match="Unknown export format 'jks'"):
        catalog.ExportFormat.parse("jks")


def test_importing_the_catalog_loads_no_cryptography() -> None:
    code = ("import sys; import app.crypto.formats.catalog, app.services.export_formats\n"
            "print(any(m.startswith('cryptography') for m in sys.modules))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"
