"""What every CLI command handler gets: the home folder, output mode and lazily built services."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.cli.json_output import json_document, json_list
from app.services.bootstrap import open_services
from app.services.container import Services


@dataclass
class CommandResult:
    """A handler's result: `data` for --json, `text` for people, `last_line` printed last.

    Scripts rely on `last_line` (e.g. the new id); keep it a bare value. A long list may come
    as `json_items` instead of `data`: its items already encoded (app.cli.json_output).
    """

    data: Any = None
    text: str = ""
    last_line: str | None = None
    json_items: list[str] | None = None


@dataclass
class CliContext:
    home: Path | None
    json: bool = False
    ca_bundle: str | None = None
    _services: Services | None = field(default=None, repr=False)

    @property
    def services(self) -> Services:
        if self._services is None:
            self._services = open_services(self.home, ca_bundle=self.ca_bundle)
        return self._services

    def progress_line(self, text: str) -> None:
        """Progress for people, on stderr so stdout stays machine-readable."""
        if not self.json:
            print(text, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self._services is not None:
            self._services.close()


def print_result(ctx: CliContext, result: CommandResult) -> None:
    if ctx.json:
        sys.stdout.write(json_document(result.data) if result.json_items is None
                         else json_list(result.json_items))
        return
    if result.text:
        print(result.text.rstrip("\n"))
    if result.last_line is not None:
        print(result.last_line)
