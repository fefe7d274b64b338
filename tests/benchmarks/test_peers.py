"""A smoke-sized run of the peer benchmark: one certificate issued and renewed per tool."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import peers
from tests.support.pebble import Pebble


@pytest.mark.parametrize("tool", peers.TOOLS)
def test_each_tool_issues_and_renews_one_certificate(tool: str, pebble: Pebble,
                                                     tmp_path: Path) -> None:
    if not peers.available(tool):
        pytest.skip(f"{tool} not fetched (scripts/fetch-peers.sh)")
    result = peers.run_tool(tool, pebble, tmp_path / "work", 1)
    assert result.error is None, result.error
    assert result.issue_s is not None and result.issue_s > 0
    assert result.renew_s is not None and result.renew_s > 0
    line = peers.table([result]).splitlines()[1]
    assert line.startswith(tool)


def test_table_gives_ratios_against_certdesk() -> None:
    rows = [peers.PeerResult("certdesk", "1", 2, issue_s=1.0, renew_s=1.0),
            peers.PeerResult("certbot", "2", 2, issue_s=4.0, renew_s=4.0),
            peers.PeerResult("lego", "3", 2, error="not fetched")]
    text = peers.table(rows)
    assert "0.250" in text.splitlines()[2]
    assert "not fetched" in text.splitlines()[3]


def test_a_peer_is_compared_with_certdesk_at_its_own_n_when_there_is_one() -> None:
    rows = [peers.PeerResult("certdesk", "1", 100, issue_s=100.0, renew_s=4.0),
            peers.PeerResult("certbot", "2", 20, issue_s=40.0, renew_s=40.0),
            peers.PeerResult("lego", "3", 5, issue_s=25.0, renew_s=20.0),
            peers.PeerResult("certdesk", "1", 20, issue_s=20.0, renew_s=2.0)]
    lines = peers.table(rows).splitlines()
    assert lines[2].split()[-1] == "0.050"  # 0.1 s/cert at N 20 against certbot's 2 s/cert
    assert lines[3].endswith("0.010 (N 100)")  # no certdesk run at 5: the first one, said so


def test_counts_name_n_per_tool() -> None:
    assert peers.parse_counts("certdesk=100,lego=5") == {"certdesk": 100, "lego": 5}
    assert peers.parse_counts("") == {}
    with pytest.raises(ValueError):
        peers.parse_counts("nginx=3")
    with pytest.raises(ValueError):
        peers.parse_counts("certbot=many")


def test_a_tool_named_in_counts_gets_its_own_n(tmp_path: Path) -> None:
    results = peers.run_peers(1, ("certdesk",), tmp_path / "work", counts={"certdesk": 2})
    assert [(r.tool, r.count, r.error) for r in results] == [("certdesk", 2, None)]
    assert results[0].renew_s is not None and results[0].renew_s > 0
