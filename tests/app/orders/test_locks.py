from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.orders.locks import CertificateBusy, certificate_lock, holder_of

HOLDER = """
import sys
from pathlib import Path
from app.orders.locks import certificate_lock
with certificate_lock(Path(sys.argv[1]), sys.argv[2], purpose="cli renew --due"):
    print("locked", flush=True)
    sys.stdin.readline()
"""


def test_another_process_holds_it_until_it_dies(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path), "cert-1"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        holder = holder_of(tmp_path, "cert-1")
        assert holder is not None and holder.pid == proc.pid
        assert holder.purpose == "cli renew --due"
        with pytest.raises(CertificateBusy) as info, certificate_lock(tmp_path, "cert-1", 0.1):
            pass
        assert f"process {proc.pid}" in info.value.message
        with certificate_lock(tmp_path, "cert-2"):  # other certificates are independent
            pass
    finally:
        proc.kill()  # a crash: the lock must not stay behind
        proc.wait()
    assert holder_of(tmp_path, "cert-1") is None
    with certificate_lock(tmp_path, "cert-1"):
        pass


def test_reentrant_in_a_thread_exclusive_between_threads(tmp_path: Path) -> None:
    results: list[str] = []

    def other() -> None:
        try:
            with certificate_lock(tmp_path, "c"):
                results.append("got it")
        except CertificateBusy:
            results.append("busy")

    with certificate_lock(tmp_path, "c"), certificate_lock(tmp_path, "c"):
        t = threading.Thread(target=other)
        t.start()
        t.join()
    assert results == ["busy"]
    t = threading.Thread(target=other)
    t.start()
    t.join()
    assert results == ["busy", "got it"]


def test_waits_for_release_within_timeout(tmp_path: Path) -> None:
    inside = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with certificate_lock(tmp_path, "c"):
            inside.set()
            release.wait(10)

    t = threading.Thread(target=hold)
    t.start()
    inside.wait(10)
    threading.Timer(0.05, release.set).start()
    with certificate_lock(tmp_path, "c", timeout=30):
        assert release.is_set()
    t.join()
