"""Every validation method from certdesk-cli (a real process) against Pebble."""

from __future__ import annotations

import pytest

from tests.support.acme_env import cli, cli_json
from tests.support.bind import BindServer, bind_servers, zone_text
from tests.support.pebble import Pebble
from tests.support.static_server import serving

pytestmark = pytest.mark.pebble

ZONE = "example.test."


@pytest.fixture
def bind_factory(tmp_path):
    with bind_servers(tmp_path / "bind") as make:
        yield make


def _account(home, pebble: Pebble) -> str:
    data = cli_json(home, "--ca-bundle", str(pebble.ca_bundle), "account", "add",
                    "--directory", pebble.directory, "--agree-tos", "--email", "a@example.com")
    return str(data["id"])


def _issue(home, pebble: Pebble, *args: str):
    return cli(home, "--ca-bundle", str(pebble.ca_bundle), "issue", *args)


def test_dns01_provider_rfc2136(home, tmp_path, bind_factory, pebble_factory):
    bind: BindServer = bind_factory({ZONE: zone_text(ZONE, {"ns1.example.test.": "127.0.0.11"},
                                                     ["cli IN A 127.0.0.1"])})
    pebble = pebble_factory(dns_server=bind.address)
    secret = tmp_path / "tsig"
    secret.write_text(f"key_secret={bind.key_secret}\n")
    proc = cli(home, "dns", "credentials", "add", "--provider", "rfc2136", "--name", "lab",
               "--field", f"server={bind.address}", "--field", f"key_name={bind.key_name}",
               "--field", f"zone={ZONE}", "--secrets-file", str(secret))
    assert proc.returncode == 0, proc.stderr
    account = _account(home, pebble)
    proc = _issue(home, pebble, "--account", account, "-d", "cli.example.test",
                  "--challenge", "dns-01", "--dns-provider", "rfc2136",
                  "--dns-credentials", "lab", "--dns-resolver", bind.address)
    assert proc.returncode == 0, proc.stderr
    assert bind.txt("_acme-challenge.cli.example.test.") == set()


def test_dns01_manual_parks_then_resumes(home, bind_factory, pebble_factory):
    bind: BindServer = bind_factory({ZONE: zone_text(ZONE, {"ns1.example.test.": "127.0.0.11"})})
    pebble = pebble_factory(dns_server=bind.address)
    account = _account(home, pebble)
    proc = _issue(home, pebble, "--account", account, "-d", "manual.example.test",
                  "--challenge", "dns-01", "--dns-manual", "--dns-resolver", bind.address)
    assert proc.returncode == 1 and "_acme-challenge.manual.example.test." in proc.stderr
    value = next(line.split('"')[1] for line in proc.stderr.splitlines() if "IN  TXT" in line)
    bind.add(ZONE, "_acme-challenge.manual.example.test.", "TXT", value)
    proc = cli(home, "--ca-bundle", str(pebble.ca_bundle), "resume")
    assert proc.returncode == 0, proc.stderr


def test_http01_webroot_and_tls_alpn(home, pebble, tmp_path):
    root = tmp_path / "www"
    root.mkdir()
    with serving(root, pebble.http_port):
        account = _account(home, pebble)
        proc = _issue(home, pebble, "--account", account, "-d", "cliweb.example.test",
                      "--webroot", str(root))
        assert proc.returncode == 0, proc.stderr
    proc = _issue(home, pebble, "--account", account, "-d", "clialpn.example.test",
                  "--challenge", "tls-alpn-01", "--tls-address", "127.0.0.1",
                  "--tls-port", str(pebble.tls_port))
    assert proc.returncode == 0, proc.stderr
