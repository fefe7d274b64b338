"""More than fifty kills of certdesk-cli at random points of issuance and renewal."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from tests.support.kills import kill_cycles
from tests.support.pebble import Pebble

KILLS = int(os.environ.get("CERTDESK_SOAK_KILLS", "60"))
SEED = int(os.environ.get("CERTDESK_KILL_SEED", "1201"))


@pytest.mark.timeout(3600)
def test_many_kills(home: Path, pebble: Pebble) -> None:
    log = kill_cycles(home, pebble, random.Random(SEED), KILLS,
                      report=lambda line: print(line, flush=True))
    print(f"seed {SEED}: {log.kills} kills survived, {log.finished_first} runs finished before "
          f"their kill line, {log.resumes} resumes")
    for point in sorted(set(log.points)):
        print("  killed", point)
    assert log.kills >= 50
