"""certdesk-cli notify as scripts see it: real processes, exit codes, last lines, --json; and
the night run (`renew --due`) telling people about a renewal that failed at a real Pebble."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from tests.support.acme_env import (
    cli,
    cli_json,
    http_plan,
    issue,
    new_account,
    services_for,
    set_renewal_info,
)
from tests.support.pebble import Pebble
from tests.support.smtp_server import smtp_server
from tests.support.webhook_receiver import webhook_receiver


def _iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def test_add_list_test_remove(home: Path, tmp_path: Path) -> None:
    password = tmp_path / "pw.txt"
    password.write_text("app-password\n")
    with smtp_server(tmp_path / "smtp", users={"alerts": "app-password"}) as smtp, \
            webhook_receiver() as receiver:
        added = cli(home, "notify", "add", "email", "ops", "--smtp", f"localhost:{smtp.port}",
                    "--from", "certdesk@example.com", "--to", "ops@example.com", "--to",
                    "oncall@example.com", "--starttls", "--username", "alerts",
                    "--password-file", str(password), "--ca-file", str(smtp.ca_file))
        assert added.returncode == 0, added.stderr
        assert added.stdout.strip().splitlines()[-1] == "ops"
        hook = cli(home, "notify", "add", "webhook", "team", "--url",
                   receiver.url("/workflows/abc?sig=SIGNATURE"), "--format", "teams",
                   "--event", "renewal_failed,deployment_failed")
        assert hook.returncode == 0, hook.stderr
        listed = cli_json(home, "notify", "list")
        assert [c["name"] for c in listed] == ["ops", "team"]
        assert listed[1]["events"] == ["deployment_failed", "renewal_failed"]
        assert "SIGNATURE" not in json.dumps(listed)
        assert cli(home, "notify", "test", "ops").returncode == 0
        assert cli(home, "notify", "test", "team").returncode == 0
        (mail,) = smtp.wait_for(1)
        (post,) = receiver.wait_for(1)
    assert mail.authenticated_as == "alerts"
    assert sorted(mail.rcpt_tos) == ["oncall@example.com", "ops@example.com"]
    assert post.json()["attachments"][0]["content"]["type"] == "AdaptiveCard"
    down = cli(home, "notify", "test", "ops")  # the server is gone: exit 1, one line
    assert down.returncode == 1 and "could not be reached" in down.stderr
    assert len(down.stderr.strip().splitlines()) == 1
    assert cli(home, "notify", "remove", "team").returncode == 0
    missing = cli(home, "notify", "test", "team")
    assert missing.returncode == 1 and "notify list" in missing.stderr


@pytest.mark.pebble
@pytest.mark.slow
def test_failed_renewal_at_night_sends_mail_and_webhook(home: Path, pebble_factory: Any,
                                                         tmp_path: Path) -> None:
    name = "notify-night.example.com"
    # No reuse of the first order's authorization: the renewal must validate again.
    pebble: Pebble = pebble_factory(env={"PEBBLE_AUTHZREUSE": "0"})
    services = services_for(home, pebble)
    try:
        account = new_account(services, pebble)
        cert = issue(services, account, [name], http_plan(pebble))
        assert cert.current is not None
        cert_pem = cert.current.cert_pem
        # The last renewal-info answer is old: the night run asks the CA again.
        services.store.certificates.update(
            cert.id, ari_checked_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=7))
    finally:
        services.close()
    assert pebble.challtestsrv is not None
    with smtp_server(tmp_path / "smtp") as smtp, webhook_receiver() as receiver:
        assert cli(home, "notify", "add", "email", "night", "--smtp", f"localhost:{smtp.port}",
                   "--from", "certdesk@example.com", "--to", "ops@example.com",
                   "--ca-file", str(smtp.ca_file)).returncode == 0
        assert cli(home, "notify", "add", "webhook", "hook", "--url",
                   receiver.url()).returncode == 0
        # The CA asks for renewal now, and its validation will fail: the name points where
        # nothing listens.
        now = dt.datetime.now(dt.UTC)
        set_renewal_info(pebble, cert_pem, _iso(now - dt.timedelta(hours=2)),
                         _iso(now - dt.timedelta(hours=1)))
        pebble.challtestsrv.set_a(name, "127.0.0.2")
        try:
            run = cli(home, "--ca-bundle", str(pebble.ca_bundle), "renew", "--due")
        finally:
            pebble.challtestsrv.clear_a(name)
        assert run.returncode == 1, run.stdout + run.stderr
        mails = smtp.wait_for(2)
        posts = receiver.wait_for(2)
    failed_mail = [m for m in mails if "Renewal failed" in m.message["Subject"]]
    assert len(failed_mail) == 1, [m.message["Subject"] for m in mails]
    subject = failed_mail[0].message["Subject"]
    body = failed_mail[0].message.get_content()
    failed_post = [p.json() for p in posts if p.json()["event"] == "renewal_failed"]
    assert len(failed_post) == 1, [p.json()["event"] for p in posts]
    reason = failed_post[0]["facts"]["Reason"]
    assert name in subject and name in failed_post[0]["certificate"]["names"]
    assert reason and f"Reason: {reason}" in body
    assert "127.0.0.2" in reason or "refused" in reason.lower(), reason
    # The CA's early-renewal signal was announced too.
    assert any(p.json()["event"] == "renewal_window_passed" for p in posts)
