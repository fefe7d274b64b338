"""Preset options: defaults, choices, flags, and values that cannot reach a script."""

from __future__ import annotations

import pytest

from app.deploy.presets import PRESETS, PresetKey, check_options
from app.errors import InvalidInput


def test_defaults_and_normalised_choices() -> None:
    store = PRESETS[PresetKey.CERT_STORE]
    assert check_options(store, {}) == {"store": "CurrentUser", "friendly-name": "",
                                        "remove-replaced": ""}
    values = check_options(store, {"store": "localmachine", "remove-replaced": "yes"})
    assert values["store"] == "LocalMachine" and values["remove-replaced"] == "1"
    assert check_options(PRESETS[PresetKey.RD_GATEWAY], {})["restart"] == "1"


@pytest.mark.parametrize("key, options, problem", [
    (PresetKey.CERT_STORE, {"store": "Somewhere"}, "not a choice"),
    (PresetKey.CERT_STORE, {"site": "x"}, "no option site"),
    (PresetKey.IIS, {"site": "a", "port": "0"}, "not a port"),
    (PresetKey.IIS, {"host": "www.example.com"}, "named site"),
    (PresetKey.IIS, {"site": "a\nb"}, "line breaks"),
])
def test_bad_options_are_refused(key: PresetKey, options: dict[str, str], problem: str) -> None:
    with pytest.raises(InvalidInput, match=problem):
        check_options(PRESETS[key], options)


def test_every_preset_says_what_it_changes_and_about_elevation() -> None:
    assert set(PRESETS) == set(PresetKey)
    for p in PRESETS.values():
        assert p.changes and "elevat" in p.elevation
        assert any("confirm" in c.lower() for c in p.changes)
    assert "CurrentUser" in PRESETS[PresetKey.CERT_STORE].elevation
    with pytest.raises(InvalidInput):
        PresetKey.parse("sharepoint")
