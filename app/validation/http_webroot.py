"""http-01 through an existing web server: write the token file under its document root.

The file goes to <root>/.well-known/acme-challenge/<token> (a network share works) and is
removed afterwards; it is recorded as a leftover first, so a crash is cleaned up next start.

IIS serves no file without a known extension (404.3), and tokens have none: a web.config in
the token folder maps extensionless files to text/plain. It is written only where none exists
and left in place (other orders may be using the folder at the same time; it affects only
that folder), so the next renewal finds it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.challenge_options import Http01Webroot
from app.errors import ValidationFailed
from app.progress import ProgressEvent
from app.storage.atomic import atomic_write
from app.validation.base import ChallengeTask, Solver, SolverContext
from app.validation.http_check import self_check

log = logging.getLogger(__name__)

CHALLENGE_DIR = Path(".well-known") / "acme-challenge"

IIS_WEB_CONFIG = b"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by certdesk: lets IIS serve ACME challenge files, which have no extension. -->
<configuration>
  <system.webServer>
    <staticContent>
      <remove fileExtension="." />
      <mimeMap fileExtension="." mimeType="text/plain" />
    </staticContent>
  </system.webServer>
</configuration>
"""


def ensure_iis_web_config(folder: Path) -> bool:
    """Write the token folder's web.config unless one exists; True if it was written."""
    path = folder / "web.config"
    if path.exists():
        return False
    atomic_write(path, IIS_WEB_CONFIG)
    return True


def token_path(root: Path, token: str) -> Path:
    if not token or "/" in token or "\\" in token or token.startswith("."):
        raise ValidationFailed(f"The CA sent an unusable token {token!r}.", "Report this CA.")
    return root / CHALLENGE_DIR / token


class WebrootSolver(Solver):
    challenge_type = "http-01"
    leftover_kind = "http-webroot"

    def __init__(self, options: Http01Webroot, ctx: SolverContext) -> None:
        super().__init__(ctx)
        self.options = options
        self.root = Path(options.webroot).expanduser()  # never empty: Http01Webroot refuses it
        self._written: list[tuple[Path, str]] = []

    def present(self, tasks: Sequence[ChallengeTask]) -> None:
        if not self.root.is_dir():
            raise ValidationFailed(f"The webroot {self.root} is not a folder.",
                                   "Give the document root of the web server that serves "
                                   "these names.")
        try:
            if ensure_iis_web_config(self.root / CHALLENGE_DIR):
                self.ctx.progress(ProgressEvent(
                    "http-webroot", f"Wrote {self.root / CHALLENGE_DIR / 'web.config'} (IIS)"))
        except OSError as exc:  # the token files will say why, with a hint
            log.warning("could not write the IIS web.config: %s", exc)
        for task in tasks:
            path = token_path(self.root, task.token)
            leftover = self.ctx.leftovers.record(task.order_id, self.leftover_kind,
                                                 {"path": str(path)})
            self._written.append((path, leftover))
            try:
                atomic_write(path, task.key_authorization.encode("ascii"))
            except OSError as exc:
                raise ValidationFailed(
                    f"Cannot write the challenge file {path}: {exc.strerror or exc}.",
                    "Check that certdesk may write to the webroot (permissions, share "
                    "mounted), or choose another method.") from exc
            self.ctx.progress(ProgressEvent("http-webroot", f"Wrote {path}"))

    def wait_until_ready(self, tasks: Sequence[ChallengeTask]) -> None:
        self_check(tasks, self.options, self.ctx)

    def cleanup(self, tasks: Sequence[ChallengeTask]) -> None:
        for path, leftover in self._written:
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                log.warning("could not remove %s: %s", path, exc)
                continue
            self.ctx.leftovers.clear(leftover)
        self._written.clear()

    @classmethod
    def cleanup_leftover(cls, data: dict[str, Any], ctx: SolverContext) -> None:
        Path(str(data["path"])).unlink(missing_ok=True)
