"""Progress events become phases with states; a failure lands on its phase."""

from __future__ import annotations

from app.progress import ProgressEvent
from app.wizard.steps import Phase, StepState, StepTracker


def test_phases_follow_the_events() -> None:
    steps = StepTracker()
    assert {s.state for s in steps.phases} == {StepState.PENDING}
    steps.apply(ProgressEvent("new-order", "Creating the order at the CA"))
    steps.apply(ProgressEvent("present", "Preparing dns-01"))  # no CAA event: skipped
    assert steps.status(Phase.ORDER).state == StepState.DONE
    assert steps.status(Phase.CAA).state == StepState.SKIPPED
    assert steps.status(Phase.PREPARE).state == StepState.RUNNING
    steps.apply(ProgressEvent("dns-manual", "Create these DNS TXT records", "waiting", "r"))
    assert steps.status(Phase.PREPARE).state == StepState.WAITING
    steps.apply(ProgressEvent("validate", "The CA is validating the names"))
    steps.apply(ProgressEvent("poll", "Waiting for validation", "waiting"))
    validate = steps.status(Phase.VALIDATE)
    assert validate.message == "The CA is validating the names"
    assert validate.detail == "Waiting for validation"
    assert steps.status(Phase.PREPARE).state == StepState.DONE
    # A late word from an earlier phase is a note, not a step back.
    assert steps.apply(ProgressEvent("dns-manual", "You can delete the records now",
                                     "done")) is None
    assert steps.status(Phase.VALIDATE).state == StepState.WAITING
    assert steps.notes == ["You can delete the records now"]


def test_failure_is_marked_on_its_phase() -> None:
    steps = StepTracker()
    steps.apply(ProgressEvent("caa", "Checking CAA records"))
    assert steps.fail("CAA forbids it") == Phase.CAA
    assert steps.status(Phase.CAA).state == StepState.FAILED
    assert steps.status(Phase.ISSUE).state == StepState.PENDING
    assert StepTracker().fail("no network") == Phase.ORDER


def test_notes_and_finish() -> None:
    steps = StepTracker()
    steps.apply(ProgressEvent("finalize", "Asking the CA to issue the certificate"))
    steps.apply(ProgressEvent("something-else", "You can delete the records now", "done"))
    assert steps.notes == ["You can delete the records now"]
    steps.finish()
    assert steps.status(Phase.ISSUE).state == StepState.DONE and steps.current is None
    assert steps.status(Phase.ORDER).state == StepState.SKIPPED  # never reported
    steps.reset()
    assert steps.notes == [] and steps.status(Phase.ISSUE).state == StepState.PENDING
