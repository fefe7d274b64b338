from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from app.renewal.thresholds import crossed, first_fire_at, most_urgent, thresholds_for

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
DAYS = [30, 14, 7, 1]
PERCENT = [33, 10]


def keys(lifetime_days: float) -> list[str]:
    return [t.key for t in thresholds_for(T0, T0 + dt.timedelta(days=lifetime_days),
                                          days=DAYS, percent=PERCENT)]


def test_90_day_certificate_gets_all_day_thresholds() -> None:
    assert keys(90) == ["days:30", "percent:33", "days:14", "percent:10", "days:7", "days:1",
                        "expired"]


def test_45_day_certificate_drops_thresholds_longer_than_half_its_life() -> None:
    assert keys(45) == ["percent:33", "days:14", "days:7", "percent:10", "days:1", "expired"]


def test_6_day_certificate_uses_percent_and_the_one_day_threshold() -> None:
    ts = thresholds_for(T0, T0 + dt.timedelta(days=6), days=DAYS, percent=PERCENT)
    assert [t.key for t in ts] == ["percent:33", "days:1", "percent:10", "expired"]
    assert ts[0].fire_at == T0 + dt.timedelta(days=6) * 0.67
    # none fires at issuance
    assert all(t.fire_at > T0 + dt.timedelta(days=3) for t in ts)


def test_crossed_respects_fired_and_quiet_period() -> None:
    ts = thresholds_for(T0, T0 + dt.timedelta(days=90), days=DAYS, percent=PERCENT)
    now = T0 + dt.timedelta(days=81.5)  # 8.5 days left
    reached = crossed(ts, now, already_fired={"percent:33"})
    assert [t.key for t in reached] == ["days:30", "days:14", "percent:10"]
    assert most_urgent(reached) == reached[-1]
    assert crossed(ts, now, not_before=now + dt.timedelta(hours=1)) == []
    after_expiry = T0 + dt.timedelta(days=91)
    assert [t.key for t in crossed(ts, after_expiry, not_before=after_expiry
                                   + dt.timedelta(days=1))] == ["expired"]


def test_invalid_values_are_ignored_and_labels_read_well() -> None:
    ts = thresholds_for(T0, T0 + dt.timedelta(days=90), days=[0, -3, 2.5], percent=[0, 100, 50])
    assert [t.key for t in ts] == ["percent:50", "days:2.5", "expired"]
    assert ts[0].label == "50% of the lifetime left"
    assert ts[1].label == "2.5 days before expiry"


@settings(max_examples=300, deadline=None)
@given(lifetime_s=st.integers(min_value=-86400, max_value=400 * 86400),
       days=st.lists(st.floats(min_value=-5, max_value=400, allow_nan=False), max_size=5),
       percent=st.lists(st.floats(min_value=-5, max_value=120, allow_nan=False), max_size=4))
def test_first_fire_at_is_when_the_earliest_threshold_fires(
        lifetime_s: int, days: list[float], percent: list[float]) -> None:
    not_before = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    not_after = not_before + dt.timedelta(seconds=lifetime_s)
    expected = min(t.fire_at for t in thresholds_for(not_before, not_after, days=days,
                                                     percent=percent))
    assert first_fire_at(not_before, not_after, days=days, percent=percent) == expected
