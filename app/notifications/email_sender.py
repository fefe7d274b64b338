"""Send a notification by e-mail over SMTP: implicit TLS or STARTTLS, optional login.

The server's certificate is always verified (against the system's CAs, or a CA file for a
relay with a private CA). A server that does not offer STARTTLS when it was asked for is an
error, never a silent fall-back to plaintext; a login is never sent without TLS.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from app.errors import InvalidInput, os_reason
from app.notifications.errors import NotificationFailed
from app.notifications.kinds import SmtpSecurity
from app.notifications.message import Notification


@dataclass(frozen=True)
class EmailSettings:
    host: str
    port: int
    security: SmtpSecurity
    sender: str
    recipients: tuple[str, ...]
    username: str | None = None
    ca_file: str | None = None  # PEM file of extra CAs to trust (a relay with a private CA)
    timeout: float = field(default=20.0, compare=False)

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


DEFAULT_PORTS = {SmtpSecurity.TLS: 465, SmtpSecurity.STARTTLS: 587, SmtpSecurity.NONE: 25}


def parse_server(text: str, security: SmtpSecurity | None = None
                 ) -> tuple[str, int, SmtpSecurity]:
    """'HOST[:PORT]' or '[v6]:PORT' -> (host, port, security). Without a security choice,
    port 465 means implicit TLS and anything else STARTTLS; without a port, the usual one."""
    raw = text.strip()
    host, port_text = raw, ""
    if raw.startswith("["):
        end = raw.find("]")
        host, port_text = (raw[1:end], raw[end + 1:].lstrip(":")) if end > 0 else ("", "")
    elif raw.count(":") == 1:
        host, port_text = raw.split(":")
    if not host or (port_text and not port_text.isdigit()) or \
            (port_text and not 0 < int(port_text) < 65536):
        raise InvalidInput(f"'{text}' is not HOST:PORT.", "Write e.g. smtp.example.com:587.")
    if security is None:
        security = SmtpSecurity.TLS if port_text == "465" else SmtpSecurity.STARTTLS
    return host, int(port_text) if port_text else DEFAULT_PORTS[security], security


def build_message(settings: EmailSettings, n: Notification) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = n.subject
    msg["From"] = settings.sender
    msg["To"] = ", ".join(settings.recipients)
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain=settings.sender.rpartition("@")[2] or None)
    msg["X-Certdesk-Event"] = n.event.value if n.event else "test"
    msg.set_content(n.text())
    return msg


def tls_context(ca_file: str | None) -> ssl.SSLContext:
    try:
        return ssl.create_default_context(cafile=ca_file) if ca_file else \
            ssl.create_default_context()
    except (OSError, ssl.SSLError) as exc:
        raise NotificationFailed(f"The CA file {ca_file} could not be read: {os_reason(exc)}.",
                                 "Choose a PEM file with the relay's CA certificate.") from exc


def send_email(settings: EmailSettings, password: str | None, n: Notification) -> None:
    msg = build_message(settings, n)
    where = settings.address
    try:
        context = tls_context(settings.ca_file)
        client: smtplib.SMTP
        if settings.security is SmtpSecurity.TLS:
            client = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout,
                                      context=context)
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with client:
            client.ehlo()
            if settings.security is SmtpSecurity.STARTTLS:
                if not client.has_extn("starttls"):
                    raise NotificationFailed(
                        f"The SMTP server {where} does not offer STARTTLS.",
                        "Use --tls for a server that speaks TLS from the start (port 465), "
                        "or check the port.")
                client.starttls(context=context)
                client.ehlo()
            if settings.username:
                if settings.security is SmtpSecurity.NONE:
                    raise NotificationFailed("certdesk does not send a login without TLS.",
                                             "Use --starttls or --tls.")
                client.login(settings.username, password or "")
            client.send_message(msg)
    except NotificationFailed:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise NotificationFailed(f"The SMTP server {where} refused the login "
                                 f"({exc.smtp_code}).",
                                 "Check the user name and the password file.") from None
    except smtplib.SMTPRecipientsRefused as exc:
        raise NotificationFailed(f"The SMTP server {where} refused the recipients "
                                 f"{', '.join(exc.recipients)}.",
                                 "Check the --to addresses and that the server relays for "
                                 "them.") from None
    except smtplib.SMTPSenderRefused as exc:
        raise NotificationFailed(f"The SMTP server {where} refused the sender {exc.sender}.",
                                 "Check the --from address (and that the login may use "
                                 "it).") from None
    except smtplib.SMTPResponseException as exc:
        text = exc.smtp_error.decode("utf-8", "replace") if isinstance(
            exc.smtp_error, bytes) else str(exc.smtp_error)
        raise NotificationFailed(f"The SMTP server {where} answered {exc.smtp_code}: {text}",
                                 "Check the server's settings and logs.") from None
    except ssl.SSLCertVerificationError as exc:
        raise NotificationFailed(
            f"The SMTP server {where} presented a certificate certdesk does not trust: "
            f"{exc.verify_message}.",
            "Give the relay's CA certificate with --ca-file, or fix the server's "
            "certificate.") from None
    except (ssl.SSLError, smtplib.SMTPException) as exc:
        raise NotificationFailed(f"Talking to the SMTP server {where} failed: {exc}.",
                                 "Check --tls / --starttls and the port.") from None
    except OSError as exc:
        raise NotificationFailed(f"The SMTP server {where} could not be reached: {os_reason(exc)}.",
                                 "Check the host, the port and the firewall.") from None
