"""One notification: what happened, to which certificate, and what to do."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.notifications.kinds import NotifyEvent

MAX_NAMES_IN_SUBJECT = 3


@dataclass(frozen=True)
class Notification:
    event: NotifyEvent | None  # None: a test message or a digest, which no rule routes
    headline: str  # "Renewal failed"
    message: str  # what happened, in full sentences
    action: str  # what to do
    certificate_id: str | None = None
    label: str = ""
    names: tuple[str, ...] = ()
    facts: tuple[tuple[str, str], ...] = ()  # ("Reason", "..."), ("Next attempt", "...")
    severity: str = "error"  # error | warning | info
    # Sent once per channel: the same key again is a repeat (see repeat_to_digest)
    dedup_key: str = ""
    # A repeat goes into the daily digest instead of being dropped (renewal failures)
    repeat_to_digest: bool = False
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    @property
    def subject(self) -> str:
        """The subject line: the headline and the certificate's names."""
        if not self.names:
            return f"certdesk: {self.headline}" + (f" ({self.label})" if self.label else "")
        shown = ", ".join(self.names[:MAX_NAMES_IN_SUBJECT])
        more = len(self.names) - MAX_NAMES_IN_SUBJECT
        if more > 0:
            shown += f" and {more} more"
        return f"certdesk: {self.headline}: {shown}"

    def text(self) -> str:
        """The plain-text body (e-mail, digest entries, ntfy)."""
        lines = [self.message, ""]
        lines += [f"{k}: {v}" for k, v in self.facts]
        if self.names:
            lines.append(f"Names: {', '.join(self.names)}")
        if self.certificate_id:
            lines.append(f"Certificate id: {self.certificate_id}")
        lines += ["", f"What to do: {self.action}"]
        return "\n".join(lines).strip() + "\n"
