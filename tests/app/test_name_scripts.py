"""Mixed-script international names (UTS #39) get a warning with both forms; others do not."""

from __future__ import annotations

import pytest

from app.name_scripts import mixed_script_warning, mixed_script_warnings
from app.names import parse_identifier
from app.wizard.names_check import NameNotice, check_names


@pytest.mark.parametrize(("name", "scripts"), [
    ("pаypal.com", ("Cyrillic", "Latin")),  # Cyrillic а
    ("gοogle.com", ("Greek", "Latin")),  # Greek ο
    ("www.аpple.com", ("Cyrillic", "Latin")),
    ("*.ехample.com", ("Cyrillic", "Latin")),
])
def test_mixed_scripts_are_warned_with_unicode_and_ascii_forms(name: str,
                                                               scripts: tuple[str, ...]) -> None:
    ident = parse_identifier(name)
    warning = mixed_script_warning(ident)
    assert warning is not None
    assert warning.scripts == scripts
    assert warning.unicode_form == ident.display and warning.ascii_form == ident.value
    assert "xn--" in warning.ascii_form and warning.ascii_form in warning.message
    assert warning.unicode_form in warning.message


@pytest.mark.parametrize("name", [
    "example.com", "bücher.de", "пример.рф", "ελληνικά.gr", "日本語.jp", "ひらがなabc.jp",
    "カタカナ漢字abc.jp", "한국abc.kr", "例子a.cn", "παράδειγμα.com", "xn--bcher-kva.de",
    "192.0.2.1",
])
def test_single_script_and_usual_mixes_are_not_warned(name: str) -> None:
    assert mixed_script_warning(parse_identifier(name)) is None


def test_the_wizard_shows_the_warning() -> None:
    check = check_names("example.com\npаypal.com")
    assert NameNotice.MIXED_SCRIPT in check.notices
    (warning,) = check.script_warnings
    assert warning.unicode_form == "pаypal.com" and warning.ascii_form.startswith("xn--")
    assert NameNotice.MIXED_SCRIPT not in check_names("bücher.de").notices


def test_names_that_do_not_parse_are_left_to_the_parser() -> None:
    assert mixed_script_warnings(["bad name", "pаypal.com", "-x-.com"])[0].label == "pаypal"
