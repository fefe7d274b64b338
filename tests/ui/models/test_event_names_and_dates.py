"""Activity wording: human event names, times with their zone."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import Event
from ui.models.dates import local_time, zone
from ui.models.event_names import event_name
from ui.models.events import EventTableModel

pytestmark = pytest.mark.gui


def test_event_names_are_words_in_both_id_styles(qapp: object) -> None:
    assert event_name("certificate-renewed") == "Certificate renewed"
    assert event_name("renewal_failed") == "Renewal failed"
    assert event_name("endpoint_mismatch") == "Server shows another certificate"
    assert event_name("something-new") == "Something new"


def test_zone_is_short_or_an_offset() -> None:
    utc = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
    assert zone(utc) == "UTC"
    long = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=-3, minutes=-30),
                                                            "Newfoundland Standard Time"))
    assert zone(long) == "UTC-03:30"
    assert local_time(utc).endswith(" " + zone(utc.astimezone()))
    assert local_time(None) == "—"


def test_activity_model_shows_names_and_zoned_times(qapp: object) -> None:
    model = EventTableModel()
    at = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
    model.set_rows([Event(1, at, "error", "renewal_failed", "The CA refused.", "c1", None,
                          None)])
    when = model.index(0, 0).data()
    assert when == local_time(at, seconds=True) and when.count(" ") == 2
    assert model.index(0, 2).data() == "Renewal failed"
    assert model.index(0, 1).data() == "Error"


def test_accounts_show_status_and_key_in_words(qapp: object) -> None:
    from app.domain import Account
    from ui.models.accounts import AccountTableModel

    at = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    model = AccountTableModel()
    model.set_rows([Account("a1", "Pebble", "https://127.0.0.1/dir", None, None, "deactivated",
                            (), "ec256", "k", None, None, None, at, at)])
    assert "P-256" in str(model.index(0, 3).data())
    assert model.index(0, 4).data() == "Deactivated"
