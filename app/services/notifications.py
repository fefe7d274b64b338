"""Notifications: channels people set up, and the core events they are told about.

The service subscribes to the core events (renewal failed, manual action, reminders,
endpoints, the CA's renewal window, deployments) in whichever process raises them: the app,
or `certdesk-cli renew --due` from a scheduled task at night. Each event goes to the channels
whose rules name it, once per certificate version (the dedup key); repeats of a renewal
failure with the same reason, and everything for a digest channel, wait in the daily digest.
A notification that cannot be delivered is recorded in the activity log and among the
failures the Attention list shows, and queued for that channel's next digest: never lost.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from app import events
from app.clock import Clock
from app.errors import InvalidInput
from app.events import CoreEvent, MonitoringPassFinished, ServiceHooks
from app.notifications.errors import NotificationFailed
from app.notifications.kinds import ChannelKind, NotifyEvent, SmtpSecurity, WebhookFormat
from app.notifications.message import Notification
from app.services.notification_events import notification_for, notify_event_of
from app.storage.notifications import ChannelRow, DeliveryFailure, NotificationRepository
from app.storage.store import Store

log = logging.getLogger(__name__)

SMTP_PASSWORD = "notify-smtp-password"
WEBHOOK_URL = "notify-webhook-url"
DIGEST_INTERVAL = dt.timedelta(days=1)
ALL_EVENTS: tuple[NotifyEvent, ...] = tuple(NotifyEvent)
_KNOWN_EVENTS = frozenset(e.value for e in NotifyEvent)
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_ADDRESS = re.compile(r"^[^@\s<>,]+@[^@\s<>,]+$")


@dataclass(frozen=True)
class EmailChannelSpec:
    name: str
    host: str
    port: int
    sender: str
    recipients: tuple[str, ...]
    security: SmtpSecurity = SmtpSecurity.STARTTLS
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    ca_file: str | None = None
    events: tuple[NotifyEvent, ...] = ALL_EVENTS
    digest: bool = False


@dataclass(frozen=True)
class WebhookChannelSpec:
    name: str
    url: str = field(repr=False)
    format: WebhookFormat = WebhookFormat.GENERIC
    ca_file: str | None = None
    events: tuple[NotifyEvent, ...] = ALL_EVENTS
    digest: bool = False


@dataclass(frozen=True)
class ChannelInfo:
    name: str
    kind: ChannelKind
    format: str  # "email" or a WebhookFormat value
    destination: str  # shown to people: "smtp.example.com:587 → ops@example.com", or the
    #                   webhook's scheme and host only (its URL is a secret)
    events: tuple[NotifyEvent, ...]
    digest: bool
    last_digest_at: dt.datetime | None
    created_at: dt.datetime


@dataclass(frozen=True)
class Delivery:
    channel: str
    ok: bool
    message: str


def _check_name(name: str) -> str:
    name = name.strip()
    if not _NAME.match(name):
        raise InvalidInput(f"'{name}' cannot name a notification channel.",
                           "Use up to 64 letters, digits, dots, dashes or underscores.")
    return name


def _check_address(text: str, what: str) -> str:
    text = text.strip()
    if not _ADDRESS.match(text):
        raise InvalidInput(f"'{text}' is not an e-mail address ({what}).",
                           "Write it as name@example.com.")
    return text


def _check_events(selected: Iterable[NotifyEvent]) -> tuple[str, ...]:
    values = tuple(dict.fromkeys(e.value for e in selected))
    if not values:
        raise InvalidInput("A channel needs at least one event.",
                           "Choose the events it should receive.")
    return values


class NotificationService:
    def __init__(self, store: Store, hooks: ServiceHooks, clock: Clock) -> None:
        self._store = store
        self._hooks = hooks
        self._clock = clock
        self.repo = NotificationRepository(store.db)

    def subscribe(self) -> Callable[[], None]:
        """Send notifications for core events raised in this process. Returns the unsubscriber."""
        return self._hooks.subscribe(self.on_core_event)

    def on_core_event(self, event: CoreEvent) -> None:
        if isinstance(event, MonitoringPassFinished):
            self.flush_digests()
            return
        kind = notify_event_of(event)
        if kind is None or not self.repo.channels_for(kind.value):
            return  # no channel wants it: no need to read the certificate
        notification = notification_for(event, self._store, self._clock.now())
        if notification is not None:
            self.notify(notification)

    # -- channels -------------------------------------------------------------------------
    def add_email(self, spec: EmailChannelSpec) -> ChannelInfo:
        name = _check_name(spec.name)
        host = spec.host.strip()
        if not host or not 0 < spec.port < 65536:
            raise InvalidInput("The SMTP server needs a host and a port from 1 to 65535.",
                               "Write it as HOST:PORT, e.g. smtp.example.com:587.")
        recipients = tuple(_check_address(a, "--to") for a in spec.recipients)
        if not recipients:
            raise InvalidInput("An e-mail channel needs at least one recipient.",
                               "Give one or more recipient addresses (--to).")
        if spec.password and not spec.username:
            raise InvalidInput("A password was given without a user name.",
                               "Give the user name too (--username).")
        if spec.username and spec.security is SmtpSecurity.NONE:
            raise InvalidInput("certdesk does not send a login over a connection without TLS.",
                               "Choose STARTTLS or TLS (--starttls or --tls).")
        config = {"host": host, "port": spec.port, "security": spec.security.value,
                  "sender": _check_address(spec.sender, "--from"),
                  "recipients": list(recipients), "username": spec.username or None,
                  "ca_file": spec.ca_file or None}
        secret_id = None
        if spec.password:
            secret_id = self._store.secrets.put(SMTP_PASSWORD, spec.password.encode("utf-8"))
        return self._add(ChannelRow(name, ChannelKind.EMAIL.value, "email", config, secret_id,
                                    spec.digest, _check_events(spec.events),
                                    None, self._clock.now()))

    def add_webhook(self, spec: WebhookChannelSpec) -> ChannelInfo:
        from app.notifications.webhook_sender import check_url, redact

        name = _check_name(spec.name)
        url = check_url(spec.url)
        if spec.format is WebhookFormat.NTFY:
            from app.notifications.formats import ntfy_split

            ntfy_split(url)
        config = {"format": spec.format.value, "ca_file": spec.ca_file or None,
                  "shown_url": redact(url)}
        secret_id = self._store.secrets.put(WEBHOOK_URL, url.encode("utf-8"))
        return self._add(ChannelRow(name, ChannelKind.WEBHOOK.value, spec.format.value, config,
                                    secret_id, spec.digest, _check_events(spec.events), None,
                                    self._clock.now()))

    def _add(self, row: ChannelRow) -> ChannelInfo:
        try:
            self.repo.add_channel(row)
        except Exception:
            if row.secret_id:
                self._store.secrets.delete(row.secret_id)
            raise
        self._store.events.add("notify-channel-added",
                               f"Notification channel '{row.name}' ({row.format}) added")
        return self._info(row)

    def channels(self) -> list[ChannelInfo]:
        return [self._info(r) for r in self.repo.channels()]

    def channel(self, name: str) -> ChannelInfo:
        return self._info(self.repo.channel(name))

    def set_rules(self, name: str, selected: Iterable[NotifyEvent], *, digest: bool
                  ) -> ChannelInfo:
        return self._info(self.repo.set_rules(name, _check_events(selected), digest))

    def remove(self, name: str) -> ChannelInfo:
        row = self.repo.remove_channel(name, self._clock.now())
        if row.secret_id:
            self._store.secrets.delete(row.secret_id)
        self._store.events.add("notify-channel-removed",
                               f"Notification channel '{row.name}' removed")
        self._hooks.emit(events.MonitoringChanged())
        return self._info(row)

    @staticmethod
    def _info(row: ChannelRow) -> ChannelInfo:
        c = row.config
        if row.kind == ChannelKind.EMAIL.value:
            destination = f"{c['host']}:{c['port']} ({c['security']}) → " \
                          f"{', '.join(c['recipients'])}"
        else:
            destination = str(c.get("shown_url") or "")
        return ChannelInfo(row.name, ChannelKind(row.kind), row.format, destination,
                           tuple(NotifyEvent(e) for e in row.events if e in _KNOWN_EVENTS),
                           row.digest, row.last_digest_at, row.created_at)

    # -- sending --------------------------------------------------------------------------
    def test(self, name: str) -> Delivery:
        """Send a sample notification through one channel; raises NotificationFailed."""
        row = self.repo.channel(name)
        sample = Notification(
            None, "Test notification",
            f"This is a test of the notification channel '{row.name}'. When a renewal fails, "
            "a certificate needs you, or a deployment does not take effect, the message looks "
            "like this one.",
            "Nothing: if you read this, the channel works.",
            label="sample", names=("www.example.com", "example.com"),
            facts=(("Reason", "sample reason"), ("Channel", row.name)), severity="info",
            created_at=self._clock.now())
        self._deliver(row, sample)
        self.repo.resolve_failures(row.name, self._clock.now())
        self._store.events.add("notify-test", f"Test notification sent to '{row.name}'")
        return Delivery(row.name, True, f"Sent a test notification through '{row.name}'.")

    def notify(self, n: Notification) -> list[Delivery]:
        """Send `n` to the channels whose rules name its event (once per dedup key)."""
        if n.event is None:
            return []
        now = self._clock.now()
        results = []
        for row in self.repo.channels_for(n.event.value):
            if n.dedup_key and not self.repo.claim(row.name, n.dedup_key, now):
                if n.repeat_to_digest:
                    self._queue(row, n)
                continue
            if row.digest:
                self._queue(row, n)
                continue
            results.append(self._send(row, n))
        return results

    def _send(self, row: ChannelRow, n: Notification) -> Delivery:
        try:
            self._deliver(row, n)
        except NotificationFailed as exc:
            self._record_failure(row.name, n.event.value if n.event else "digest",
                                 n.certificate_id, n.subject, exc)
            if n.dedup_key:
                self.repo.unclaim(row.name, n.dedup_key)
            self._queue(row, n)  # retried with the next digest
            return Delivery(row.name, False, str(exc))
        self.repo.resolve_failures(row.name, self._clock.now())
        return Delivery(row.name, True, f"Sent '{n.subject}' through '{row.name}'.")

    def _queue(self, row: ChannelRow, n: Notification) -> None:
        self.repo.queue(row.name, n.event.value if n.event else "other", n.certificate_id,
                        n.subject, n.text(), self._clock.now())

    def _record_failure(self, channel: str, event: str, certificate_id: str | None,
                        subject: str, exc: NotificationFailed) -> None:
        error = f"{exc.message} {exc.hint}".strip()
        self.repo.add_failure(channel, event, certificate_id, subject, error,
                              self._clock.now())
        self._store.events.add("notification-failed",
                               f"Notification '{subject}' through '{channel}' failed: {error}",
                               level="error", certificate_id=certificate_id)
        self._hooks.emit(events.MonitoringChanged())

    def _deliver(self, row: ChannelRow, n: Notification) -> None:
        # smtplib and requests load when something is sent, not with the service.
        from app.notifications.email_sender import EmailSettings, send_email
        from app.notifications.webhook_sender import WebhookSettings, send_webhook

        c = row.config
        secret = (self._store.secrets.get(row.secret_id).decode("utf-8")
                  if row.secret_id else None)
        if row.kind == ChannelKind.EMAIL.value:
            settings = EmailSettings(host=c["host"], port=int(c["port"]),
                                     security=SmtpSecurity(c["security"]), sender=c["sender"],
                                     recipients=tuple(c["recipients"]),
                                     username=c.get("username"), ca_file=c.get("ca_file"))
            send_email(settings, secret, n)
        else:
            assert secret is not None, "a webhook channel keeps its URL in the secret store"
            send_webhook(WebhookSettings(WebhookFormat(row.format), c.get("ca_file")), secret, n)
        log.info("notification '%s' sent through '%s'", n.subject, row.name)

    # -- the daily digest -----------------------------------------------------------------
    def flush_digests(self, *, force: bool = False) -> list[Delivery]:
        """Send each channel's queued entries once a day (or now, with force)."""
        now = self._clock.now()
        results = []
        for row in self.repo.channels():
            entries = self.repo.queued(row.name)
            if not entries:
                continue
            last = row.last_digest_at or row.created_at
            if not force and now < last + DIGEST_INTERVAL:
                continue
            body = "\n\n".join(f"{e.created_at:%Y-%m-%d %H:%M} UTC — {e.subject}\n{e.body}"
                               for e in entries)
            digest = Notification(
                None, f"daily digest ({len(entries)} "
                      f"{'entry' if len(entries) == 1 else 'entries'})",
                f"What happened since the last digest:\n\n{body}",
                "Look at each entry; certdesk's Attention list shows what is still open.",
                severity="warning", created_at=now)
            try:
                self._deliver(row, digest)
            except NotificationFailed as exc:
                self._record_failure(row.name, "digest", None, digest.subject, exc)
                results.append(Delivery(row.name, False, str(exc)))
                continue
            self.repo.digest_sent(row.name, [e.id for e in entries], now)
            self.repo.resolve_failures(row.name, now)
            results.append(Delivery(row.name, True, f"Sent the digest through '{row.name}'."))
        return results

    # -- what the Attention list shows ------------------------------------------------------
    def failures(self) -> list[DeliveryFailure]:
        return self.repo.open_failures()
