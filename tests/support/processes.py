"""Stopping the test servers a fixture started (only ever by its own Popen handle)."""

from __future__ import annotations

import subprocess


def stop_process(proc: subprocess.Popen[bytes] | None, timeout: float = 10.0) -> None:
    """Terminate, wait, and kill if it does not go; a process already gone is fine."""
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
