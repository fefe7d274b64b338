"""The error a channel raises when a notification could not be delivered."""

from __future__ import annotations

from app.errors import UserFacingError


class NotificationFailed(UserFacingError):
    """A channel could not deliver a notification (server down, login refused, HTTP error)."""
