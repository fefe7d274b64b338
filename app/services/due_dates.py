"""When a certificate falls due for renewal, as front ends show it (the renewal policy's)."""

from __future__ import annotations

from app.renewal.due import due_from, renewal_due

__all__ = ["due_from", "renewal_due"]
