"""What every CLI command handler gets: the home folder, output mode and lazily built services."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.services.bootstrap import open_services
from app.services.container import Services


@dataclass
class CommandResult:
    """A handler's result: `data` for --json, `text` for people, `last_line` printed last.

    Scripts rely on `last_line` (e.g. the new id); keep it a bare value. `keys_sorted` says
    that every dict in `data` already has its keys in sorted order, at every level: --json
    prints the same document without sorting them again.
    """

    data: Any = None
    text: str = ""
    last_line: str | None = None
    keys_sorted: bool = False


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
        sys.stdout.write(json_document(result.data, keys_sorted=result.keys_sorted))
        return
    if result.text:
        print(result.text.rstrip("\n"))
    if result.last_line is not None:
        print(result.last_line)


def json_document(data: Any, *, keys_sorted: bool = False) -> str:
    """What --json prints: one JSON document, its keys sorted. A list has one item per line,
    each encoded in one go by the standard library's C encoder (an indented document is
    encoded in pure Python: seconds for a large inventory); anything else is indented.
    With `keys_sorted` the list's dicts already have their keys in order and are not sorted
    again. A list's items are trees of fresh dicts and lists, so the encoder does not look
    for cycles."""
    if isinstance(data, list) and data:
        encode = json.JSONEncoder(sort_keys=not keys_sorted, default=str,
                                  check_circular=False).encode
        return "[\n" + ",\n".join(encode(item) for item in data) + "\n]\n"
    return json.dumps(data, indent=2, default=str, sort_keys=True) + "\n"
