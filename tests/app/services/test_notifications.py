"""NotificationService against a real SMTP server (aiosmtpd: STARTTLS, implicit TLS, AUTH) and
a real HTTP receiver on loopback: channels, rules, dedup, digest, failures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app import events
from app.clock import FakeClock
from app.events import ServiceHooks
from app.notifications.errors import NotificationFailed
from app.notifications.kinds import NotifyEvent, SmtpSecurity, WebhookFormat
from app.services.notifications import (
    EmailChannelSpec,
    NotificationService,
    WebhookChannelSpec,
)
from app.storage.store import Store
from tests.support.certificates import add_certificate
from tests.support.ports import free_port
from tests.support.smtp_server import smtp_server
from tests.support.webhook_receiver import webhook_receiver

NOW = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def service(store: Store, hooks: ServiceHooks, clock: FakeClock) -> NotificationService:
    svc = NotificationService(store, hooks, clock)
    svc.subscribe()
    return svc


def _fail(hooks: ServiceHooks, cert_id: str, error: str, failures: int = 1) -> None:
    hooks.emit(events.RenewalFailed(cert_id, "shop", error, "Check the DNS records.", failures,
                                    NOW + dt.timedelta(hours=1)))


def test_email_over_starttls_with_login(service: NotificationService, store: Store,
                                        tmp_path: Path) -> None:
    with smtp_server(tmp_path / "smtp", users={"certdesk": "s3cret pass"}) as smtp:
        service.add_email(EmailChannelSpec(
            "ops", "localhost", smtp.port, "certdesk@example.com", ("ops@example.com",),
            security=SmtpSecurity.STARTTLS, username="certdesk", password="s3cret pass",
            ca_file=str(smtp.ca_file)))
        assert service.test("ops").ok
        (received,) = smtp.wait_for(1)
    assert received.authenticated_as == "certdesk"
    assert received.rcpt_tos == ["ops@example.com"]
    assert "www.example.com" in received.message["Subject"]
    assert "test of the notification channel 'ops'" in received.message.get_content()
    raw = b"".join(p.read_bytes() for p in store.home.rglob("*.db*"))
    assert b"s3cret pass" not in raw


def test_email_over_implicit_tls(service: NotificationService, tmp_path: Path) -> None:
    with smtp_server(tmp_path / "smtp", mode="tls") as smtp:
        service.add_email(EmailChannelSpec(
            "tls", "localhost", smtp.port, "certdesk@example.com",
            ("a@example.com", "b@example.com"), security=SmtpSecurity.TLS,
            ca_file=str(smtp.ca_file)))
        service.test("tls")
        (received,) = smtp.wait_for(1)
    assert received.rcpt_tos == ["a@example.com", "b@example.com"]


def test_wrong_password_and_untrusted_server_are_explained(service: NotificationService,
                                                           tmp_path: Path) -> None:
    with smtp_server(tmp_path / "smtp", users={"certdesk": "right"}) as smtp:
        service.add_email(EmailChannelSpec(
            "wrong", "localhost", smtp.port, "c@example.com", ("o@example.com",),
            username="certdesk", password="wrong", ca_file=str(smtp.ca_file)))
        with pytest.raises(NotificationFailed, match="refused the login") as info:
            service.test("wrong")
        assert "wrong" not in info.value.message.replace("'wrong'", "")
        service.add_email(EmailChannelSpec("untrusted", "localhost", smtp.port,
                                           "c@example.com", ("o@example.com",)))
        with pytest.raises(NotificationFailed, match="does not trust") as info:
            service.test("untrusted")
        assert "--ca-file" in info.value.hint
        assert smtp.messages == []


@pytest.mark.parametrize("fmt", list(WebhookFormat))
def test_webhook_formats_reach_the_receiver(service: NotificationService, store: Store,
                                            hooks: ServiceHooks, fmt: WebhookFormat) -> None:
    cert = add_certificate(store, not_before=NOW - dt.timedelta(days=60), days=90,
                           names=("shop.example.com", "www.shop.example.com"))
    with webhook_receiver() as receiver:
        service.add_webhook(WebhookChannelSpec("hook", receiver.url("/t/alerts"), fmt))
        _fail(hooks, cert.id, "DNS problem: NXDOMAIN looking up TXT")
        (post,) = receiver.wait_for(1)
    body = post.json()
    text = post.body.decode()
    assert "shop.example.com" in text and "NXDOMAIN" in text
    if fmt is WebhookFormat.GENERIC:
        assert body["event"] == "renewal_failed"
        assert body["certificate"]["names"] == ["shop.example.com", "www.shop.example.com"]
        assert body["facts"]["Reason"] == "DNS problem: NXDOMAIN looking up TXT"
    elif fmt is WebhookFormat.SLACK:
        assert body["text"].startswith("certdesk: Renewal failed: shop.example.com")
        assert body["blocks"][0]["type"] == "header"
    elif fmt is WebhookFormat.TEAMS:
        (attachment,) = body["attachments"]
        assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
        assert attachment["content"]["type"] == "AdaptiveCard"
    else:
        assert post.path == "/t/"  # ntfy: JSON published to the server root
        assert body["topic"] == "alerts" and body["priority"] == 4


def test_webhook_url_is_sealed_and_never_shown(service: NotificationService, store: Store
                                               ) -> None:
    with webhook_receiver(status=404) as receiver:
        url = receiver.url("/hooks/TOKEN-abc123")
        info = service.add_webhook(WebhookChannelSpec("slack", url, WebhookFormat.SLACK))
        assert "TOKEN" not in info.destination
        with pytest.raises(NotificationFailed, match="HTTP 404") as failed:
            service.test("slack")
    assert "TOKEN" not in str(failed.value)
    raw = b"".join(p.read_bytes() for p in store.home.rglob("*.db*"))
    assert b"TOKEN-abc123" not in raw
    dead = free_port()
    service.add_webhook(WebhookChannelSpec("dead", f"http://127.0.0.1:{dead}/x?token=SECRET9"))
    with pytest.raises(NotificationFailed, match="could not be reached") as failed:
        service.test("dead")
    assert "SECRET9" not in str(failed.value)


def test_same_failure_is_sent_once_then_goes_into_the_digest(
        service: NotificationService, store: Store, hooks: ServiceHooks,
        clock: FakeClock) -> None:
    cert = add_certificate(store, not_before=NOW - dt.timedelta(days=60), days=90,
                           names=("api.example.com",))
    with webhook_receiver() as receiver:
        service.add_webhook(WebhookChannelSpec("hook", receiver.url()))
        _fail(hooks, cert.id, "rate limited", 1)
        _fail(hooks, cert.id, "rate limited", 2)  # same version, same reason: not again
        assert len(receiver.wait_for(1)) == 1
        _fail(hooks, cert.id, "connection refused", 3)  # the reason changed: sent
        assert len(receiver.wait_for(2)) == 2
        assert service.flush_digests() == []  # not a day yet
        clock.advance(dt.timedelta(days=1, minutes=1))
        hooks.emit(events.MonitoringPassFinished())
        posts = receiver.wait_for(3)
    assert len(posts) == 3
    digest = posts[2].json()
    assert digest["event"] == "test" or "digest" in digest["subject"]
    assert "attempt 2" in digest["message"] and "api.example.com" in digest["message"]
    assert "rate limited" in posts[0].json()["message"]
    assert "connection refused" in posts[1].json()["message"]


def test_rules_route_events_and_digest_channels_wait(service: NotificationService,
                                                     store: Store, hooks: ServiceHooks,
                                                     clock: FakeClock) -> None:
    cert = add_certificate(store, not_before=NOW - dt.timedelta(days=60), days=90)
    with webhook_receiver() as receiver:
        service.add_webhook(WebhookChannelSpec("only-failures", receiver.url("/a"),
                                               events=(NotifyEvent.RENEWAL_FAILED,)))
        service.add_webhook(WebhookChannelSpec("daily", receiver.url("/b"), digest=True))
        assert cert.current is not None
        reminder = events.ReminderDue(cert.id, "x", "days:14", cert.current.not_after,
                                      14 * 86400, "x expires in 14 days")
        hooks.emit(reminder)
        hooks.emit(reminder)
        _fail(hooks, cert.id, "boom")
        posts = receiver.wait_for(1)
        assert [p.path for p in posts] == ["/a"]
        clock.advance(dt.timedelta(days=1))
        service.flush_digests()
        posts = receiver.wait_for(2)
    assert [p.path for p in posts] == ["/a", "/b"]
    body = posts[1].json()["message"]
    assert body.count("expires in 14 days") == 1 and "boom" in body


def test_a_failure_to_notify_is_recorded_and_retried_in_the_digest(
        service: NotificationService, store: Store, hooks: ServiceHooks,
        clock: FakeClock) -> None:
    cert = add_certificate(store, not_before=NOW - dt.timedelta(days=60), days=90,
                           names=("mail.example.com",))
    port = free_port()
    service.add_webhook(WebhookChannelSpec("flaky", f"http://127.0.0.1:{port}/hook"))
    changed: list[str] = []
    hooks.subscribe(lambda e: changed.append(e.name))
    _fail(hooks, cert.id, "boom")
    (failure,) = service.failures()
    assert failure.channel_name == "flaky" and failure.certificate_id == cert.id
    assert "could not be reached" in failure.error
    assert events.MONITORING_CHANGED in changed
    logged = [e for e in store.events.all(certificate_id=cert.id)
              if e.kind == "notification-failed"]
    assert logged and logged[0].level == "error" and "flaky" in logged[0].message
    with webhook_receiver(port=port) as back:  # the receiver is back: the digest carries it
        clock.advance(dt.timedelta(days=1))
        (delivery,) = service.flush_digests()
        assert delivery.ok
        (post,) = back.wait_for(1)
    assert "boom" in post.json()["message"]
    assert service.failures() == []


def test_channel_input_is_checked(service: NotificationService) -> None:
    from app.errors import InvalidInput

    with pytest.raises(InvalidInput):
        service.add_email(EmailChannelSpec("a b", "h", 25, "x@example.com", ("y@example.com",)))
    with pytest.raises(InvalidInput, match="e-mail address"):
        service.add_email(EmailChannelSpec("a", "h", 25, "nobody", ("y@example.com",)))
    with pytest.raises(InvalidInput, match="without TLS"):
        service.add_email(EmailChannelSpec("a", "h", 25, "x@example.com", ("y@example.com",),
                                           security=SmtpSecurity.NONE, username="u",
                                           password="p"))
    with pytest.raises(InvalidInput, match="ntfy"):
        service.add_webhook(WebhookChannelSpec("n", "https://ntfy.example/", WebhookFormat.NTFY))
    service.add_webhook(WebhookChannelSpec("dup", "https://hooks.example/x"))
    with pytest.raises(InvalidInput, match="exists already"):
        service.add_webhook(WebhookChannelSpec("dup", "https://hooks.example/y"))
    assert [c.name for c in service.channels()] == ["dup"]
    service.remove("dup")
    assert service.channels() == []
