"""Lets a front end put an order aside while the core waits in UserInteraction.confirm().

Returning False from confirm() cancels the order; a user who closes the records page to
create the DNS record later wants it kept. park() makes the order engine store it as
"awaiting-user", resumable from the pending orders list.
"""

from __future__ import annotations

from typing import Any, NoReturn

from app.validation.base import NeedsUserAction


def park(action: Any) -> NoReturn:
    raise NeedsUserAction(action)
