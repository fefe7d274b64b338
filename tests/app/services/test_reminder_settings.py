from __future__ import annotations

import pytest

from app.errors import InvalidInput
from app.services.reminder_settings import parse_reminder_days, parse_reminder_percent


def test_days_are_sorted_deduplicated_and_may_be_fractions() -> None:
    assert parse_reminder_days("7, 30;14  14\t1") == [30, 14, 7, 1]
    assert parse_reminder_days("0.5, 2") == [2, 0.5]
    assert parse_reminder_days("  ") == []


@pytest.mark.parametrize("text", ["x", "30, 0", "-1", "4000", "nan", "inf", "1e"])
def test_bad_days(text: str) -> None:
    with pytest.raises(InvalidInput) as info:
        parse_reminder_days(text)
    assert info.value.hint


def test_percent() -> None:
    assert parse_reminder_percent("10, 33%") == [33, 10]
    for bad in ("0", "100", "150", "ten"):
        with pytest.raises(InvalidInput):
            parse_reminder_percent(bad)
