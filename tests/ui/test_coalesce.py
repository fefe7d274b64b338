"""OneAtATime: a load asked for while one runs runs once more, not once per ask."""

from __future__ import annotations

from ui.coalesce import OneAtATime


def test_asks_while_running_make_one_more_load() -> None:
    loads = OneAtATime()
    assert loads.begin()
    assert not loads.begin() and not loads.begin()
    assert loads.end()  # asked again meanwhile: run once more
    assert loads.begin()
    assert not loads.end()  # nobody asked meanwhile
    assert not loads.running
