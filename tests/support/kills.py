"""Killing certdesk-cli at chosen points of issuance and renewal, then checking nothing broke.

A kill point is "after the k-th progress line": the test reads the child's stderr and sends
SIGKILL (TerminateProcess on Windows) as soon as line k arrives, so the child dies a moment
into that step, wherever it happens to be: mid-request, mid-transaction, holding the lock.
No sleeps: the trigger is the child's own output. After each kill the order is resumed and
the invariants are checked: every run resumes, no certificate is lost, the CA holds no order
certdesk does not know about (none created twice), and SQLite's integrity check passes.
The resume runs in the test's process through the same services `certdesk-cli resume` uses.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.paths import database_path
from app.storage.store import Store
from tests.support.acme_env import ROOT, cli, pebble_orders, services_for
from tests.support.pebble import Pebble


@dataclass
class KillLog:
    kills: int = 0  # runs that were really killed (not finished before the trigger)
    finished_first: int = 0  # runs that ended before their kill line came
    resumes: int = 0
    points: list[str] = field(default_factory=list)


def base_args(home: Path, pebble: Pebble) -> list[str]:
    return [sys.executable, "-m", "app.cli.main", "--home", str(home), "--ca-bundle",
            str(pebble.ca_bundle)]


def dns_args(pebble: Pebble) -> list[str]:
    assert pebble.challtestsrv
    return ["--challenge", "dns-01", "--dns-exec", pebble.challtestsrv.exec_hook(),
            "--dns-resolver", pebble.challtestsrv.resolver]


def run_and_kill(home: Path, pebble: Pebble, args: list[str], line: int, log: KillLog) -> bool:
    """Run certdesk-cli ARGS and kill it when its `line`-th progress line arrives."""
    proc = subprocess.Popen([*base_args(home, pebble), *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, cwd=ROOT, env=dict(os.environ))
    assert proc.stderr is not None
    seen = ""
    for number, raw in enumerate(proc.stderr, start=1):
        seen = raw.decode("utf-8", "replace").strip()
        if number >= line:
            proc.kill()  # only this child, by its handle
            break
    proc.stderr.close()
    code = proc.wait(timeout=120)
    killed = code != 0 and code not in (1, 2)
    if killed:
        log.kills += 1
        log.points.append(f"{args[0]} after line {line}: {seen}")
    else:
        log.finished_first += 1
    return killed


def _unfinished(home: Path) -> list[str]:
    store = Store.open(home)
    try:
        return [o.id for o in store.orders.all() if not o.state.finished]
    finally:
        store.close()


def resume_all(home: Path, pebble: Pebble, log: KillLog) -> None:
    """Resume until nothing is unfinished; each resume must succeed. In this process (what
    `certdesk-cli resume` calls), so the suite stays fast; the killed runs are real processes."""
    for _ in range(3):
        if not _unfinished(home):
            return
        services = services_for(home, pebble)
        try:
            services.certificates.resume()
        finally:
            services.close()
        log.resumes += 1
    assert _unfinished(home) == [], "orders still unfinished after resuming"


def check_invariants(home: Path, pebble: Pebble, account_id: str,
                     expected: dict[str, int]) -> None:
    """`expected`: certificate id -> the number of versions it must have at least."""
    with sqlite3.connect(database_path(home)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    services = services_for(home, pebble)
    try:
        for cert_id, versions in expected.items():
            cert = services.certificates.get(cert_id)
            assert cert.current is not None, f"{cert_id} lost its certificate"
            found = len(services.certificates.history(cert_id).versions)
            assert found == versions, f"{cert_id}: {found} versions, expected {versions}"
        local = {o.order_url for o in services.certificates.orders() if o.order_url}
        at_ca = set(pebble_orders(services, services.accounts.get(account_id)))
    finally:
        services.close()
    orphans = at_ca - local
    assert not orphans, f"the CA holds orders certdesk does not know: {sorted(orphans)}"


def new_account(home: Path, pebble: Pebble) -> str:
    proc = cli(home, "--ca-bundle", str(pebble.ca_bundle), "account", "add", "--directory",
               pebble.directory, "--email", "kill@example.com", "--agree-tos")
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip().splitlines()[-1]


def certificate_for(home: Path, name: str) -> str | None:
    store = Store.open(home)
    try:
        return next((c.id for c in store.certificates.all() if name in c.identifiers), None)
    finally:
        store.close()


ISSUE_LINES = 14  # progress lines of a dns-01 issuance (see the CLI's output)
RENEW_LINES = 5  # a renewal whose authorizations the CA still holds as valid


def kill_cycles(home: Path, pebble: Pebble, rng: random.Random, count: int,
                report: Callable[[str], None] = lambda _line: None) -> KillLog:
    """`count` runs of issue or renew --force, each killed at a random progress line, then
    resumed and checked."""
    log = KillLog()
    account_id = new_account(home, pebble)
    certs: dict[str, str] = {}
    expected: dict[str, int] = {}
    for i in range(count):
        if not certs or rng.random() < 0.5:
            name = f"kill{i}.example.com"
            args = ["issue", "--account", account_id, "-d", name, *dns_args(pebble)]
            lines = ISSUE_LINES
        else:
            name = rng.choice(sorted(certs))
            args = ["renew", certs[name], "--force"]
            lines = RENEW_LINES
        run_and_kill(home, pebble, args, rng.randint(1, lines), log)
        resume_all(home, pebble, log)
        if args[0] == "issue":
            cert_id = certificate_for(home, name)
            assert cert_id, f"{name}: no certificate after the kill and resume"  # renewed
            # exactly once per run (checked below), never twice
            certs[name], expected[cert_id] = cert_id, 1
        else:
            expected[certs[name]] += 1
        check_invariants(home, pebble, account_id, expected)
        report(f"{i + 1}/{count}: {log.kills} kills, {log.resumes} resumes, "
               f"{sum(expected.values())} certificate versions, all checks ok")
    return log
