"""The error of an order put aside for the user, in a module of its own: the faces catch it
without importing the order engine (and with it the acme library)."""

from __future__ import annotations

from app.errors import UserFacingError


class OrderParked(UserFacingError):
    """The order waits for the user (e.g. a manual DNS record); resume it later."""

    def __init__(self, order_id: str, title: str, instructions: str) -> None:
        super().__init__(f"{title}. {instructions}" if instructions else title,
                         "Once that is done, resume the order (Pending orders in the app, "
                         f"or certdesk-cli resume {order_id}).")
        self.order_id = order_id
        self.title = title
        self.instructions = instructions
