"""The deployment types front ends use: the Windows presets, their options, STARTTLS for the
endpoint check (the CLI and the GUI reach the core only through app.services)."""

from __future__ import annotations

from app.deploy.presets import PRESETS, PresetKey, PresetOption, WindowsPreset
from app.endpoints.starttls import StartTls

__all__ = ["PRESETS", "PresetKey", "PresetOption", "StartTls", "WindowsPreset"]
