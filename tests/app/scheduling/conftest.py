from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.clock import FakeClock
from app.services.hooks import CoreEvent, ServiceHooks
from app.storage.store import Store

START = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def store(home: Path) -> Iterator[Store]:
    s = Store.open(home)
    yield s
    s.close()


@pytest.fixture
def hooks() -> ServiceHooks:
    return ServiceHooks()


@pytest.fixture
def emitted(hooks: ServiceHooks) -> list[CoreEvent]:
    seen: list[CoreEvent] = []
    hooks.subscribe(seen.append)
    return seen
