"""The steps of an order as the user sees them, fed by the core's progress events.

The engine and the solvers report many fine-grained steps ("new-order", "dns-propagation",
"http-self-check", …); people follow six phases, each pending, running, waiting for them,
done or failed. A failure is marked on the phase it happened in.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from app.progress import ProgressEvent


class Phase(enum.Enum):
    ORDER = "order"
    CAA = "caa"
    PREPARE = "prepare"
    CHECK = "check"
    VALIDATE = "validate"
    ISSUE = "issue"


PHASE_LABELS: dict[Phase, str] = {
    Phase.ORDER: "Order",
    Phase.CAA: "CAA check",
    Phase.PREPARE: "Challenge responses",
    Phase.CHECK: "Self-check",
    Phase.VALIDATE: "Validation by the CA",
    Phase.ISSUE: "Issuance",
}

_PHASE_OF_STEP: dict[str, Phase] = {
    "start": Phase.ORDER, "new-order": Phase.ORDER,
    "caa": Phase.CAA,
    "present": Phase.PREPARE, "dns-present": Phase.PREPARE, "dns-manual": Phase.PREPARE,
    "dns-persist": Phase.PREPARE, "http-manual": Phase.PREPARE, "http-webroot": Phase.PREPARE,
    "http-listener": Phase.PREPARE, "tls-alpn": Phase.PREPARE,
    "check": Phase.CHECK, "dns-propagation": Phase.CHECK, "http-self-check": Phase.CHECK,
    "validate": Phase.VALIDATE,
    "finalize": Phase.ISSUE, "download": Phase.ISSUE, "done": Phase.ISSUE,
}


class StepState(enum.Enum):
    PENDING = "pending"
    RUNNING = "running"
    WAITING = "waiting"  # for the user, or for the CA/DNS
    DONE = "done"
    FAILED = "failed"
    SKIPPED = "skipped"  # a later phase started without this one (e.g. reused authorizations)


@dataclass
class PhaseStatus:
    phase: Phase
    state: StepState = StepState.PENDING
    message: str = ""
    detail: str = ""

    @property
    def label(self) -> str:
        return PHASE_LABELS[self.phase]


class StepTracker:
    """The phases of one run; `apply` each progress event, then `fail` or `finish`."""

    def __init__(self) -> None:
        self.phases: list[PhaseStatus] = []
        self.current: Phase | None = None
        self.notes: list[str] = []  # messages outside the phases (e.g. records may go)
        self.reset()

    def reset(self) -> None:
        self.phases = [PhaseStatus(p) for p in Phase]
        self.current = None
        self.notes = []

    def status(self, phase: Phase) -> PhaseStatus:
        return self.phases[list(Phase).index(phase)]

    def apply(self, event: ProgressEvent) -> Phase | None:
        """Move to the event's phase (earlier phases count as done); None if not a phase."""
        phase = _PHASE_OF_STEP.get(event.step)
        if phase is None:
            if event.step == "poll" and self.current is not None:
                phase = self.current  # waiting for the CA within the current phase
            else:
                self.notes.append(event.message)
                return None
        index = list(Phase).index(phase)
        if self.current is not None and index < list(Phase).index(self.current):
            self.notes.append(event.message)  # e.g. "you can delete the records now"
            return None
        for earlier in self.phases[:index]:
            if earlier.state in (StepState.RUNNING, StepState.WAITING):
                earlier.state = StepState.DONE
            elif earlier.state is StepState.PENDING:
                earlier.state = StepState.SKIPPED
        status = self.phases[index]
        status.state = {"done": StepState.DONE, "failed": StepState.FAILED,
                        "waiting": StepState.WAITING}.get(event.state, StepState.RUNNING)
        if event.step == "poll" and status.message:
            status.detail = event.message  # keep the phase's own message in front
        else:
            status.message = event.message
            status.detail = event.detail
        self.current = phase
        return phase

    def fail(self, message: str) -> Phase:
        """Mark the failure on the phase it happened in (the first one if none started)."""
        phase = self.current or Phase.ORDER
        status = self.status(phase)
        status.state = StepState.FAILED
        status.message = message
        status.detail = ""  # e.g. "waiting for validation" no longer holds
        return phase

    def finish(self) -> None:
        for status in self.phases:
            if status.state is StepState.PENDING:
                status.state = StepState.SKIPPED
            elif status.state is not StepState.SKIPPED:
                status.state = StepState.DONE
        self.current = None
