"""certdesk-cli as automation sees it: real processes, exit codes, last lines, crashes."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from app.storage.store import Store
from tests.support.acme_env import cli, cli_json, pebble_orders, services_for
from tests.support.pebble import Pebble

pytestmark = pytest.mark.pebble


def _account(home: Path, pebble: Pebble, *extra: str) -> str:
    proc = cli(home, "--ca-bundle", str(pebble.ca_bundle), "account", "add", "--directory",
               pebble.directory, "--email", "ops@example.com", "--agree-tos", *extra)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip().splitlines()[-1]


def _http(pebble: Pebble) -> list[str]:
    return ["--challenge", "http-01", "--http-address", "127.0.0.1",
            "--http-port", str(pebble.http_port)]


def test_issue_prints_id_last_and_json_works(home: Path, pebble: Pebble) -> None:
    account_id = _account(home, pebble)
    assert len(account_id) == 12
    proc = cli(home, "--ca-bundle", str(pebble.ca_bundle), "issue", "--account", account_id,
               "-d", "cli.example.com", "-d", "www.cli.example.com", *_http(pebble))
    assert proc.returncode == 0, proc.stderr
    cert_id = proc.stdout.strip().splitlines()[-1]
    listed = cli_json(home, "list")
    assert [c["id"] for c in listed] == [cert_id]
    assert listed[0]["names"] == ["cli.example.com", "www.cli.example.com"]
    shown = cli_json(home, "show", cert_id)
    assert len(shown["history"]) == 1 and shown["events"]
    assert cli_json(home, "list", "--expiring-within", "1") == []
    assert len(cli_json(home, "list", "--expiring-within", "365")) == 1


def test_dns_exec_issue_with_explicit_resolver(home: Path, pebble: Pebble) -> None:
    account_id = _account(home, pebble, "--key-type", "rsa2048")
    assert pebble.challtestsrv
    proc = cli(home, "--ca-bundle", str(pebble.ca_bundle), "issue", "--account", account_id,
               "-d", "*.cli-dns.example", "-d", "cli-dns.example", "--challenge", "dns-01",
               "--dns-exec", pebble.challtestsrv.exec_hook(),
               "--dns-resolver", pebble.challtestsrv.resolver)
    assert proc.returncode == 0, proc.stderr


def test_exit_codes(home: Path, pebble: Pebble) -> None:
    usage = cli(home, "issue")
    assert usage.returncode == 2
    missing = cli(home, "show", "nope")
    assert missing.returncode == 1
    assert "Traceback" not in missing.stderr
    assert missing.stderr.count("\n") == 1 and "No certificate" in missing.stderr
    account_id = _account(home, pebble)
    bad = cli(home, "--ca-bundle", str(pebble.ca_bundle), "issue", "--account", account_id,
              "-d", "bad_name.example.com", *_http(pebble))
    assert bad.returncode == 1 and "not a valid domain name" in bad.stderr


def _dns(pebble: Pebble) -> list[str]:
    assert pebble.challtestsrv
    return ["--challenge", "dns-01", "--dns-exec", pebble.challtestsrv.exec_hook(),
            "--dns-resolver", pebble.challtestsrv.resolver]


# After answering, the response must outlive the process: a DNS record does, the built-in
# http-01 listener does not (the CA then fails the validation, and a new order is needed).
@pytest.mark.parametrize(("point", "method"), [("after-new-order", "http"),
                                               ("after-answer", "dns"),
                                               ("after-finalize", "http")])
def test_killed_process_resumes_the_same_order(home: Path, pebble: Pebble, point: str,
                                               method: str) -> None:
    account_id = _account(home, pebble)
    how = _http(pebble) if method == "http" else _dns(pebble)
    crashed = cli(home, "--ca-bundle", str(pebble.ca_bundle), "issue", "--account", account_id,
                  "-d", f"{point}.example.com", *how, env={"CERTDESK_CRASH_AT": point})
    assert crashed.returncode == 86, crashed.stderr
    pending = cli_json(home, "orders")
    assert len(pending) == 1 and pending[0]["order_url"]
    resumed = cli(home, "--ca-bundle", str(pebble.ca_bundle), "resume")
    assert resumed.returncode == 0, resumed.stderr
    cert_id = resumed.stdout.strip().splitlines()[-1]
    assert cli_json(home, "orders") == []
    assert cli_json(home, "show", cert_id)["current"]["serial"]
    services = services_for(home, pebble)
    account = services.accounts.get(account_id)
    # Exactly one order exists at the CA for this account: nothing was created twice.
    assert len(pebble_orders(services, account)) == 1
    Store.close(services.store)


def test_renew_revoke_and_account_commands(home: Path, pebble: Pebble) -> None:
    account_id = _account(home, pebble)
    cert_id = cli(home, "--ca-bundle", str(pebble.ca_bundle), "issue", "--account", account_id,
                  "-d", "life.example.com", *_http(pebble)).stdout.strip().splitlines()[-1]
    not_due = cli(home, "--ca-bundle", str(pebble.ca_bundle), "renew", cert_id)
    assert not_due.returncode == 1 and "--force" in not_due.stderr
    forced = cli(home, "--ca-bundle", str(pebble.ca_bundle), "renew", cert_id, "--force")
    assert forced.returncode == 0, forced.stderr
    assert len(cli_json(home, "show", cert_id)["history"]) == 2
    nothing = cli(home, "--ca-bundle", str(pebble.ca_bundle), "renew", "--due")
    assert nothing.returncode == 0, nothing.stderr
    revoked = cli(home, "--ca-bundle", str(pebble.ca_bundle), "revoke", cert_id, "--reason",
                  "superseded")
    assert revoked.returncode == 0, revoked.stderr
    serial = cli_json(home, "show", cert_id)["current"]["serial"]
    assert pebble.cert_status(serial)["Reason"] == 4
    updated = cli_json(home, "--ca-bundle", str(pebble.ca_bundle), "account", "update",
                       account_id, "--email", "new@example.com")
    assert updated["contacts"] == ["new@example.com"]
    rolled = cli_json(home, "--ca-bundle", str(pebble.ca_bundle), "account", "rollover",
                      account_id, "--key-type", "ec384")
    assert rolled["key_type"] == "ec384"
    accounts = cli_json(home, "account", "list")
    assert [a["id"] for a in accounts] == [account_id]
    deact = cli(home, "--ca-bundle", str(pebble.ca_bundle), "--json", "account", "deactivate",
                account_id)
    assert json.loads(deact.stdout)["status"] == "deactivated"


def _wait_for_invalid_order(home: Path, pebble: Pebble) -> None:
    """Until the CA has failed the crashed order's validation (it validates asynchronously)."""
    services = services_for(home, pebble)
    try:
        (pending,) = services.certificates.orders(unfinished_only=True)
        url = pending.order_url
        assert url
        client = services.accounts.client_for(services.accounts.get(pending.account_id))
        for _ in range(400):
            if client.post_as_get(url).body.get("status") == "invalid":
                return
            time.sleep(0.05)
        raise AssertionError(f"{url} never became invalid")
    finally:
        services.close()


def test_crash_after_answering_http01_resumes_with_one_new_order(home: Path,
                                                                 pebble: Pebble) -> None:
    # The built-in listener dies with the process, so the CA fails that validation: resume
    # says so and finishes the certificate with one new order, same key and CSR.
    # Pebble validates at once (PEBBLE_VA_NOSLEEP), possibly before the crash point while the
    # listener still answers; so while the process runs, the CA resolves the name to an address
    # where nothing listens, and the first validation fails whatever the timing.
    name = "listener-died.example.com"
    assert pebble.challtestsrv
    account_id = _account(home, pebble)
    pebble.challtestsrv.set_a(name, "127.0.0.2")
    crashed = cli(home, "--ca-bundle", str(pebble.ca_bundle), "issue", "--account", account_id,
                  "-d", name, *_http(pebble), env={"CERTDESK_CRASH_AT": "after-answer"})
    assert crashed.returncode == 86, crashed.stderr
    _wait_for_invalid_order(home, pebble)
    pebble.challtestsrv.clear_a(name)
    resumed = cli(home, "--ca-bundle", str(pebble.ca_bundle), "resume")
    assert resumed.returncode == 0, resumed.stderr
    cert_id = resumed.stdout.strip().splitlines()[-1]
    shown = cli_json(home, "show", cert_id)
    assert shown["current"]["serial"]
    assert [o["state"] for o in shown["orders"]] == ["failed", "completed"]
    assert any(e["kind"] == "order-abandoned" for e in shown["events"])
    first, second = (o["order_url"] for o in shown["orders"])
    assert first and second and first != second
    services = services_for(home, pebble)
    # Pebble lists the account's live orders: the completed one, not the abandoned one.
    assert pebble_orders(services, services.accounts.get(account_id)) == [second]
    services.close()
