"""Runs a real Pebble ACME server and pebble-challtestsrv on loopback ports.

The binaries come from Debian's pebble package, fetched into .cache/pebble by
scripts/fetch-pebble.sh. Each instance gets its own ports, TLS certificate and config.
"""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from tests.support.ports import free_port
from tests.support.processes import stop_process
from tests.support.tls import make_server_cert

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / ".cache" / "pebble" / "root" / "usr" / "bin"
HOOK = ROOT / "tests" / "support" / "challtestsrv_hook.py"

EAB_KEYS = {
    "kid-1": "zWNDZM6eQGHWpSRTPal5eIUYFTu7EajVIoguysqZ9wG44nMEtx3MUAsUDkMTQ12W",
    "kid-2": "b10lLJs8l1GPIzsLP0s6pMt8O0XVGnfTaCeROxQM0BIt2XrJMDHJZBM5NuQmQJQH",
}


def ensure_binaries() -> None:
    if not (BIN / "pebble").exists():
        subprocess.run(["bash", str(ROOT / "scripts" / "fetch-pebble.sh")], check=True)


@dataclass
class ChallTestSrv:
    dns_port: int
    mgmt_port: int
    proc: subprocess.Popen[bytes] | None = None

    @property
    def mgmt_url(self) -> str:
        return f"http://127.0.0.1:{self.mgmt_port}"

    @property
    def resolver(self) -> str:
        return f"127.0.0.1:{self.dns_port}"

    def post(self, path: str, payload: dict[str, Any]) -> None:
        r = requests.post(self.mgmt_url + path, json=payload, timeout=5)
        r.raise_for_status()

    def set_txt(self, host: str, value: str) -> None:
        self.post("/set-txt", {"host": host, "value": value})

    def clear_txt(self, host: str) -> None:
        self.post("/clear-txt", {"host": host})

    def set_a(self, host: str, address: str) -> None:
        """Make the CA resolve host to address (e.g. 127.0.0.2, where nothing listens)."""
        self.post("/add-a", {"host": host, "addresses": [address]})

    def clear_a(self, host: str) -> None:
        self.post("/clear-a", {"host": host})

    def exec_hook(self) -> str:
        """A --dns-exec command that creates and deletes TXT records in this server."""
        return shlex.join([sys.executable, str(HOOK), self.mgmt_url])


@dataclass
class Pebble:
    workdir: Path
    env: dict[str, str] = field(default_factory=dict)
    config: dict[str, Any] = field(default_factory=dict)
    dns_server: str | None = None  # HOST:PORT; defaults to the challtestsrv
    port: int = 0
    mgmt_port: int = 0
    http_port: int = 0
    tls_port: int = 0
    ca_bundle: Path = Path()
    challtestsrv: ChallTestSrv | None = None
    proc: subprocess.Popen[bytes] | None = None

    @property
    def directory(self) -> str:
        return f"https://127.0.0.1:{self.port}/dir"

    @property
    def mgmt_url(self) -> str:
        return f"https://127.0.0.1:{self.mgmt_port}"

    def mgmt_get(self, path: str) -> requests.Response:
        return requests.get(self.mgmt_url + path, verify=str(self.ca_bundle), timeout=10)

    def mgmt_post(self, path: str, payload: Any) -> requests.Response:
        return requests.post(self.mgmt_url + path, json=payload, verify=str(self.ca_bundle),
                             timeout=10)

    def roots_pem(self, index: int = 0) -> str:
        return self.mgmt_get(f"/roots/{index}").text

    def cert_status(self, serial_hex: str) -> dict[str, Any]:
        r = self.mgmt_get(f"/cert-status-by-serial/{serial_hex}")
        r.raise_for_status()
        return dict(r.json())

    def start(self) -> Pebble:
        ensure_binaries()
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.ca_bundle, cert, key = make_server_cert(self.workdir / "tls")
        if self.dns_server is None:
            srv = ChallTestSrv(dns_port=free_port(), mgmt_port=free_port())
            log = open(self.workdir / "challtestsrv.log", "wb")  # noqa: SIM115
            srv.proc = subprocess.Popen(
                [str(BIN / "pebble-challtestsrv"), "-dnsserver", srv.resolver,
                 "-management", f"127.0.0.1:{srv.mgmt_port}", "-http01", "", "-https01", "",
                 "-tlsalpn01", "", "-doh", "", "-defaultIPv4", "127.0.0.1",
                 "-defaultIPv6", ""], stdout=log, stderr=subprocess.STDOUT)
            self.challtestsrv = srv
            self.dns_server = srv.resolver
            _wait_http(srv.mgmt_url + "/clear-request-history", srv.proc, method="POST",
                       payload={"host": "x", "type": "DNS"})
        self.port = self.port or free_port()
        self.mgmt_port = self.mgmt_port or free_port()
        self.http_port = self.http_port or free_port()
        self.tls_port = self.tls_port or free_port()
        config: dict[str, Any] = {
            "listenAddress": f"127.0.0.1:{self.port}",
            "managementListenAddress": f"127.0.0.1:{self.mgmt_port}",
            "certificate": str(cert),
            "privateKey": str(key),
            "httpPort": self.http_port,
            "tlsPort": self.tls_port,
            "ocspResponderURL": "",
            "externalAccountBindingRequired": False,
            "retryAfter": {"authz": 1, "order": 1},
            "profiles": {
                "default": {"description": "The default profile", "validityPeriod": 7776000},
                "shortlived": {"description": "Six days", "validityPeriod": 518400},
            },
        }
        config.update(self.config)
        cfg_path = self.workdir / "pebble-config.json"
        cfg_path.write_text(json.dumps({"pebble": config}, indent=2))
        env = {**os.environ, "PEBBLE_VA_NOSLEEP": "1", **self.env}
        log = open(self.workdir / "pebble.log", "wb")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [str(BIN / "pebble"), "-config", str(cfg_path), "-dnsserver", self.dns_server,
             "-strict=false"], env=env, stdout=log, stderr=subprocess.STDOUT)
        _wait_http(self.directory, self.proc, verify=str(self.ca_bundle))
        return self

    def stop(self) -> None:
        stop_process(self.proc)
        if self.challtestsrv is not None:
            stop_process(self.challtestsrv.proc)

    def restart(self) -> None:
        """Stop Pebble (losing all its state) and start a fresh one on the same ports."""
        assert self.proc is not None
        self.proc.terminate()
        self.proc.wait(timeout=10)
        self.start()  # the challtestsrv is kept: dns_server is already set


def _wait_http(url: str, proc: subprocess.Popen[bytes], *, verify: str | bool = False,
               method: str = "GET", payload: Any = None, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{url}: server exited with {proc.returncode}")
        try:
            r = requests.request(method, url, verify=verify, timeout=2, json=payload)
            if r.status_code < 500:
                return
        except requests.RequestException as exc:
            last = exc
        time.sleep(0.05)
    raise RuntimeError(f"{url} did not come up: {last}")


@contextlib.contextmanager
def running_pebble(workdir: Path, **kwargs: Any) -> Iterator[Pebble]:
    pebble = Pebble(workdir=workdir, **kwargs)
    try:
        yield pebble.start()
    finally:
        pebble.stop()
