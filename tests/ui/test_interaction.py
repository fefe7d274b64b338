from __future__ import annotations

import threading
from collections.abc import Iterator

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


@pytest.fixture
def interaction(qtbot: QtBot) -> Iterator[GuiInteraction]:
    """A question channel with its own dispatcher, deleted here on the GUI thread. Left to
    Python, it may end up in a reference cycle (an exception the worker raised keeps its
    frames), and the cyclic collector may run on any thread: deleted on a worker, its
    dispatcher's running timer stays registered and fires on a deleted object."""
    made = GuiInteraction()
    yield made
    shiboken6.delete(made)


@pytest.fixture
def shared(qtbot: QtBot) -> Iterator[GuiDispatcher]:
    """The app's one dispatcher, deleted here on the GUI thread (see `interaction`)."""
    made = GuiDispatcher()
    yield made
    made.stop()
    shiboken6.delete(made)


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
def test_worker_waits_for_the_gui(qtbot: QtBot, interaction: GuiInteraction,
                                  how: str) -> None:
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


def test_confirm_on_gui_thread_does_not_deadlock(qtbot: QtBot,
                                                 interaction: GuiInteraction) -> None:
    assert interaction.confirm(ACTION, CancelToken()) is False


def test_a_question_for_a_closed_window_parks_the_order(qtbot: QtBot,
                                                        shared: GuiDispatcher) -> None:
    # The app's one dispatcher outlives windows: a question that arrives after its window
    # is gone must neither touch the deleted object nor leave the worker waiting.
    window = QWidget()
    interaction = GuiInteraction(window, dispatcher=shared)
    out: list[object] = []
    shiboken6.delete(window)  # the window (and its question channel) is gone
    thread = _confirm_in_thread(interaction, CancelToken(), out)
    qtbot.waitUntil(lambda: bool(out), timeout=5000)
    thread.join(5)
    assert isinstance(out[0], NeedsUserAction)  # parked: resumable later
