"""`certdesk-cli list` prints, for each certificate, the same values `--json list` gives."""

from __future__ import annotations

from pathlib import Path

from benchmarks.seed import seed
from tests.support.acme_env import cli, cli_json


def test_the_table_shows_what_the_json_says(tmp_path: Path) -> None:
    home = tmp_path / "home"
    seed(home, 12, 1)
    listed = cli_json(home, "list")
    proc = cli(home, "list")
    assert proc.returncode == 0, proc.stderr
    header, *lines = proc.stdout.strip().splitlines()
    assert header.split() == ["ID", "STATUS", "DAYS", "EXPIRES", "NAMES"]
    assert len(lines) == len(listed) == 12
    for line, cert in zip(lines, listed, strict=True):
        cert_id, status, days, expires, names = line.split(maxsplit=4)
        assert (cert_id, status) == (cert["id"], cert["status"])
        if cert["not_after"] is None:
            assert (days, expires) == ("-", "-")
        else:
            assert abs(float(days) - cert["days_left"]) <= 0.1  # a moment apart
            assert expires == cert["not_after"][:16]
        assert names.strip() == ", ".join(cert["names"])


def test_the_table_lists_what_expires_within_the_days_given(tmp_path: Path) -> None:
    home = tmp_path / "home"
    seed(home, 12, 1)
    for days in ("5", "40"):
        expiring = cli_json(home, "list", "--expiring-within", days)
        proc = cli(home, "list", "--expiring-within", days)
        assert proc.returncode == 0, proc.stderr
        lines = proc.stdout.strip().splitlines()[1:] if expiring else []
        assert [line.split()[0] for line in lines] == [c["id"] for c in expiring]
