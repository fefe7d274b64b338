"""The inventory shows each stored name in its display form; names already in that form are
passed through without parsing them again, and the result is the same as parsing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import InvalidInput
from app.services.identifiers import parse_identifier
from ui.models.certificate_rows import display_name


def _parsed(value: str) -> str:
    try:
        return parse_identifier(value).display
    except InvalidInput:
        return value


@pytest.mark.parametrize("value", [
    "www.example.com", "*.example.com", "WWW.Example.COM", "www.example.com.",
    " www.example.com", "www.example.com\t", "xn--bcher-kva.example", "www.XN--bcher-kva.example",
    "bücher.example", "1.2.3.4", "[1.2.3.4]", "2001:DB8:0:0::1", "[2001:db8::1]", "a..b",
    "-a.example.com", "a_b.example.com", "*.*.example.com", "example", "", "1.2.3",
])
def test_display_name_is_what_parsing_gives(value: str) -> None:
    assert display_name(value) == _parsed(value)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcXYZ019.-*:[]_ %\tß", max_size=24))
def test_display_name_is_what_parsing_gives_for_any_text(value: str) -> None:
    assert display_name(value) == _parsed(value)
