"""Property tests of the name parser: any text is a name or a clear InvalidInput, quickly."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import InvalidInput
from app.name_scripts import mixed_script_warning
from app.names import Identifier, parse_identifier, parse_identifiers
from app.wizard.names_check import check_names

SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
# Letters that look alike across scripts, the characters names are made of, and trouble.
CONFUSABLES = "aаɑαeеοоpрcсxхyуiіjјsѕ0OΟО1lІӏ"
NAME_CHARS = st.sampled_from(list("abcdefghijklmnopqrstuvwxyz0123456789-.*_:%[]@/ \t")
                             + list(CONFUSABLES) + ["\x00", "ß", "ü", "日", "ﬁ", "\u200d",
                                                    "\u0301", "\ufe0f", "．", "。"])


def _check(text: str) -> Identifier | None:
    try:
        ident = parse_identifier(text)
    except InvalidInput as exc:
        assert exc.message and exc.hint and "\n" not in exc.message
        assert len(exc.message) < 400
        return None
    assert ident.type in ("dns", "ip") and ident.value.isascii()
    assert ident.value == ident.value.strip() and " " not in ident.value
    mixed_script_warning(ident)  # never raises
    return ident


@SETTINGS
@given(st.text(max_size=300))
def test_any_text_is_a_name_or_a_clear_error(text: str) -> None:
    _check(text)


@SETTINGS
@given(st.text(NAME_CHARS, min_size=1, max_size=80))
def test_name_like_text_is_a_name_or_a_clear_error(text: str) -> None:
    ident = _check(text)
    if ident is not None and ident.type == "dns":
        assert parse_identifier(ident.value) == parse_identifier(ident.value)  # stable
        assert len(ident.value) <= 253


@SETTINGS
@given(st.lists(st.text(NAME_CHARS, min_size=1, max_size=20), max_size=50))
def test_lists_of_names_parse_or_fail_cleanly(names: list[str]) -> None:
    try:
        idents = parse_identifiers(names)
    except InvalidInput:
        return
    assert len({(i.type, i.value) for i in idents}) == len(idents)
    check_names("\n".join(names))


@pytest.mark.timeout(60)
def test_a_thousand_names_and_absurd_input_answer() -> None:
    names = [f"host{i}.example.com" for i in range(1000)]
    assert len(parse_identifiers(names)) == 1000
    assert len(check_names("\n".join(names)).identifiers) == 1000
    for absurd in ("a" * 4096 + ".com", "\x00" * 1000, "." * 10_000, "a." * 5000 + "com",
                   "а" * 4000 + ".com", "x" * 1_000_000):
        _check(absurd)
    check_names("\x00\n" * 10_000)
