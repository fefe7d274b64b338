import datetime as dt

from app.acme.retry_after import parse_retry_after

NOW = dt.datetime(2026, 11, 23, 12, 0, 0, tzinfo=dt.UTC)


def test_seconds() -> None:
    assert parse_retry_after("120", NOW) == 120.0


def test_http_date_gmt() -> None:
    assert parse_retry_after("Mon, 23 Nov 2026 12:01:30 GMT", NOW) == 90.0


def test_http_date_with_numeric_offset() -> None:
    # The acme library's retry_after mis-parses dates with an offset; this must not.
    assert parse_retry_after("Mon, 23 Nov 2026 13:02:00 +0100", NOW) == 120.0


def test_past_date_and_garbage() -> None:
    assert parse_retry_after("Mon, 23 Nov 2026 11:00:00 GMT", NOW) == 0.0
    assert parse_retry_after("soon", NOW) is None
    assert parse_retry_after(None, NOW) is None
