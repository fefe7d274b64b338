"""Guards against a PySide6 reference-count bug that crashes long-running apps.

PySide6 6.12's SignalInstance.emit() returns True (or False) without taking a reference. On
Python 3.11 the bool singletons are ordinary objects, so after a few hundred emits their
count reaches zero and the interpreter aborts ("bool_dealloc: deallocating True or False").
Python 3.12+ makes them immortal, so there is nothing to do there. On older Pythons this
measures the leak once and, if present, gives the singletons enough spare references that
they can never reach zero in a process's lifetime.
"""

from __future__ import annotations

import ctypes
import sys

_SPARE = 1 << 40  # references added to each singleton (a leak of 1 per emit never uses them)
_applied = False


def emit_leak() -> int:
    """References to True lost per emit() (0 when PySide6 is fine)."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        probed = Signal()

    probe = _Probe()
    rounds = 16
    before = sys.getrefcount(True)
    for _ in range(rounds):
        probe.probed.emit()
    return max(0, (before - sys.getrefcount(True)) // rounds)


def install() -> bool:
    """Apply the guard if this PySide6/Python needs it; True when it was applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12):
        return _applied
    if emit_leak() > 0:
        for obj in (True, False, None):
            ctypes.c_ssize_t.from_address(id(obj)).value += _SPARE
        _applied = True
    return _applied
