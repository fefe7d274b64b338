"""Core events other parts subscribe to (export targets after renewal, the GUI bridge, ...).

Subscribers are called on the thread that raised the event; a subscriber that fails is logged
and recorded in the activity log, never allowed to break the operation that raised it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CoreEvent:
    name: str  # certificate_issued | certificate_renewed | certificate_revoked | order_progressed
    #            | order_failed | account_changed | manual_action_needed | ...
    payload: dict[str, Any]


Subscriber = Callable[[CoreEvent], None]


class ServiceHooks:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[Subscriber] = []

    def subscribe(self, fn: Subscriber) -> Callable[[], None]:
        with self._lock:
            self._subscribers.append(fn)

        def unsubscribe() -> None:
            with self._lock:
                if fn in self._subscribers:
                    self._subscribers.remove(fn)

        return unsubscribe

    def emit(self, name: str, **payload: Any) -> None:
        event = CoreEvent(name, payload)
        with self._lock:
            subscribers = list(self._subscribers)
        for fn in subscribers:
            try:
                fn(event)
            except Exception:
                log.exception("subscriber %r failed on %s", fn, name)
