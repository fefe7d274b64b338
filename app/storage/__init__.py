"""Persistence: the SQLite store, encrypted secrets behind the OS keyring, atomic files."""
