"""`certdesk-cli renew ID...` against Pebble: one line per renewed certificate for people, the
renewed certificates as JSON with --json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.acme_env import cli
from tests.support.pebble import Pebble

pytestmark = pytest.mark.pebble


def test_renew_many_prints_lines_or_json(home: Path, pebble: Pebble) -> None:
    base = ["--ca-bundle", str(pebble.ca_bundle)]
    added = cli(home, *base, "account", "add", "--directory", pebble.directory, "--email",
                "ops@example.com", "--agree-tos")
    assert added.returncode == 0, added.stderr
    account = added.stdout.strip().splitlines()[-1]
    ids = []
    for name in ("line0.example.com", "line1.example.com"):
        issued = cli(home, *base, "issue", "--account", account, "-d", name, "--challenge",
                     "http-01", "--http-address", "127.0.0.1", "--http-port",
                     str(pebble.http_port))
        assert issued.returncode == 0, issued.stderr
        ids.append(issued.stdout.strip().splitlines()[-1])
    text = cli(home, *base, "renew", "--force", *ids)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.strip().splitlines()
    assert [line.split(":")[0] for line in lines[:2]] == ["Renewed line0.example.com",
                                                          "Renewed line1.example.com"]
    assert lines[-1] == ids[-1]
    as_json = cli(home, *base, "--json", "renew", "--force", *ids)
    assert as_json.returncode == 0, as_json.stderr
    renewed = json.loads(as_json.stdout)
    assert [c["id"] for c in renewed] == ids
    assert all(c["current"]["serial"] for c in renewed)
    assert renewed[0]["validation"]["default"]["method"] == "http-01"
