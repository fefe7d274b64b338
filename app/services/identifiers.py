"""Names and IP addresses as certificates list them, parsed for display."""

from __future__ import annotations

from app.names import parse_identifier, parse_identifiers

__all__ = ["parse_identifier", "parse_identifiers"]
