"""certdesk-cli killed at random points of issuance and renewal (a handful here; the soak does
more than fifty): every run resumes, nothing is lost, nothing is created twice at the CA."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from tests.support.kills import kill_cycles
from tests.support.pebble import Pebble

pytestmark = pytest.mark.pebble

SEED = int(os.environ.get("CERTDESK_KILL_SEED", "9"))  # kills at issue line 8, renew 2, issue 11


def test_killed_runs_resume_without_loss_or_duplicates(home: Path, pebble: Pebble) -> None:
    log = kill_cycles(home, pebble, random.Random(SEED), 3)
    print(f"seed {SEED}: {log.kills} kills, {log.finished_first} finished first, "
          f"{log.resumes} resumes; points: {log.points}")
    assert log.kills >= 2
