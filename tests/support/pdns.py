"""Runs a real PowerDNS Authoritative server (sqlite backend, HTTP API on) on loopback ports.

Its own --config-dir and --socket-dir in the test's folder; the database is created from the
schema Debian's pdns-backend-sqlite3 ships. Stopped through its Popen handle only.
"""

from __future__ import annotations

import secrets
import sqlite3
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import requests

from tests.support.ports import free_port
from tests.support.processes import stop_process

PDNS = "/usr/sbin/pdns_server"
SCHEMA_CANDIDATES = (
    Path("/usr/share/doc/pdns-backend-sqlite3/schema.sqlite3.sql"),
    Path("/usr/share/pdns-backend-sqlite3/schema/schema.sqlite3.sql"),
)


def schema_path() -> Path:
    for path in SCHEMA_CANDIDATES:
        if path.exists():
            return path
    raise RuntimeError("pdns-backend-sqlite3's schema.sqlite3.sql was not found")


@dataclass
class PowerDnsServer:
    workdir: Path
    host: str = "127.0.0.1"
    dns_port: int = 0
    api_port: int = 0
    api_key: str = ""
    proc: subprocess.Popen[bytes] | None = None

    @property
    def api_url(self) -> str:
        return f"http://{self.host}:{self.api_port}"

    @property
    def address(self) -> str:
        return f"{self.host}:{self.dns_port}"

    def start(self) -> PowerDnsServer:
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.dns_port = self.dns_port or free_port()
        self.api_port = self.api_port or free_port()
        self.api_key = self.api_key or secrets.token_hex(16)
        db = self.workdir / "pdns.sqlite3"
        with sqlite3.connect(db) as conn:
            conn.executescript(schema_path().read_text())
        (self.workdir / "pdns.conf").write_text("\n".join([
            "launch=gsqlite3", f"gsqlite3-database={db}",
            f"local-address={self.host}", f"local-port={self.dns_port}",
            "api=yes", f"api-key={self.api_key}", "webserver=yes",
            f"webserver-address={self.host}", f"webserver-port={self.api_port}",
            "webserver-allow-from=127.0.0.0/8", f"socket-dir={self.workdir}",
            "guardian=no", "daemon=no", "disable-syslog=yes", "loglevel=4",
            "default-ttl=60", "distributor-threads=1", "receiver-threads=1",
            "cache-ttl=0", "negquery-cache-ttl=0", "query-cache-ttl=0", ""]))
        log = open(self.workdir / "pdns.log", "wb")  # noqa: SIM115
        self.proc = subprocess.Popen([PDNS, f"--config-dir={self.workdir}"], stdout=log,
                                     stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("pdns_server exited: " + (self.workdir / "pdns.log").read_text())
            try:
                if requests.get(f"{self.api_url}/api/v1/servers/localhost", timeout=1,
                                headers={"X-API-Key": self.api_key}).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.05)
        raise RuntimeError("pdns_server did not come up")

    def stop(self) -> None:
        stop_process(self.proc)

    def create_zone(self, zone: str, nameservers: dict[str, str]) -> None:
        """A native zone with NS records (and in-zone A records) for `nameservers`."""
        zone = zone.rstrip(".") + "."
        r = requests.post(f"{self.api_url}/api/v1/servers/localhost/zones", timeout=10,
                          headers={"X-API-Key": self.api_key},
                          json={"name": zone, "kind": "Native", "nameservers": list(nameservers)})
        r.raise_for_status()
        rrsets = [{"name": host, "type": "A", "ttl": 60, "changetype": "REPLACE",
                   "records": [{"content": addr, "disabled": False}]}
                  for host, addr in nameservers.items() if host.endswith("." + zone)]
        if rrsets:
            requests.patch(f"{self.api_url}/api/v1/servers/localhost/zones/{zone}", timeout=10,
                           headers={"X-API-Key": self.api_key},
                           json={"rrsets": rrsets}).raise_for_status()

    def credentials(self, zone: str | None = None) -> dict[str, str]:
        values = {"api_url": self.api_url, "api_key": self.api_key}
        if zone:
            values["zone"] = zone
        return values
