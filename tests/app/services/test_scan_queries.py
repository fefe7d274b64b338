"""The tray's summary and the upcoming list read the settings, fired reminders, orders and
dns-persist records once per scan, not once per certificate."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.services.bootstrap import open_services
from app.storage.db import Database
from benchmarks.seed import seed


def _queries(monkeypatch: pytest.MonkeyPatch, scan: Callable[[], object]) -> int:
    count = 0
    real = Database.query

    def counting(self: Database, sql: str, params: Any = ()) -> Any:
        nonlocal count
        count += 1
        return real(self, sql, params)

    monkeypatch.setattr(Database, "query", counting)
    try:
        scan()
    finally:
        monkeypatch.setattr(Database, "query", real)
    return count


def test_scans_over_every_certificate_read_a_fixed_number_of_times(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    seed(home, 40, 2)
    services = open_services(home)
    try:
        summary = services.monitoring.summary()
        assert summary.total > 0 and summary.attention  # the seed has something to show
        assert services.timeline.upcoming(days=60)
        assert _queries(monkeypatch, services.monitoring.summary) <= 15
        assert _queries(monkeypatch, lambda: services.timeline.upcoming(days=60)) <= 15
    finally:
        services.close()
