"""Writes THIRD-PARTY-NOTICES.txt for a build: every component certdesk ships with, its
licence and its licence texts (read from the installed packages' metadata).

    python packaging/third_party_notices.py OUT_FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.third_party import notices_text  # noqa: E402

if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: third_party_notices.py OUT_FILE")
    out = Path(sys.argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(notices_text(), encoding="utf-8")
    print(out)
