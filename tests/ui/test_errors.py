from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.errors import AcmeError, Cancelled
from ui.errors import describe, show_error

pytestmark = pytest.mark.gui


def test_user_facing_error_shows_message_hint_and_detail(qtbot: QtBot) -> None:
    exc = AcmeError("The CA refused the order.", "Check the names.", detail="urn:problem")
    report = describe(exc)
    assert (report.summary, report.hint, report.details) == (
        "The CA refused the order.", "Check the names.", "urn:problem")
    box = show_error(None, exc)
    assert box is not None
    assert box.text() == "The CA refused the order."
    assert box.informativeText() == "Check the names."
    assert box.detailedText() == "urn:problem"
    box.close()


def test_cancelled_is_silent() -> None:
    assert describe(Cancelled("x")).silent
    assert show_error(None, Cancelled("x")) is None


def test_bug_shows_traceback(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    try:
        {"present": 1}["missing"]
    except KeyError as exc:
        box = show_error(None, exc)
    assert box is not None
    assert "KeyError" in box.text() and "bug" in box.informativeText()
    assert "Traceback" in box.detailedText() and "missing" in box.detailedText()
    assert any(r.levelname == "ERROR" for r in caplog.records)
    box.close()
