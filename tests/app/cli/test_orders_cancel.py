"""`certdesk-cli orders cancel ORDER_ID` against Pebble: a parked manual-DNS order is given up."""

from __future__ import annotations

import shlex
import subprocess
import uuid
from pathlib import Path

import pytest

from app.storage.store import Store
from app.validation.dns_exec import ExecDnsSolver
from app.validation.propagation import query_txt
from tests.support.acme_env import cli, cli_json, services_for
from tests.support.pebble import Pebble

pytestmark = pytest.mark.pebble


def _account(home: Path, pebble: Pebble) -> str:
    data = cli_json(home, "--ca-bundle", str(pebble.ca_bundle), "account", "add",
                    "--directory", pebble.directory, "--agree-tos", "--email", "a@example.com")
    return str(data["id"])


def test_cancel_a_parked_order(home: Path, pebble: Pebble) -> None:
    assert pebble.challtestsrv is not None
    resolver = pebble.challtestsrv.resolver
    account_id = _account(home, pebble)
    name = f"cancel-{uuid.uuid4().hex[:8]}.example.com"
    parked = cli(home, "--ca-bundle", str(pebble.ca_bundle), "issue", "--account", account_id,
                 "-d", name, "--challenge", "dns-01", "--dns-manual", "--dns-resolver", resolver)
    assert parked.returncode == 1 and f"_acme-challenge.{name}." in parked.stderr
    [pending] = cli_json(home, "orders")
    assert pending["state"] == "awaiting-user" and pending["order_url"]
    order_id = pending["id"]

    # Something a crashed run of this order left behind: a TXT record made by a DNS hook.
    services = services_for(home, pebble)
    fqdn, value = f"_acme-challenge.{name}.", "left-behind"
    hook = pebble.challtestsrv.exec_hook()
    subprocess.run([*shlex.split(hook), "present", fqdn, value], check=True)
    services.certificates.engine.leftovers.record(
        order_id, ExecDnsSolver.leftover_kind, {"command": hook, "fqdn": fqdn, "value": value})
    dns_server = ("127.0.0.1", pebble.challtestsrv.dns_port)
    assert query_txt(fqdn, dns_server) == {value}

    done = cli_json(home, "--ca-bundle", str(pebble.ca_bundle), "orders", "cancel",
                    order_id[:6])
    assert done["state"] == "cancelled" and done["problems"] == []
    assert done["leftovers_cleaned"] == 1 and len(done["deactivated_authorizations"]) == 1

    # At the CA: the authorization is deactivated.
    account = services.accounts.get(account_id)
    client = services.accounts.client_for(account)
    [authz_url] = client.post_as_get(pending["order_url"]).body["authorizations"]
    assert authz_url == done["deactivated_authorizations"][0]
    assert client.post_as_get(authz_url).body["status"] == "deactivated"
    # Locally: leftovers gone (the TXT record too), no unfinished order, certificate failed.
    assert services.certificates.engine.leftovers.pending(order_id) == []
    assert query_txt(fqdn, dns_server) == set()
    assert cli_json(home, "orders") == []
    [listed] = cli_json(home, "orders", "--all")
    assert listed["state"] == "cancelled"
    assert cli_json(home, "show", pending["certificate_id"])["status"] == "failed"
    assert any(e["kind"] == "order-cancelled"
               for e in cli_json(home, "show", pending["certificate_id"])["events"])
    Store.close(services.store)

    resumed = cli(home, "--ca-bundle", str(pebble.ca_bundle), "resume", order_id)
    assert resumed.returncode == 1
    assert f"Order {order_id} is already cancelled" in resumed.stderr
    again = cli(home, "orders", "cancel", order_id)
    assert again.returncode == 1 and "already cancelled" in again.stderr


def test_orders_listing_unchanged(home: Path) -> None:
    assert cli_json(home, "orders") == []
    assert cli_json(home, "orders", "--all") == []
    proc = cli(home, "orders")
    assert proc.returncode == 0 and "No unfinished orders." in proc.stdout
    missing = cli(home, "orders", "cancel", "nosuchorder")
    assert missing.returncode == 1 and "No order with id 'nosuchorder'" in missing.stderr
