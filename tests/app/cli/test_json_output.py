"""What --json prints: one JSON document; a list with one item per line."""

from __future__ import annotations

import datetime as dt
import json

from app.cli.json_output import json_document


def test_a_list_is_one_document_with_an_item_per_line() -> None:
    at = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    data = [{"b": 1, "a": {"when": at, "names": ["x", "y"]}}, {"a": None}]
    text = json_document(data)
    assert json.loads(text) == [{"a": {"names": ["x", "y"], "when": str(at)}, "b": 1},
                                {"a": None}]
    lines = text.splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == 4
    assert lines[1].startswith('{"a": {') and lines[1].endswith("},")  # keys sorted


def test_other_documents_are_indented() -> None:
    assert json_document({"b": [], "a": 1}) == '{\n  "a": 1,\n  "b": []\n}\n'
    assert json_document([]) == "[]\n"
    assert json_document(None) == "null\n"
