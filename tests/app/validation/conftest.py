"""Fixtures for validation tests: real BIND and PowerDNS servers, a solver context."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.validation.base import ManualAction, SolverContext
from app.validation.dns.discovery import Discovery
from app.validation.dns.query import Server, parse_server
from tests.support.bind import BindServer, bind_servers
from tests.support.pdns import PowerDnsServer


class MemoryLeftovers:
    """A LeftoverRecorder that keeps leftovers in a dict (the store's table in production)."""

    def __init__(self) -> None:
        self.items: dict[str, tuple[str, str, dict[str, Any]]] = {}
        self._ids = itertools.count(1)

    def record(self, order_id: str, kind: str, data: dict[str, Any]) -> str:
        leftover_id = f"l{next(self._ids)}"
        self.items[leftover_id] = (order_id, kind, dict(data))
        return leftover_id

    def clear(self, leftover_id: str) -> None:
        self.items.pop(leftover_id, None)


class ScriptedInteraction:
    """Answers confirm() with `answer`, running `on_confirm` first (e.g. create the record)."""

    def __init__(self, answer: bool = True,
                 on_confirm: Callable[[ManualAction], None] | None = None) -> None:
        self.answer = answer
        self.on_confirm = on_confirm
        self.actions: list[ManualAction] = []

    def confirm(self, action: ManualAction, cancel: Any) -> bool:
        self.actions.append(action)
        if self.on_confirm is not None:
            self.on_confirm(action)
        return self.answer


class DictSecrets:
    def __init__(self, data: dict[str, dict[str, str]]) -> None:
        self.data = data

    def credentials(self, name: str) -> dict[str, str]:
        return dict(self.data[name])


def discovery(bootstrap: BindServer | str, overrides: dict[str, str] | None = None,
              timeout: float = 1.0) -> Discovery:
    """Discovery starting at a local server; nameserver addresses mapped to local ports."""
    address = bootstrap.address if isinstance(bootstrap, BindServer) else bootstrap
    mapped: dict[str, Server] = {k: parse_server(v) for k, v in (overrides or {}).items()}
    return Discovery([parse_server(address)], overrides=mapped, timeout=timeout)


def make_ctx(disc: Discovery | None = None, **kwargs: Any) -> SolverContext:
    ctx = SolverContext(leftovers=kwargs.pop("leftovers", None) or MemoryLeftovers(), **kwargs)
    if disc is not None:
        ctx.resources.discovery = disc
    return ctx


@pytest.fixture
def bind_factory(tmp_path: Path) -> Iterator[Callable[..., BindServer]]:
    with bind_servers(tmp_path / "bind") as make:
        yield make


@pytest.fixture
def pdns(tmp_path: Path) -> Iterator[PowerDnsServer]:
    server = PowerDnsServer(tmp_path / "pdns").start()
    yield server
    server.stop()


def leftovers_of(ctx: SolverContext) -> MemoryLeftovers:
    """The leftovers a context made by make_ctx() recorded."""
    assert isinstance(ctx.leftovers, MemoryLeftovers)
    return ctx.leftovers
