"""The soak: long fault, kill and hostile-CA runs, only with `make soak` (CERTDESK_SOAK=1).

`make test` keeps a few of each; these repeat them many times and take minutes.
"""

from __future__ import annotations

import os

collect_ignore_glob = [] if os.environ.get("CERTDESK_SOAK") == "1" else ["test_*.py"]
