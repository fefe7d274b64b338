"""The one bridge from core events (raised on worker threads) to Qt signals on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal

from app.events import (
    CertificateIssued,
    CertificateRenewed,
    CertificateRevoked,
    CoreEvent,
    ManualActionNeeded,
    OrderFailed,
    OrderProgressed,
)
from ui.dispatch import GuiDispatcher


class _Hooks(Protocol):
    def subscribe(self, fn: Callable[[CoreEvent], None]) -> Callable[[], None]: ...


class CoreEventBridge(QObject):
    """Subscribes once to the services' hooks and re-emits each event, by its type, as a
    signal carrying the event object."""

    certificate_issued = Signal(object)  # CertificateIssued
    certificate_renewed = Signal(object)  # CertificateRenewed
    certificate_revoked = Signal(object)  # CertificateRevoked
    certificate_changed = Signal(object)  # any of the three above
    order_progressed = Signal(object)  # OrderProgressed
    order_failed = Signal(object)  # OrderFailed
    account_changed = Signal(object)
    manual_action_needed = Signal(object)  # ManualActionNeeded
    event_received = Signal(object)  # every CoreEvent

    def __init__(self, hooks: _Hooks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dispatcher = GuiDispatcher(self)
        self._unsubscribe = hooks.subscribe(self._from_core)

    def _from_core(self, event: CoreEvent) -> None:
        # Any thread: hand a plain callable to the GUI thread; no Qt calls here. Events are
        # frozen, so the GUI thread gets the same object.
        self.dispatcher.post(lambda: self._on_self_received(event))

    def _on_self_received(self, event: CoreEvent) -> None:
        if not shiboken6.isValid(self):
            return
        self.event_received.emit(event)
        match event:
            case CertificateIssued():
                self.certificate_issued.emit(event)
                self.certificate_changed.emit(event)
            case CertificateRenewed():
                self.certificate_renewed.emit(event)
                self.certificate_changed.emit(event)
            case CertificateRevoked():
                self.certificate_revoked.emit(event)
                self.certificate_changed.emit(event)
            case OrderProgressed():
                self.order_progressed.emit(event)
            case OrderFailed():
                self.order_failed.emit(event)
            case ManualActionNeeded():
                self.manual_action_needed.emit(event)

    def close(self) -> None:
        self._unsubscribe()
        # The unsubscriber holds this bridge's bound method: dropped, the bridge is in no
        # reference cycle, so it is freed where its owner lets go of it (the GUI thread), not
        # by the cycle collector on whichever thread it happens to run.
        self._unsubscribe = _nothing
        if shiboken6.isValid(self):
            self.dispatcher.stop()


def _nothing() -> None:
    """What closing a bridge a second time unsubscribes: nothing left."""
