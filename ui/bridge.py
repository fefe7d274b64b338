"""The one bridge from core events (raised on worker threads) to Qt signals on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal

from ui.dispatch import GuiDispatcher


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
    def __init__(self, hooks: _Hooks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dispatcher = GuiDispatcher(self)
        self._unsubscribe = hooks.subscribe(self._from_core)

    def _from_core(self, event: _Event) -> None:
        # Any thread: hand a plain callable to the GUI thread; no Qt calls here.
        name, payload = event.name, dict(event.payload)
        self.dispatcher.post(lambda: self._on_self_received(name, payload))

    def _on_self_received(self, name: str, payload: dict[str, Any]) -> None:
        if not shiboken6.isValid(self):
            return
        self.event_received.emit(name, payload)
        if name in _SIGNALS:
            getattr(self, name).emit(payload)
        if name.startswith("certificate_") or name.startswith("inventory_"):
            self.certificate_changed.emit(payload)

    def close(self) -> None:
        self._unsubscribe()
        if shiboken6.isValid(self):
            self.dispatcher.stop()


_SIGNALS = frozenset({"certificate_issued", "certificate_renewed", "certificate_revoked",
                      "order_progressed", "order_failed", "account_changed",
                      "manual_action_needed"})
