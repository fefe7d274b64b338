"""Running the real openssl command in tests (Debian's openssl 3, see install-system-deps.sh)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def openssl(*args: str | Path, input: bytes | None = None, check: bool = True
            ) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(["openssl", *map(str, args)], input=input.decode() if input else None,
                            capture_output=True, text=True, timeout=60)
    if check and result.returncode != 0:
        raise AssertionError(f"openssl {' '.join(map(str, args))} failed "
                             f"({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result
