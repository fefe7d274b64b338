"""Many emits in one process must not crash.

PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to True on every Signal.emit() and
aborts the interpreter (bool_dealloc) after a few hundred emits; pyproject.toml therefore
keeps PySide6 below 6.12. This test fails if a version with that bug is installed.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

pytestmark = pytest.mark.gui


class _Sender(QObject):
    sent = Signal()
    sent_value = Signal(object)


def test_emits_do_not_leak_references_to_true(qapp: object) -> None:
    sender = _Sender()
    got: list[object] = []
    sender.sent.connect(lambda: got.append(None))
    sender.sent_value.connect(got.append)
    before = sys.getrefcount(True)
    for i in range(200):
        sender.sent.emit()
        sender.sent_value.emit(i)
    assert len(got) == 400
    assert sys.getrefcount(True) >= before - 5  # a leak loses one per emit
