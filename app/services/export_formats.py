"""Export formats and the errors of reading protected files, as front ends name them."""

from __future__ import annotations

from app.crypto.formats.catalog import FORMATS, ExportFormat
from app.crypto.formats.errors import PasswordRequired, WrongPassword

__all__ = ["FORMATS", "ExportFormat", "PasswordRequired", "WrongPassword"]
