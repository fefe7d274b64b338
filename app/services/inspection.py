"""What inspecting a certificate or a file reports, as front ends show it."""

from __future__ import annotations

from app.crypto.formats.describe import CertificateInfo
from app.crypto.formats.inspect import Inspection

__all__ = ["CertificateInfo", "Inspection"]
