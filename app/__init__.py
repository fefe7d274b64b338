"""certdesk core: ACME, keys, validation, storage and scheduling. Never imports Qt."""

__version__ = "0.1.0"
