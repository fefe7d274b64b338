"""Fault injection for crash-recovery tests: CERTDESK_CRASH_AT=<point> kills the process there.

Points: after-new-order, after-answer, after-finalize. Never set in normal use; the process
exits with os._exit (no cleanup), exactly like a power cut or a killed process.
"""

from __future__ import annotations

import os
import sys


def crash_point(name: str) -> None:
    if os.environ.get("CERTDESK_CRASH_AT") == name:
        sys.stderr.write(f"certdesk: simulated crash at {name}\n")
        sys.stderr.flush()
        os._exit(86)
