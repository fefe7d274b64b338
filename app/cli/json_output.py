"""How --json lays out what it prints: a list has one item per line, each encoded in one go
by the standard library's C encoder (an indented document is encoded in pure Python: seconds
for a large inventory); anything else is indented. Keys are sorted."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any


def line_encoder(*, keys_sorted: bool = False) -> Callable[[Any], str]:
    """Encodes one value on one line. With `keys_sorted` the caller promises that every dict
    already has its keys in sorted order, at every level: they are not sorted again. The
    values are trees of fresh dicts and lists, so the encoder does not look for cycles."""
    return json.JSONEncoder(sort_keys=not keys_sorted, default=str,
                            check_circular=False).encode


def json_list(items: list[str]) -> str:
    """A JSON list of items already encoded by a line encoder, one per line."""
    if not items:
        return "[]\n"
    return "[\n" + ",\n".join(items) + "\n]\n"


def json_document(data: Any) -> str:
    """What --json prints for `data`."""
    if isinstance(data, list):
        encode = line_encoder()
        return json_list([encode(item) for item in data])
    return json.dumps(data, indent=2, default=str, sort_keys=True) + "\n"
