"""The names page warns about an international name that mixes scripts, with both forms."""

from __future__ import annotations

import pytest

from app.wizard.flow import NewCertificateFlow
from ui.wizard.names_page import NamesPage

pytestmark = pytest.mark.gui


def test_a_mixed_script_name_is_warned_with_its_unicode_and_ascii_forms(qapp: object) -> None:
    page = NamesPage(NewCertificateFlow(account_ids=["a"]))
    page.edit.setPlainText("example.com\npаypal.com")  # a Cyrillic а
    text = page.feedback.text()
    assert "pаypal.com" in text and "xn--pypal-4ve.com" in text
    assert "Cyrillic + Latin" in text and "⚠" in text
    assert page.isComplete()  # a warning, not a refusal
    page.edit.setPlainText("bücher.de")
    assert "mixes" not in page.feedback.text()
