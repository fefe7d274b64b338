"""Run as a child of certdesk: record argv and environment to a file, then act.

    python dump_process.py OUT_FILE -- [COMMAND ...]   record, then exec COMMAND (a hook)
    python dump_process.py OUT_FILE --fail             record, print the password, exit 3

The secrets-hygiene test scans these records: nothing secret may reach a child's argv or
environment, except the target password in CERTDESK_PASSWORD, which target commands get by
design (SECURITY.md).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

if __name__ == "__main__":
    out, mode, rest = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(out, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"argv": sys.argv, "env": dict(os.environ)}) + "\n")
    if mode == "--fail":
        # What a script run with `set -x` or printing its environment does.
        print("+ import-pfx -P", os.environ.get("CERTDESK_PASSWORD", ""))
        sys.exit(3)
    sys.exit(subprocess.run(rest, check=False).returncode)
