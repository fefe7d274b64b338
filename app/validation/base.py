"""The solver interface every validation method implements, and what a solver may use.

The order engine groups an order's challenges by their ChallengeConfig, builds one solver per
group (each solver takes its own options type, see registry.py), and calls present() ->
wait_until_ready() -> (answers the CA) -> cleanup(). cleanup() runs after success, failure
and cancel. Anything a solver leaves in the world (a TXT record, a
file, a listener) is recorded as a leftover first, so a crash is cleaned up on the next start.
"""

from __future__ import annotations

import abc
import base64
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.cancel import NEVER_CANCELLED, CancelToken
from app.clock import Clock, SystemClock
from app.progress import ProgressSink, null_progress
from app.validation.resources import SolverResources


@dataclass(frozen=True)
class ChallengeTask:
    """One challenge the CA asks for, with everything a solver needs to satisfy it."""

    order_id: str
    identifier: str  # ASCII form as sent to the CA, e.g. "*.example.com"
    identifier_type: str  # dns | ip
    challenge_type: str  # dns-01 | http-01 | tls-alpn-01 | dns-persist-01
    token: str
    key_authorization: str
    challenge_url: str
    extra: dict[str, Any] = field(default_factory=dict)  # challenge-specific fields

    @property
    def base_domain(self) -> str:
        return self.identifier[2:] if self.identifier.startswith("*.") else self.identifier

    @property
    def dns_value(self) -> str:
        """The TXT value for dns-01: base64url(SHA-256(key authorization)), unpadded."""
        digest = hashlib.sha256(self.key_authorization.encode("ascii")).digest()
        return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")

    @property
    def dns_record_name(self) -> str:
        """The dns-01 record name, fully qualified with a trailing dot."""
        return f"_acme-challenge.{self.base_domain}."


@dataclass(frozen=True)
class ManualAction:
    """Something the user must do before validation can go on (e.g. create a TXT record)."""

    order_id: str
    kind: str  # dns-record | http-file | ...
    title: str
    instructions: str
    records: tuple[dict[str, str], ...] = ()  # e.g. {"name": ..., "type": "TXT", "value": ...}


class NeedsUserAction(Exception):
    """Raised by a solver when a manual step is needed and nobody is there to confirm it.

    The order engine then parks the order in state "awaiting-user"; `resume` continues it.
    """

    def __init__(self, action: ManualAction) -> None:
        super().__init__(action.title)
        self.action = action


class UserInteraction(Protocol):
    def confirm(self, action: ManualAction, cancel: CancelToken) -> bool:
        """Block until the user has done `action` (True) or declined (False)."""
        ...


class LeftoverRecorder(Protocol):
    def record(self, order_id: str, kind: str, data: dict[str, Any]) -> str: ...

    def clear(self, leftover_id: str) -> None: ...


class SecretReader(Protocol):
    """Read access to stored credentials (e.g. DNS API tokens), by name."""

    def credentials(self, name: str) -> dict[str, str]: ...


@dataclass
class SolverContext:
    leftovers: LeftoverRecorder
    cancel: CancelToken = NEVER_CANCELLED
    progress: ProgressSink = null_progress
    clock: Clock = field(default_factory=SystemClock)
    interaction: UserInteraction | None = None
    credentials: SecretReader | None = None
    # Shared resources owned by the composition root (e.g. the HTTP-01 listener pool).
    resources: SolverResources = field(default_factory=SolverResources)
    # Fetches a URL as the CA would, for self-checks; injectable for tests.
    http_get: Callable[[str, float], tuple[int, bytes]] | None = None


class Solver(abc.ABC):
    """One validation method; a subclass takes its method's options and the context."""

    #: The ACME challenge type this solver answers.
    challenge_type: str = ""
    #: The leftover kind it records; used to find the cleanup for a leftover after a crash.
    leftover_kind: str = ""

    def __init__(self, ctx: SolverContext) -> None:
        self.ctx = ctx

    @abc.abstractmethod
    def present(self, tasks: Sequence[ChallengeTask]) -> None:
        """Make the responses available (records, files, listeners). Records leftovers."""

    def wait_until_ready(self, tasks: Sequence[ChallengeTask]) -> None:
        """Block until the CA should be able to see the responses (propagation, self-check).

        Raises ValidationFailed when it can tell they are wrong, NeedsUserAction for manual
        steps without an interaction, Cancelled on cancel. The default checks nothing.
        """
        return None

    def validated(self, tasks: Sequence[ChallengeTask]) -> None:
        """Called once the CA has validated every authorization of the order, before
        cleanup (e.g. to tell the user that manual records may go). The default does nothing.
        """
        return None

    @abc.abstractmethod
    def cleanup(self, tasks: Sequence[ChallengeTask]) -> None:
        """Remove what present() made. Must tolerate partial presents; clears leftovers."""

    @classmethod
    def cleanup_leftover(cls, data: dict[str, Any], ctx: SolverContext) -> None:
        """Undo one recorded leftover after a crash (default: nothing to undo)."""
        return None
