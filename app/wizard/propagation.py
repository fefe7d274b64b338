"""Live DNS record status for the wizard's records page, per nameserver.

A thin adapter over app.validation.propagation so the front end (which may not import the
validation package) can poll "is my TXT record visible everywhere yet?" on a worker.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.validation.propagation import (
    PRESENT,
    PropagationChecker,
    TxtExpectation,
    is_ready,
)
from app.validation.resources import SolverResources

__all__ = ["PRESENT", "RecordStatus", "RecordWatcher"]


@dataclass(frozen=True)
class RecordStatus:
    name: str  # the record name the CA asks for
    nameserver: str
    server: str
    state: str  # present | missing | other value | unreachable
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.state == PRESENT


def expectations(records: Sequence[Mapping[str, str]]) -> list[TxtExpectation]:
    wanted: dict[str, set[str]] = {}
    for record in records:
        if str(record.get("type", "TXT")).upper() != "TXT":
            continue
        name = str(record["name"])
        name = name if name.endswith(".") else name + "."
        wanted.setdefault(name, set()).add(str(record["value"]))
    return [TxtExpectation(n, frozenset(v)) for n, v in wanted.items()]


class RecordWatcher:
    """Checks a set of TXT records; call check() repeatedly from a worker."""

    def __init__(self, records: Sequence[Mapping[str, str]], *,
                 resolvers: Sequence[str] | None = None,
                 resources: SolverResources | None = None) -> None:
        discovery = resources.discovery if resources is not None else None
        self._expect = expectations(records)
        self._checker = PropagationChecker(discovery=discovery, resolvers=resolvers or None)

    def check(self) -> tuple[list[RecordStatus], bool]:
        statuses = self._checker.check_once(self._expect)
        rows = [RecordStatus(s.name, s.nameserver, s.server, s.state, s.detail)
                for s in statuses]
        return rows, is_ready(statuses)
