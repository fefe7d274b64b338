"""The one bridge from core events (raised on worker threads) to Qt signals on the GUI thread."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal, Slot


class _Event(Protocol):
    name: str
    payload: dict[str, Any]


class _Hooks(Protocol):
    def subscribe(self, fn: Callable[[Any], None]) -> Callable[[], None]: ...


class CoreEventBridge(QObject):
    """Subscribes once to the services' hooks and re-emits each event as a typed signal."""

    certificate_issued = Signal(dict)
    certificate_renewed = Signal(dict)
    certificate_revoked = Signal(dict)
    certificate_changed = Signal(dict)  # any of the above, and imports/edits
    order_progressed = Signal(dict)
    order_failed = Signal(dict)
    account_changed = Signal(dict)
    manual_action_needed = Signal(dict)
    event_received = Signal(str, dict)  # every event, by name
    _received = Signal(str, dict)

    def __init__(self, hooks: _Hooks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._received.connect(self._on_self_received)
        self._unsubscribe = hooks.subscribe(self._from_core)

    def _from_core(self, event: _Event) -> None:
        # Any thread. Emitting on an object that lives in the GUI thread queues the call.
        with contextlib.suppress(RuntimeError):  # bridge deleted during shutdown
            self._received.emit(event.name, dict(event.payload))

    @Slot(str, dict)
    def _on_self_received(self, name: str, payload: dict[str, Any]) -> None:
        self.event_received.emit(name, payload)
        if name in _SIGNALS:
            getattr(self, name).emit(payload)
        if name.startswith("certificate_") or name.startswith("inventory_"):
            self.certificate_changed.emit(payload)

    def close(self) -> None:
        self._unsubscribe()


_SIGNALS = frozenset({"certificate_issued", "certificate_renewed", "certificate_revoked",
                      "order_progressed", "order_failed", "account_changed",
                      "manual_action_needed"})
