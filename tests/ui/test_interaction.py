from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.cancel import CancelToken
from app.errors import Cancelled
from app.validation.base import ManualAction, NeedsUserAction
from ui.dispatch import GuiDispatcher
from ui.interaction import GuiInteraction, ManualRequest

pytestmark = pytest.mark.gui

ACTION = ManualAction("o1", "dns-record", "Create", "do it",
                      ({"name": "_acme-challenge.a.test.", "type": "TXT", "value": "v"},))


def _confirm_in_thread(interaction: GuiInteraction, cancel: CancelToken,
                       out: list[object]) -> threading.Thread:
    def run() -> None:
        try:
            out.append(interaction.confirm(ACTION, cancel))
        except BaseException as exc:
            out.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread


@pytest.mark.parametrize("how", ["accept", "park", "cancel"])
def test_worker_waits_for_the_gui(qtbot: QtBot, how: str) -> None:
    interaction = GuiInteraction()
    cancel = CancelToken()
    out: list[object] = []
    with qtbot.waitSignal(interaction.action_requested, timeout=5000) as blocker:
        thread = _confirm_in_thread(interaction, cancel, out)
    request = blocker.args[0]
    assert isinstance(request, ManualRequest)
    assert request.records[0]["value"] == "v"
    assert out == []  # still waiting
    if how == "accept":
        request.answer(True)
    elif how == "park":
        interaction.park_pending()
    else:
        cancel.cancel()
    thread.join(5)
    expected = {"accept": bool, "park": NeedsUserAction, "cancel": Cancelled}[how]
    assert isinstance(out[0], expected)
    if how == "accept":
        assert out[0] is True


def test_confirm_on_gui_thread_does_not_deadlock(qtbot: QtBot) -> None:
    assert GuiInteraction().confirm(ACTION, CancelToken()) is False


def test_a_question_for_a_closed_window_parks_the_order(qtbot: QtBot) -> None:
    # The app's one dispatcher outlives windows: a question that arrives after its window
    # is gone must neither touch the deleted object nor leave the worker waiting.
    shared = GuiDispatcher()
    window = QWidget()
    interaction = GuiInteraction(window, dispatcher=shared)
    out: list[object] = []
    shiboken6.delete(window)  # the window (and its question channel) is gone
    thread = _confirm_in_thread(interaction, CancelToken(), out)
    qtbot.waitUntil(lambda: bool(out), timeout=5000)
    thread.join(5)
    assert isinstance(out[0], NeedsUserAction)  # parked: resumable later
    shared.stop()
