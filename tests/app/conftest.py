"""Fixtures for core tests: a fake clock and the events a test emitted."""

from __future__ import annotations

import datetime as dt

import pytest

from app.clock import FakeClock
from app.events import CoreEvent, ServiceHooks

START = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def emitted(hooks: ServiceHooks) -> list[CoreEvent]:
    seen: list[CoreEvent] = []
    hooks.subscribe(seen.append)
    return seen
