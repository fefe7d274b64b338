"""CLI output survives a console encoding that cannot carry every character (cp1252)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from app.cli.console import tolerate_unencodable
from app.cli.main import main
from tests.support.local_ca import LocalCA


def cp1252_stream() -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="cp1252", newline="\n")


def test_unencodable_characters_are_replaced() -> None:
    stream = cp1252_stream()
    tolerate_unencodable(stream)
    print("bücher.test → ✓", file=stream)
    stream.flush()
    assert stream.buffer.getvalue() == "bücher.test ? ?\n".encode("cp1252")  # type: ignore[attr-defined]


def test_show_redirected_to_a_windows_code_page(home: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    ca = LocalCA()
    leaf = ca.issue(("shown.test",))
    pem = tmp_path / "in.pem"
    pem.write_bytes(leaf.cert_pem + ca.chain_pem)
    out = cp1252_stream()
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["--home", str(home), "import", str(pem)]) == 0
    out.flush()
    cert_id = out.buffer.getvalue().decode("cp1252").split()[-1]  # type: ignore[attr-defined]
    assert main(["--home", str(home), "show", cert_id]) == 0
    out.flush()
    text = out.buffer.getvalue().decode("cp1252")  # type: ignore[attr-defined]
    assert "history:" in text and " to " in text
