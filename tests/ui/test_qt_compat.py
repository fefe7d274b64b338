"""Many emits in one process must not crash (PySide6 6.12 + Python 3.11 refcount bug)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

from ui import qt_compat

pytestmark = pytest.mark.gui


class _Sender(QObject):
    sent = Signal(object)


def test_a_hundred_thousand_emits(qapp: object) -> None:
    qt_compat.install()
    sender = _Sender()
    got: list[int] = []
    sender.sent.connect(got.append)
    for i in range(100_000):
        sender.sent.emit(i)
    assert len(got) == 100_000
    assert sys.getrefcount(True) > 1000
