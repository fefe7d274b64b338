"""A real SMTP server on loopback (aiosmtpd) for the e-mail channel: STARTTLS or implicit TLS,
optional AUTH, and the messages it received."""

from __future__ import annotations

import contextlib
import email
import email.policy
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

from tests.support.local_ca import LocalCA
from tests.support.ports import free_port


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage
    authenticated_as: str | None


@dataclass
class _Handler:
    messages: list[Received] = field(default_factory=list)
    cond: threading.Condition = field(default_factory=threading.Condition)

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        message = email.message_from_bytes(raw, policy=email.policy.default)
        login = session.auth_data.login.decode() if isinstance(
            session.auth_data, LoginPassword) else None
        with self.cond:
            self.messages.append(Received(str(envelope.mail_from), list(envelope.rcpt_tos),
                                          message, login))  # type: ignore[arg-type]
            self.cond.notify_all()
        return "250 OK"


class SmtpServer:
    """`mode`: "starttls" (STARTTLS required before MAIL) or "tls" (implicit TLS)."""

    def __init__(self, folder: Path, *, mode: str = "starttls",
                 users: dict[str, str] | None = None) -> None:
        self.ca = LocalCA("SMTP")
        leaf = self.ca.issue(("localhost",))
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "smtp.crt").write_bytes(leaf.cert_pem + self.ca.chain_pem)
        (folder / "smtp.key").write_bytes(leaf.key_pem)
        self.ca_file = folder / "smtp-ca.pem"
        self.ca_file.write_bytes(self.ca.root.cert_pem)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(folder / "smtp.crt", folder / "smtp.key")
        self.users = users or {}
        self.port = free_port()
        self._handler = _Handler()
        kwargs: dict[str, Any] = {"authenticator": self._authenticate,
                                  "auth_require_tls": True, "auth_required": bool(self.users)}
        if mode == "tls":
            kwargs["ssl_context"] = context
            kwargs["server_hostname"] = "localhost"
        else:
            kwargs["tls_context"] = context
            kwargs["require_starttls"] = True
        self._controller = Controller(self._handler, hostname="127.0.0.1", port=self.port,
                                      **kwargs)

    def _authenticate(self, server: Any, session: Session, envelope: Envelope,
                      mechanism: str, auth_data: Any) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            user, password = auth_data.login.decode(), auth_data.password.decode()
            if self.users.get(user) == password:
                return AuthResult(success=True, auth_data=auth_data)
        return AuthResult(success=False, handled=False)

    @property
    def messages(self) -> list[Received]:
        with self._handler.cond:
            return list(self._handler.messages)

    def wait_for(self, count: int = 1, timeout: float = 30.0) -> list[Received]:
        """Until `count` messages arrived (a bounded wait on the server's own signal)."""
        with self._handler.cond:
            self._handler.cond.wait_for(lambda: len(self._handler.messages) >= count, timeout)
            return list(self._handler.messages)

    def start(self) -> SmtpServer:
        self._controller.start()
        return self

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._controller.stop()


@contextlib.contextmanager
def smtp_server(folder: Path, **kwargs: Any) -> Iterator[SmtpServer]:
    server = SmtpServer(folder, **kwargs).start()
    try:
        yield server
    finally:
        server.stop()
