"""Runs a real BIND 9 (`named`) on a loopback port, authoritative for generated test zones.

Each instance has its own folder (config, zone files, journals); it never reads /etc/bind.
Zones allow dynamic updates signed with the instance's TSIG key, so tests (and the RFC 2136
provider) can change records. Only processes started here are stopped, by their Popen handle.
"""

from __future__ import annotations

import base64
import contextlib
import os
import subprocess
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import dns.message
import dns.name
import dns.query
import dns.rdatatype
import dns.tsigkeyring
import dns.update

from tests.support.ports import free_port
from tests.support.processes import stop_process

NAMED = "/usr/sbin/named"


def zone_text(zone: str, nameservers: dict[str, str], records: Iterable[str] = ()) -> str:
    """A zone file: SOA, NS records for `nameservers` {host: address}, then `records`."""
    zone = zone.rstrip(".") + "."
    first = next(iter(nameservers))
    lines = ["$TTL 60", f"@ IN SOA {first} hostmaster.{zone} 1 60 60 600 60"]
    lines += [f"@ IN NS {host}" for host in nameservers]
    for host, address in nameservers.items():
        if host.endswith("." + zone) or host == zone:
            kind = "AAAA" if ":" in address else "A"
            lines.append(f"{host} IN {kind} {address}")
    lines += list(records)
    return "\n".join(lines) + "\n"


@dataclass
class BindServer:
    workdir: Path
    zones: dict[str, str]  # zone name -> zone file text
    host: str = "127.0.0.1"
    port: int = 0
    key_name: str = "certdesk-test-key."
    key_secret: str = field(default_factory=lambda: base64.b64encode(os.urandom(32)).decode())
    key_algorithm: str = "hmac-sha256"
    proc: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def _config(self) -> str:
        wd = self.workdir
        zones = "\n".join(
            f'zone "{z.rstrip(".")}" {{ type primary; file "{z.rstrip(".")}.zone"; '
            f'allow-update {{ key "{self.key_name}"; }}; }};' for z in self.zones)
        return f"""
options {{
    directory "{wd}";
    listen-on port {self.port} {{ {self.host}; }};
    listen-on-v6 {{ none; }};
    pid-file "{wd}/named.pid";
    session-keyfile "{wd}/session.key";
    managed-keys-directory "{wd}";
    dump-file "{wd}/named.dump";
    statistics-file "{wd}/named.stats";
    recursion no;
    dnssec-validation no;
    notify no;
}};
controls {{ }};
key "{self.key_name}" {{ algorithm {self.key_algorithm}; secret "{self.key_secret}"; }};
{zones}
"""

    def start(self) -> BindServer:
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.port = self.port or free_port()
        for zone, text in self.zones.items():
            (self.workdir / f"{zone.rstrip('.')}.zone").write_text(text)
        conf = self.workdir / "named.conf"
        conf.write_text(self._config())
        # -g: foreground, log to stderr; no -u: named keeps the current user (root in CI).
        argv = [NAMED, "-g", "-4", "-n", "1", "-c", str(conf)]
        log = open(self.workdir / "named.log", "wb")  # noqa: SIM115
        self.proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT)
        self._wait_ready()
        return self

    def _wait_ready(self, timeout: float = 20.0) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + timeout
        zone = next(iter(self.zones))
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("named exited: " + (self.workdir / "named.log").read_text())
            try:
                r = dns.query.tcp(dns.message.make_query(zone, "SOA"), self.host, port=self.port,
                                  timeout=0.5)
                if r.answer:
                    return
            except Exception:
                pass
            time.sleep(0.02)
        raise RuntimeError("named did not come up: " + (self.workdir / "named.log").read_text())

    def stop(self) -> None:
        stop_process(self.proc)

    # -- changing and reading records, as a test ----------------------------------------------
    def _keyring(self) -> dict[dns.name.Name, bytes]:
        return dns.tsigkeyring.from_text({self.key_name: self.key_secret})  # type: ignore[no-any-return]

    def _send(self, update: dns.update.UpdateMessage) -> None:
        response = dns.query.tcp(update, self.host, port=self.port, timeout=5)
        assert response.rcode() == 0, response

    def add(self, zone: str, name: str, rdtype: str, value: str, ttl: int = 60) -> None:
        if rdtype == "TXT" and not value.startswith('"'):
            value = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        update = dns.update.UpdateMessage(zone, keyring=self._keyring(),
                                          keyname=dns.name.from_text(self.key_name))
        update.add(dns.name.from_text(name), ttl, rdtype, value)
        self._send(update)

    def delete(self, zone: str, name: str, rdtype: str = "TXT") -> None:
        update = dns.update.UpdateMessage(zone, keyring=self._keyring(),
                                          keyname=dns.name.from_text(self.key_name))
        update.delete(dns.name.from_text(name), rdtype)
        self._send(update)

    def txt(self, name: str) -> set[str]:
        r = dns.query.udp(dns.message.make_query(name, "TXT"), self.host, port=self.port,
                          timeout=2)
        return {b"".join(rd.strings).decode() for rr in r.answer if rr.rdtype == dns.rdatatype.TXT
                for rd in rr}

    def credentials(self, zone: str | None = None) -> dict[str, str]:
        """Field values for certdesk's rfc2136 provider."""
        values = {"server": self.address, "key_name": self.key_name,
                  "key_secret": self.key_secret, "key_algorithm": self.key_algorithm}
        if zone:
            values["zone"] = zone
        return values


def start_binds(workdir: Path, zone_sets: Sequence[dict[str, str]]) -> list[BindServer]:
    servers = []
    for i, zones in enumerate(zone_sets):
        servers.append(BindServer(workdir / f"bind{i}", zones).start())
    return servers


@contextlib.contextmanager
def bind_servers(workdir: Path) -> Iterator[Callable[..., BindServer]]:
    """make(zones, **kwargs) starts a BindServer; all are stopped on exit."""
    started: list[BindServer] = []

    def make(zones: dict[str, str], **kwargs: Any) -> BindServer:
        server = BindServer(workdir / f"bind{len(started)}", zones, **kwargs)
        started.append(server)
        return server.start()

    try:
        yield make
    finally:
        for server in started:
            server.stop()
