"""Seconds per issuance against a local Pebble (PEBBLE_VA_NOSLEEP=1), through the services.

Prints numbers; asserts nothing. Usage: python benchmarks/issuance.py [COUNT]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(count: int = 20) -> None:
    import keyring

    from tests.support.network_guard import install
    from tests.support.wincred_keyring import WinCredLikeKeyring

    install()
    tmp = Path(tempfile.mkdtemp(prefix="certdesk-bench-"))
    os.environ["CERTDESK_TEST_KEYRING"] = str(tmp / "keyring.json")
    keyring.set_keyring(WinCredLikeKeyring())
    from app.crypto.keys import KeyType
    from tests.support.acme_env import dns_plan, http_plan, issue, new_account, services_for
    from tests.support.pebble import Pebble

    pebble = Pebble(workdir=tmp / "pebble", env={"PEBBLE_WFE_NONCEREJECT": "0"}).start()
    try:
        services = services_for(tmp / "home", pebble)
        account = new_account(services, pebble)
        for label, plan, key_type in (("http-01, EC P-256", http_plan(pebble), KeyType.EC256),
                                      ("dns-01 exec, EC P-256", dns_plan(pebble), KeyType.EC256),
                                      ("http-01, RSA 2048", http_plan(pebble),
                                       KeyType.RSA2048)):
            times = []
            tracemalloc.start()
            for i in range(count):
                t = time.perf_counter()
                issue(services, account, [f"b{i}-{len(label)}-{key_type.value}.example.com"],
                      plan, key_type=key_type)
                times.append(time.perf_counter() - t)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(f"{label:24} n={count}  median {statistics.median(times) * 1000:7.1f} ms  "
                  f"p95 {sorted(times)[int(count * 0.95) - 1] * 1000:7.1f} ms  "
                  f"max {max(times) * 1000:7.1f} ms  peak Python heap {peak / 1e6:5.1f} MB")
        t = time.perf_counter()
        certs = services.certificates.list()
        print(f"list() of {len(certs)} certificates: {(time.perf_counter() - t) * 1000:.1f} ms")
    finally:
        pebble.stop()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
