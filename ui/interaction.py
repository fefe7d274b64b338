"""Answers the core's manual-step questions (UserInteraction.confirm) from the GUI.

The core calls confirm() on a worker thread and blocks there; this emits a signal to the GUI
thread and waits on a threading.Event the GUI sets. The GUI thread never blocks.
"""

from __future__ import annotations

import threading
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from app.cancel import CancelToken
from app.errors import Cancelled
from app.services.order_parking import park
from ui.dispatch import GuiDispatcher


class ManualRequest:
    """One pending question. The GUI calls answer(); the worker waits for it."""

    def __init__(self, action: Any) -> None:
        self.action = action  # app.validation.base.ManualAction (records, title, instructions)
        self._done = threading.Event()
        self.accepted = False
        self.parked = False

    @property
    def answered(self) -> bool:
        return self._done.is_set()

    def answer(self, accepted: bool) -> None:
        self.accepted = accepted
        self._done.set()

    def park(self) -> None:
        """Keep the order for later (the user closed the page): it becomes resumable."""
        self.parked = True
        self._done.set()

    def wait(self, cancel: CancelToken, poll: float = 0.25) -> bool:
        while not self._done.wait(poll):
            if cancel.cancelled:
                raise Cancelled("Cancelled")
        return self.accepted

    @property
    def records(self) -> list[dict[str, str]]:
        return [dict(r) for r in getattr(self.action, "records", ())]


class GuiInteraction(QObject):
    """A UserInteraction whose questions arrive as `action_requested` on the GUI thread."""

    action_requested = Signal(object)  # ManualRequest

    def __init__(self, parent: QObject | None = None,
                 dispatcher: GuiDispatcher | None = None) -> None:
        super().__init__(parent)
        self.pending: ManualRequest | None = None
        self.dispatcher = dispatcher or GuiDispatcher(self)
        self._gui_thread = threading.get_ident()

    def confirm(self, action: Any, cancel: CancelToken) -> bool:
        if threading.get_ident() == self._gui_thread:
            # Called on the GUI thread (inline runner): waiting would deadlock. Park instead.
            return False
        request = ManualRequest(action)
        self.pending = request
        self.dispatcher.post(lambda: self._ask(request))
        try:
            accepted = request.wait(cancel)
        finally:
            self.pending = None
        if request.parked:
            park(action)
        return accepted

    def _ask(self, request: ManualRequest) -> None:
        # GUI thread, through the app's dispatcher, which outlives windows: if the window that
        # started the operation is gone, nobody can answer; the order waits, resumable.
        if not shiboken6.isValid(self):
            request.park()
            return
        self.action_requested.emit(request)

    def park_pending(self) -> None:
        """Unblock a waiting worker: the user closed the page (the order stays resumable)."""
        if self.pending is not None and not self.pending.answered:
            self.pending.park()
