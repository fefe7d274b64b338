from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from app.events import ServiceHooks
from ui.bridge import CoreEventBridge

pytestmark = pytest.mark.gui


def test_core_events_from_a_worker_arrive_as_signals_on_the_gui_thread(qtbot: QtBot) -> None:
    hooks = ServiceHooks()
    bridge = CoreEventBridge(hooks)
    gui = QThread.currentThread()
    on_gui: list[bool] = []
    payloads: list[dict[str, object]] = []
    bridge.certificate_renewed.connect(lambda _p: on_gui.append(QThread.currentThread() is gui))
    bridge.certificate_renewed.connect(payloads.append)
    with qtbot.waitSignals([bridge.certificate_renewed, bridge.certificate_changed],
                           timeout=5000):
        thread = threading.Thread(target=hooks.emit, args=("certificate_renewed",),
                                  kwargs={"certificate_id": "c1"})
        thread.start()
        thread.join()
    assert on_gui == [True]
    assert payloads == [{"certificate_id": "c1"}]
    bridge.close()
    with qtbot.assertNotEmitted(bridge.event_received, wait=50):
        hooks.emit("certificate_renewed", certificate_id="c2")
