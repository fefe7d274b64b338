"""Progress reporting from core operations to whichever front end is listening."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class ProgressEvent:
    """One step of a long operation. `step` is a stable key; `message` is for people."""

    step: str
    message: str
    state: str = "running"  # running | done | failed | waiting
    detail: str = ""


class ProgressSink(Protocol):
    def __call__(self, event: ProgressEvent, /) -> None: ...


def null_progress(event: ProgressEvent) -> None:
    """A sink that ignores everything."""
