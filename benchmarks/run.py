"""`make bench`: every benchmark in one run, a table on stdout, the numbers in a JSON file.

1. Issuance and batch renewal on one Pebble: certdesk beside certbot, lego and acme.sh.
2. GUI responsiveness: the longest GUI-thread stall while the wizard issues and while
   renewals run from the main window.
3. Scale: a seeded home of 10,000 certificates (6 orders each).
Benchmarks never fail on a number. Sizes: BENCH_BATCH (100: certdesk's N, so its batch
renewal is the 100-certificate target), BENCH_PEERS_N (20: certbot's N, and certdesk runs
again at it for a same-N comparison), BENCH_PEERS_SLOW_N
(5: lego's and acme.sh's, about 10 s per certificate each), BENCH_RETRY_AFTER (1: the seconds
Pebble asks pollers to wait), BENCH_CERTIFICATES (10000), BENCH_ROUNDS (3), BENCH_RENEWALS
(10). The peers are compared per certificate: their time per certificate does not depend on
N, certdesk's batch has a fixed part (see benchmarks/peers.py).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import peers, scale  # noqa: E402
from benchmarks.seed import seed  # noqa: E402


def _int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def machine() -> dict[str, str]:
    cpu = next((ln.split(":", 1)[1].strip() for ln in
                Path("/proc/cpuinfo").read_text().splitlines() if ln.startswith("model name")),
               platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    return {"date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "platform": platform.platform(), "python": platform.python_version(),
            "cpu": cpu, "cores": str(os.cpu_count())}


def _gui_stall(rounds: int, renewals: int) -> dict[str, float]:
    """In a fresh process: Qt and its offscreen platform start there."""
    proc = subprocess.run([sys.executable, "-c",
                           "import json; from benchmarks.gui_stall import run_stall; "
                           f"print(json.dumps(run_stall({rounds}, {renewals})))"],
                          cwd=ROOT, capture_output=True, text=True, timeout=1200,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    for line in proc.stdout.splitlines()[:-1]:
        print("  " + line)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-800:])
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def main() -> int:
    out_dir = ROOT / ".cache" / "bench"
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    results: dict[str, object] = {"machine": machine()}
    work = Path(tempfile.mkdtemp(prefix="certdesk-bench-"))

    n = _int("BENCH_PEERS_N", 20)
    slow_n = _int("BENCH_PEERS_SLOW_N", 5)
    counts = {"certdesk": _int("BENCH_BATCH", 100), "certbot": n, "lego": slow_n,
              "acme.sh": slow_n}
    print("== 1. issuance and batch renewal on one Pebble (N: "
          + ", ".join(f"{tool} {count}" for tool, count in counts.items()) + ")", flush=True)
    # certdesk again at certbot's N: the ratio against certbot is then taken at the same N.
    extra = (("certdesk", n),) if n != counts["certdesk"] else ()
    peer_results = peers.run_peers(n, workdir=work / "peers", counts=counts, extra=extra,
                                   retry_after=_int("BENCH_RETRY_AFTER", 1))
    print(peers.table(peer_results), flush=True)
    results["peers"] = [r.to_json() for r in peer_results]
    mine = next(r for r in peer_results if r.tool == "certdesk" and r.count == counts["certdesk"])
    print(f"certdesk batch renewal of {mine.count}: {mine.renew_s or 0:.2f} s in all "
          f"(target <= 5 s for 100){'  ' + mine.error if mine.error else ''}", flush=True)

    print("\n== 2. GUI responsiveness (5 ms heartbeat)", flush=True)
    try:
        stall = _gui_stall(_int("BENCH_ROUNDS", 3), _int("BENCH_RENEWALS", 10))
        print(f"longest GUI-thread stall: wizard issuing {stall['wizard_stall_ms']:.1f} ms, "
              f"renewals from the main window {stall.get('renewals_stall_ms', 0.0):.1f} ms "
              "(target < 50 ms)", flush=True)
        results["gui_stall"] = stall
    except (RuntimeError, subprocess.TimeoutExpired, ValueError) as exc:
        print(f"gui stall failed: {exc}", file=sys.stderr)

    count = _int("BENCH_CERTIFICATES", 10000)
    print(f"\n== 3. scale: {count} certificates, 6 orders each", flush=True)
    home = work / "scale" / "home"
    home.mkdir(parents=True)
    seeded = seed(home, count, 6)
    print(f"seeded in {seeded.seconds:.1f} s ({seeded.orders} orders, {seeded.versions} "
          f"versions, {seeded.events} events)", flush=True)
    scale_results = scale.run_scale(home)
    print(scale.table(scale_results, count), flush=True)
    results["scale"] = {"certificates": count, **scale_results}

    path = out_dir / f"results-{stamp}.json"
    path.write_text(json.dumps(results, indent=2))
    print(f"\nresults written to {path.relative_to(ROOT)}")
    print("(numbers depend on the machine's load: this machine's cores may be shared)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
