"""certdesk at scale: a seeded home of N certificates, measured from outside and inside.

From outside (fresh processes, best of a few runs): `certdesk-cli --version`,
`certdesk-cli list` and `--json list`, cold start of `certdesk --self-test` to the first
window shown and loaded, and the idle memory (RSS) of the running app: with its window shown
(what `--hidden` does where there is no tray, as offscreen) and started in the tray (through
benchmarks.tray_start), each over a copy of the home.
From inside (one offscreen app over the same home): selecting a row until its details and
history are shown, filtering (one keystroke at a time) and sorting the inventory, and the
renewal and reminder scans. Prints numbers; asserts none.

Usage: python -m benchmarks.scale [--certificates 10000] [--orders-per-certificate 6]
       [--home DIR (an already seeded home: not seeded again)] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.seed import seed

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
GUARD = ROOT / "tests" / "support" / "netguard"


def bench_env(home: Path) -> dict[str, str]:
    """The test keyring and the loopback-only network guard, for every process we start."""
    return {**os.environ, "CERTDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
            "CERTDESK_TEST_KEYRING": str(home.parent / f"{home.name}-keyring.json"),
            "PYTHON_KEYRING_BACKEND": "tests.support.wincred_keyring.WinCredLikeKeyring",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), str(GUARD),
                                                        os.environ.get("PYTHONPATH")]))}


def _command(name: str) -> list[str]:
    script = BIN / name
    if script.exists():
        return [str(script)]
    module = "app.cli.main" if name == "certdesk-cli" else "ui.main"
    return [sys.executable, "-m", module]


def timed_process(cmd: list[str], env: dict[str, str], runs: int = 3) -> tuple[float, str]:
    """Best wall time of `runs` runs (the first one warms the page cache), and the output."""
    best = float("inf")
    out = ""
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300,
                              cwd=ROOT)
        elapsed = time.perf_counter() - started
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr[-500:]}")
        best = min(best, elapsed)
        out = proc.stdout
    return best, out


def self_test(home: Path, runs: int = 2) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(runs):
        _, out = timed_process([*_command("certdesk"), "--self-test", "--home", str(home)],
                               bench_env(home), runs=1)
        for line in out.splitlines():
            key, _, value = line.partition(": ")
            if value.endswith(" ms"):
                ms = float(value[:-3])
                best[key] = min(best.get(key, ms), ms)
    return best


def idle_rss_mb(home: Path, settle_s: float = 4.0, timeout_s: float = 90.0, *,
                tray: bool = False) -> float:
    """RSS of `certdesk --hidden` (the same as `--tray`) once it has stopped growing for
    `settle_s` seconds.

    Where the platform has no tray (offscreen) certdesk shows its window anyway, so this is
    the idle memory of the shown window with its lists loaded and the background renewals
    run. `tray`: started through benchmarks.tray_start, which tells Qt a tray is there, so
    the app waits in the tray as at a desktop login (its lists are read only when the window
    is first opened)."""
    start = ([sys.executable, "-m", "benchmarks.tray_start"] if tray
             else _command("certdesk"))
    proc = subprocess.Popen([*start, "--hidden", "--home", str(home)],
                            env=bench_env(home), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        deadline = time.monotonic() + timeout_s
        last, stable_since = 0.0, time.monotonic()
        while time.monotonic() < deadline and proc.poll() is None:
            rss = _rss_mb(proc.pid)
            if abs(rss - last) > 1.0:
                last, stable_since = rss, time.monotonic()
            elif time.monotonic() - stable_since >= settle_s:
                return rss
            time.sleep(0.25)  # sampling interval of a measurement, not a wait for a result
        return last
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _on_copy(home: Path, measure: Callable[[Path], float]) -> float:
    """`measure` over a copy of the home, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="certdesk-rss-") as folder:
        copy = Path(folder) / "home"
        shutil.copytree(home, copy, symlinks=True)
        keyring = home.parent / f"{home.name}-keyring.json"  # see bench_env
        if keyring.exists():
            shutil.copy2(keyring, copy.parent / f"{copy.name}-keyring.json")
        return measure(copy)


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def scans(home: Path) -> dict[str, float]:
    """The renewal plan and the reminder scan over the whole inventory (ms)."""
    os.environ.update({k: v for k, v in bench_env(home).items() if k != "PYTHONPATH"})
    from app.services.bootstrap import open_services

    services = open_services(home)
    try:
        out: dict[str, float] = {}
        for key, fn in (("renewal_plan_ms", services.monitoring.renewal_plan),
                        ("reminders_first_ms", services.monitoring.evaluate_reminders),
                        ("reminders_again_ms", services.monitoring.evaluate_reminders),
                        ("renewal_plan_again_ms", services.monitoring.renewal_plan)):
            started = time.perf_counter()
            fn()
            out[key] = (time.perf_counter() - started) * 1000
        return out
    finally:
        services.close()


def gui(home: Path, selections: int = 20) -> dict[str, float]:
    """Selection, filter and sort latencies in one offscreen app over the seeded home (ms)."""
    os.environ.update({k: v for k, v in bench_env(home).items() if k != "PYTHONPATH"})
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    import ui  # noqa: F401  (installs the PySide6 guard)
    from ui.startup import build_app

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    started = build_app(app, home=home, ca_bundle=None, instance=None, background=False)
    window = started.window
    try:
        loaded: list[object] = []
        window.snapshot_loaded.connect(loaded.append)
        window.show()
        _wait(app, lambda: bool(loaded))
        table = window.inventory
        shown: list[object] = []
        details = window.details
        original = details.show_history

        def show_history(events: Any) -> None:
            original(events)
            shown.append(events)

        details.show_history = show_history  # type: ignore[method-assign]
        rng = random.Random(3)
        select_ms = []
        rows = table.model.rowCount()
        for _ in range(min(selections, rows)):
            shown.clear()
            t = time.perf_counter()
            table.table.selectRow(rng.randrange(rows))
            _wait(app, lambda: bool(shown))
            select_ms.append((time.perf_counter() - t) * 1000)
        keystroke_ms = []
        for text in ("shop1", "example.net", "api"):
            for i in range(1, len(text) + 1):
                t = time.perf_counter()
                table.search.setText(text[:i])
                app.processEvents()
                keystroke_ms.append((time.perf_counter() - t) * 1000)
            table.search.clear()
            app.processEvents()
        sort_ms = []
        for col in range(table.model.columnCount()):
            for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
                t = time.perf_counter()
                table.table.sortByColumn(col, order)
                app.processEvents()
                sort_ms.append((time.perf_counter() - t) * 1000)
        return {"select_median_ms": statistics.median(select_ms) if select_ms else 0.0,
                "select_max_ms": max(select_ms, default=0.0),
                "keystroke_median_ms": statistics.median(keystroke_ms),
                "keystroke_max_ms": max(keystroke_ms),
                "sort_median_ms": statistics.median(sort_ms), "sort_max_ms": max(sort_ms)}
    finally:
        started.close()
        window.close()


def _wait(app: Any, done: Callable[[], bool], timeout_s: float = 120.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not answer in time")
        app.processEvents()
        time.sleep(0.0005)  # yield the core to the workers between event-loop turns


def run_scale(home: Path, *, with_rss: bool = True, runs: int = 3) -> dict[str, float]:
    """Every measurement; one that fails is reported on stderr and left out."""
    env = bench_env(home)
    cli = _command("certdesk-cli")
    results: dict[str, float] = {}
    steps: list[tuple[str, Callable[[], dict[str, float]]]] = [
        ("cli --version", lambda: {"cli_version_s": timed_process([*cli, "--version"], env,
                                                                   runs)[0]}),
        ("cli list", lambda: {"cli_list_s": timed_process(
            [*cli, "--home", str(home), "list"], env, runs)[0]}),
        ("cli --json list", lambda: {"cli_list_json_s": timed_process(
            [*cli, "--home", str(home), "--json", "list"], env, runs)[0]}),
        ("self-test", lambda: {f"self_test_{k}_ms": v
                               for k, v in self_test(home, runs=max(1, runs - 1)).items()}),
        # before the running app: its background loop fires the reminders
        ("inside", lambda: gui_in_subprocess(home)),
    ]
    if with_rss:  # each on a copy: a first start fires the reminders and renewals
        steps.append(("idle RSS", lambda: {"idle_rss_mb": _on_copy(home, idle_rss_mb)}))
        steps.append(("idle RSS in the tray", lambda: {"idle_rss_tray_mb": _on_copy(
            home, lambda h: idle_rss_mb(h, tray=True))}))
    for name, step in steps:
        try:
            results.update(step())
        except (RuntimeError, OSError, subprocess.TimeoutExpired, ValueError) as exc:
            print(f"scale: {name} failed: {exc}", file=sys.stderr)
    return results


def gui_in_subprocess(home: Path) -> dict[str, float]:
    """The in-process measurements, in a fresh process (the app's imports and caches only)."""
    proc = subprocess.run([sys.executable, "-m", "benchmarks.scale", "--inside", str(home)],
                          env=bench_env(home), capture_output=True, text=True, timeout=600,
                          cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"in-process measurements failed: {proc.stderr[-800:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


TARGETS = {
    "self_test_first_window_ms": ("cold start to first window", 1000, "ms"),
    "select_median_ms": ("select a row: details and history (median)", 50, "ms"),
    "select_max_ms": ("select a row: details and history (worst)", 50, "ms"),
    "keystroke_median_ms": ("filter, per keystroke (median)", 50, "ms"),
    "keystroke_max_ms": ("filter, per keystroke (worst)", 50, "ms"),
    "sort_median_ms": ("sort a column (median)", 50, "ms"),
    "sort_max_ms": ("sort a column (worst)", 50, "ms"),
    "renewal_plan_ms": ("renewal scan", 100, "ms"),
    "reminders_first_ms": ("reminder scan (first)", 100, "ms"),
    "reminders_again_ms": ("reminder scan (again)", 100, "ms"),
    "cli_list_s": ("certdesk-cli list", 0.5, "s"),
    "cli_list_json_s": ("certdesk-cli --json list", 0.5, "s"),
    "cli_version_s": ("certdesk-cli --version", 0.15, "s"),
    "idle_rss_mb": ("idle RSS, window shown (offscreen: no tray)", 150, "MB"),
    "idle_rss_tray_mb": ("idle RSS, started in the tray", 150, "MB"),
}


def table(results: dict[str, float], count: int) -> str:
    lines = [f"{'at ' + str(count) + ' certificates':44} {'measured':>10} {'target':>10}"]
    for key, (label, target, unit) in TARGETS.items():
        if key in results:
            value = results[key]
            mark = "" if value <= target else "  (missed)"
            lines.append(f"{label:44} {value:8.3f} {unit:2} {'<= ' + str(target):>7} {unit}"
                         f"{mark}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scale")
    parser.add_argument("--certificates", type=int, default=10000)
    parser.add_argument("--orders-per-certificate", type=int, default=6)
    parser.add_argument("--home", help="an already seeded home (used as it is)")
    parser.add_argument("--no-rss", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--inside", metavar="HOME", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.inside:
        home = Path(args.inside)
        print(json.dumps({**gui(home), **scans(home)}))
        return 0
    if args.home:
        home = Path(args.home)
    else:
        home = Path(tempfile.mkdtemp(prefix="certdesk-scale-")) / "home"
        home.mkdir(parents=True)
        done = seed(home, args.certificates, args.orders_per_certificate)
        print(f"seeded {done.certificates} certificates, {done.orders} orders in "
              f"{done.seconds:.1f} s", flush=True)
    results = run_scale(home, with_rss=not args.no_rss, runs=args.runs)
    print(table(results, args.certificates))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
