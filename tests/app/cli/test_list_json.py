"""`certdesk-cli --json list` prints the document every certificate's JSON gives, however
the list reads and encodes it."""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import io
import json
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from app.cli.certificate_commands import _list
from app.cli.context import CliContext, print_result
from app.cli.json_output import json_document
from app.cli.serialize import certificate_dict
from app.clock import FakeClock
from app.services.container import Services, build_services
from app.storage.store import Store
from benchmarks.seed import seed


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    home = tmp_path / "home"
    seed(home, 40, 1)
    services = build_services(Store.open(home),
                              clock=FakeClock(dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)))
    yield services
    services.close()


def _printed(services: Services, expiring_within: float | None) -> str:
    ctx = CliContext(home=None, json=True, _services=services)
    result = _list(ctx, argparse.Namespace(expiring_within=expiring_within))
    out = io.StringIO()
    with redirect_stdout(out):
        print_result(ctx, result)
    return out.getvalue()


@pytest.mark.parametrize("expiring_within", [None, 30.0, 0.0, -36500.0])
def test_json_list_is_each_summary_as_json(services: Services,
                                           expiring_within: float | None) -> None:
    now = services.clock.now()
    summaries = (services.certificates.summaries() if expiring_within is None
                 else services.certificates.expiring_within(expiring_within))
    expected = json_document([certificate_dict(c, now) for c in summaries])
    printed = _printed(services, expiring_within)
    assert printed == expected  # same keys, values, order and layout, byte for byte
    assert gc.isenabled()  # paused while the list was built, on again
    assert len(json.loads(printed)) == len(summaries)
    if expiring_within is None:
        assert len(summaries) == 40


def test_a_list_leaves_the_collector_off_when_it_was_off(services: Services) -> None:
    gc.disable()
    try:
        assert json.loads(_printed(services, None))
        assert not gc.isenabled()
    finally:
        gc.enable()
