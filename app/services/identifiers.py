"""Names and IP addresses as certificates list them, parsed for display."""

from __future__ import annotations

from app.name_scripts import mixed_script_warnings
from app.names import parse_identifier, parse_identifiers

__all__ = ["mixed_script_warnings", "parse_identifier", "parse_identifiers"]
