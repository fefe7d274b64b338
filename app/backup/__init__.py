"""Encrypted backup of a whole certdesk store, restorable on another machine."""
