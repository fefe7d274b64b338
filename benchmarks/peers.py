"""Issuance and batch renewal on one Pebble: certdesk beside certbot, lego and acme.sh.

Each tool, in the same run against the same Pebble (PEBBLE_VA_NOSLEEP=1, real http-01 served
by the tool's own standalone listener on Pebble's validation port, no authorization reuse):
N single-name certificates issued one by one (one process each, as an admin would), then all N
renewed in one batch (certdesk-cli renew ID... --force; certbot renew --force-renewal
--no-random-sleep-on-renew; acme.sh --renew-all --force; lego has no batch command, so one
`lego renew --no-random-sleep` per certificate). Tools not fetched (scripts/fetch-peers.sh)
are skipped.
Prints numbers; asserts none.

Each tool may get its own N (`--counts certdesk=100,lego=5`), and certdesk may run again at
another N (`--also-certdesk N`): a peer is compared with the certdesk run at its own N when
there is one. The figures compared are seconds per certificate, and certbot, lego and
acme.sh take the same time for each certificate whatever N (one process per issuance,
renewals one after the other), while a certdesk batch has a fixed part (one process start,
the CA's Retry-After) that a small N makes look large.

Usage: python -m benchmarks.peers [N] [--tools certdesk,certbot,lego,acme.sh]
       [--counts TOOL=N,...] [--also-certdesk N] [--retry-after S]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from tests.support.pebble import Pebble

ROOT = Path(__file__).resolve().parents[1]
PEERS = ROOT / ".cache" / "peers"
LEGO = PEERS / "root" / "usr" / "bin" / "lego"
ACME_SH = PEERS / "root" / "usr" / "share" / "acme.sh" / "acme.sh"
CERTBOT = PEERS / "certbot" / "bin" / "certbot"
GUARD = ROOT / "tests" / "support" / "netguard"
TOOLS = ("certdesk", "certbot", "lego", "acme.sh")
EMAIL = "admin@example.com"


@dataclass
class PeerResult:
    tool: str
    version: str
    count: int
    issue_s: float | None = None  # seconds for all N issuances
    renew_s: float | None = None  # seconds for the batch renewal of N
    error: str | None = None

    @property
    def issue_per_cert(self) -> float | None:
        return self.issue_s / self.count if self.issue_s is not None and self.count else None

    @property
    def renew_per_cert(self) -> float | None:
        return self.renew_s / self.count if self.renew_s is not None and self.count else None

    def to_json(self) -> dict[str, object]:
        return {**asdict(self), "issue_per_cert_s": self.issue_per_cert,
                "renew_per_cert_s": self.renew_per_cert}


def available(tool: str) -> bool:
    if tool == "certdesk":
        return True
    if tool == "certbot":
        return CERTBOT.exists()
    if tool == "lego":
        return LEGO.exists()
    return ACME_SH.exists() and all(shutil.which(t) is not None for t in ("socat", "curl"))


def start_pebble(workdir: Path, retry_after: int = 1) -> Pebble:
    """One Pebble for every tool: no validation sleep, no nonce rejection, no authz reuse;
    `retry_after` seconds asked of clients polling a pending authorization or order."""
    return Pebble(workdir=workdir, env={"PEBBLE_VA_NOSLEEP": "1", "PEBBLE_WFE_NONCEREJECT": "0",
                                        "PEBBLE_AUTHZREUSE": "0"},
                  config={"retryAfter": {"authz": retry_after, "order": retry_after}}).start()


def _run(cmd: list[str], env: dict[str, str], cwd: Path, log: Path
         ) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=900,
                          stdin=subprocess.DEVNULL)
    with log.open("a") as f:
        f.write(f"$ {' '.join(cmd)}\n-> {proc.returncode}\n{proc.stdout}\n{proc.stderr}\n")
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise RuntimeError(f"{Path(cmd[0]).name} exited {proc.returncode}: {' | '.join(tail)}")
    return proc


def _names(tool: str, count: int) -> list[str]:
    slug = tool.replace(".", "")
    return [f"{slug}{i}.bench.example.com" for i in range(count)]


class _Tool:
    def __init__(self, pebble: Pebble, work: Path) -> None:
        self.pebble = pebble
        self.work = work
        self.log = work / "commands.log"
        self.env = dict(os.environ)

    def run(self, *cmd: str) -> subprocess.CompletedProcess[str]:
        return _run(list(cmd), self.env, self.work, self.log)


class _Certdesk(_Tool):
    def __init__(self, pebble: Pebble, work: Path) -> None:
        super().__init__(pebble, work)
        self.env.update(CERTDESK_TEST_KEYRING=str(work / "keyring.json"),
                        PYTHON_KEYRING_BACKEND="tests.support.wincred_keyring.WinCredLikeKeyring",
                        # the loopback-only guard: certdesk's CAA lookups stay on this machine
                        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), str(GUARD),
                                                                 os.environ.get("PYTHONPATH")])))
        self.home = work / "home"
        self.ids: list[str] = []
        self.account = ""

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run(sys.executable, "-m", "app.cli.main", "--home", str(self.home),
                        "--ca-bundle", str(self.pebble.ca_bundle), *args)

    def version(self) -> str:
        from importlib.metadata import version

        return version("certdesk")

    def setup(self) -> None:
        out = self.cli("account", "add", "--directory", self.pebble.directory, "--email", EMAIL,
                       "--agree-tos")
        self.account = out.stdout.strip().splitlines()[-1]

    def issue(self, name: str) -> None:
        out = self.cli("issue", "--account", self.account, "-d", name, "--http-address",
                       "127.0.0.1", "--http-port", str(self.pebble.http_port))
        self.ids.append(out.stdout.strip().splitlines()[-1])

    def renew_all(self) -> None:
        self.cli("renew", "--force", *self.ids)


class _Certbot(_Tool):
    def __init__(self, pebble: Pebble, work: Path) -> None:
        super().__init__(pebble, work)
        self.env["REQUESTS_CA_BUNDLE"] = str(pebble.ca_bundle)
        self.dirs = ["--config-dir", str(work / "config"), "--work-dir", str(work / "work"),
                     "--logs-dir", str(work / "logs")]

    def version(self) -> str:
        return self.run(str(CERTBOT), "--version").stdout.strip() or "certbot"

    def setup(self) -> None:
        self.run(str(CERTBOT), "register", *self.dirs, "--server", self.pebble.directory,
                 "--agree-tos", "-m", EMAIL, "--no-eff-email", "--non-interactive")

    def issue(self, name: str) -> None:
        self.run(str(CERTBOT), "certonly", *self.dirs, "--server", self.pebble.directory,
                 "--standalone", "--http-01-address", "127.0.0.1", "--http-01-port",
                 str(self.pebble.http_port), "-d", name, "--non-interactive",
                 "--agree-tos", "-m", EMAIL)

    def renew_all(self) -> None:
        self.run(str(CERTBOT), "renew", *self.dirs, "--force-renewal",
                 "--no-random-sleep-on-renew", "--non-interactive")


class _Lego(_Tool):
    def __init__(self, pebble: Pebble, work: Path) -> None:
        super().__init__(pebble, work)
        self.env["LEGO_CA_CERTIFICATES"] = str(pebble.ca_bundle)
        self.names: list[str] = []

    def version(self) -> str:
        return self.run(str(LEGO), "--version").stdout.strip().split(" linux")[0]

    def _base(self, name: str) -> list[str]:
        return [str(LEGO), "--server", self.pebble.directory, "--email", EMAIL, "--accept-tos",
                "--path", str(self.work / "lego"), "--domains", name, "--http", "--http.port",
                f"127.0.0.1:{self.pebble.http_port}"]

    def setup(self) -> None:
        pass  # lego registers the account on its first run

    def issue(self, name: str) -> None:
        self.run(*self._base(name), "run")
        self.names.append(name)

    def renew_all(self) -> None:
        for name in self.names:
            self.run(*self._base(name), "renew", "--days", "3650", "--ari-disable",
                     "--no-random-sleep")


class _AcmeSh(_Tool):
    def __init__(self, pebble: Pebble, work: Path) -> None:
        super().__init__(pebble, work)
        self.home = work / "acme.sh"
        self.home.mkdir(parents=True, exist_ok=True)
        self.base = ["sh", str(ACME_SH), "--home", str(self.home), "--config-home",
                     str(self.home), "--server", self.pebble.directory, "--ca-bundle",
                     str(pebble.ca_bundle), "--no-color"]

    def version(self) -> str:
        text = ACME_SH.read_text()
        ver = next((ln.split("=", 1)[1] for ln in text.splitlines() if ln.startswith("VER=")), "")
        return f"acme.sh {ver}"

    def setup(self) -> None:
        self.run(*self.base, "--register-account", "-m", EMAIL)

    def issue(self, name: str) -> None:
        self.run(*self.base, "--issue", "-d", name, "--standalone", "--httpport",
                 str(self.pebble.http_port), "--listen-v4", "--keylength", "ec-256")

    def renew_all(self) -> None:
        self.run(*self.base, "--renew-all", "--force")


FACTORIES: dict[str, Callable[[Pebble, Path], _Tool]] = {
    "certdesk": _Certdesk, "certbot": _Certbot, "lego": _Lego, "acme.sh": _AcmeSh}


def run_tool(tool: str, pebble: Pebble, work: Path, count: int) -> PeerResult:
    work.mkdir(parents=True, exist_ok=True)
    runner = FACTORIES[tool](pebble, work)
    result = PeerResult(tool=tool, version="?", count=count)
    try:
        result.version = runner.version()  # type: ignore[attr-defined]
        runner.setup()  # type: ignore[attr-defined]
        started = time.perf_counter()
        for name in _names(tool, count):
            runner.issue(name)  # type: ignore[attr-defined]
        result.issue_s = time.perf_counter() - started
        started = time.perf_counter()
        runner.renew_all()  # type: ignore[attr-defined]
        result.renew_s = time.perf_counter() - started
    except (RuntimeError, subprocess.TimeoutExpired, OSError) as exc:
        result.error = str(exc)[:300]
    return result


def run_peers(count: int, tools: tuple[str, ...] = TOOLS, workdir: Path | None = None,
              retry_after: int = 1, counts: dict[str, int] | None = None,
              extra: tuple[tuple[str, int], ...] = ()) -> list[PeerResult]:
    """Every tool against one Pebble, `count` certificates each unless `counts` names the
    tool; then the `extra` runs (tool, N), e.g. certdesk again at a peer's N."""
    counts = counts or {}
    work = workdir or Path(tempfile.mkdtemp(prefix="certdesk-peers-"))
    pebble = start_pebble(work / "pebble", retry_after)
    try:
        results = []
        for tool, n in [*((t, counts.get(t, count)) for t in tools), *extra]:
            if not available(tool):
                results.append(PeerResult(tool, "not fetched", n,
                                          error="not fetched (scripts/fetch-peers.sh)"))
                continue
            results.append(run_tool(tool, pebble, work / f"{tool.replace('.', '')}-{n}", n))
        return results
    finally:
        pebble.stop()


def _baseline(results: list[PeerResult], peer: PeerResult) -> PeerResult | None:
    """The certdesk run a peer is compared with: the one at the peer's N if there is one."""
    mine = [r for r in results if r.tool == "certdesk" and r.renew_per_cert]
    return next((r for r in mine if r.count == peer.count), mine[0] if mine else None)


def table(results: list[PeerResult]) -> str:
    lines = [f"{'tool':10} {'version':28} {'N':>4} {'issue s/cert':>13} {'renew s/cert':>13} "
             f"{'certdesk/tool (renew)':>22}"]
    for r in results:
        if r.error:
            lines.append(f"{r.tool:10} {r.version[:28]:28} {r.count:4}  {r.error}")
            continue
        ratio = ""
        base = _baseline(results, r)
        if base and base.renew_per_cert and r.renew_per_cert:
            ratio = f"{base.renew_per_cert / r.renew_per_cert:.3f}"
            if r.tool != "certdesk" and base.count != r.count:
                ratio += f" (N {base.count})"
        lines.append(f"{r.tool:10} {r.version[:28]:28} {r.count:4} "
                     f"{r.issue_per_cert or 0:13.3f} {r.renew_per_cert or 0:13.3f} {ratio:>22}")
    return "\n".join(lines)


def parse_counts(text: str) -> dict[str, int]:
    """'certdesk=100,lego=5' -> {'certdesk': 100, 'lego': 5}."""
    counts: dict[str, int] = {}
    for part in filter(None, text.split(",")):
        tool, _, n = part.partition("=")
        if tool not in TOOLS or not n.isdigit():
            raise ValueError(f"not TOOL=N with a known tool: {part!r}")
        counts[tool] = int(n)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.peers")
    parser.add_argument("count", nargs="?", type=int, default=10)
    parser.add_argument("--tools", default=",".join(TOOLS))
    parser.add_argument("--retry-after", type=int, default=1,
                        help="seconds Pebble asks pollers to wait (default 1)")
    parser.add_argument("--counts", default="", type=parse_counts,
                        help="N for some tools, e.g. certdesk=100,lego=5")
    parser.add_argument("--also-certdesk", type=int, action="append", default=[],
                        help="run certdesk again at this N (e.g. a peer's N)")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args(argv)
    results = run_peers(args.count, tuple(t for t in args.tools.split(",") if t),
                        retry_after=args.retry_after, counts=args.counts,
                        extra=tuple(("certdesk", n) for n in args.also_certdesk))
    print(table(results))
    if args.json:
        Path(args.json).write_text(json.dumps([r.to_json() for r in results], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
