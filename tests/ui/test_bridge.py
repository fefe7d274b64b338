from __future__ import annotations

import gc
import threading
import weakref

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from app.events import CertificateRenewed, OrderProgressed, RenewalFailed, ServiceHooks
from ui.bridge import CoreEventBridge

pytestmark = pytest.mark.gui


def test_core_events_from_a_worker_arrive_as_signals_on_the_gui_thread(qtbot: QtBot) -> None:
    hooks = ServiceHooks()
    bridge = CoreEventBridge(hooks)
    gui = QThread.currentThread()
    on_gui: list[bool] = []
    received: list[object] = []
    bridge.certificate_renewed.connect(lambda _e: on_gui.append(QThread.currentThread() is gui))
    bridge.certificate_renewed.connect(received.append)
    renewed = CertificateRenewed("c1", "v2", "o2")
    with qtbot.waitSignals([bridge.certificate_renewed, bridge.certificate_changed],
                           timeout=5000):
        thread = threading.Thread(target=hooks.emit, args=(renewed,))
        thread.start()
        thread.join()
    assert on_gui == [True]
    assert received == [renewed]
    bridge.close()
    with qtbot.assertNotEmitted(bridge.event_received, wait=50):
        hooks.emit(CertificateRenewed("c2", "v3", "o3"))


def test_events_are_dispatched_by_type(qtbot: QtBot) -> None:
    hooks = ServiceHooks()
    bridge = CoreEventBridge(hooks)
    progressed: list[object] = []
    changed: list[object] = []
    everything: list[object] = []
    bridge.order_progressed.connect(progressed.append)
    bridge.certificate_changed.connect(changed.append)
    bridge.event_received.connect(everything.append)
    step = OrderProgressed("o1", "c1", "validate", "Validating", "running")
    failed = RenewalFailed("c1", "shop", "Refused.", "", 1, None)
    with qtbot.waitSignal(bridge.event_received, timeout=5000,
                          check_params_cb=lambda e: e is failed):
        hooks.emit(step)
        hooks.emit(failed)
    assert progressed == [step] and changed == []
    assert everything == [step, failed]
    bridge.close()


def test_a_closed_bridge_is_freed_without_the_cycle_collector(qtbot: QtBot) -> None:
    """Freed by the cycle collector, it could be deleted on whichever thread runs it; a
    QObject must be deleted on its own thread."""
    hooks = ServiceHooks()
    bridge = CoreEventBridge(hooks)
    bridge.close()
    gone = weakref.ref(bridge)
    gc.disable()
    try:
        del bridge
        assert gone() is None
    finally:
        gc.enable()
