"""The order engine is built once per certificate service, also when renewals running side by
side ask for it first at the same moment."""

from __future__ import annotations

import threading
import time

import pytest

from app.orders import engine
from app.services.container import build_services
from app.storage.store import Store


class SlowEngine(engine.OrderEngine):
    made = 0

    def __init__(self, *args: object, **kwargs: object) -> None:
        time.sleep(0.05)  # as importing and building the acme stack takes a while
        SlowEngine.made += 1
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]


def test_renewals_racing_for_the_engine_build_one(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "OrderEngine", SlowEngine)
    SlowEngine.made = 0
    certificates = build_services(store).certificates
    start = threading.Barrier(6)
    got: list[engine.OrderEngine] = []

    def first_order() -> None:
        start.wait()
        got.append(certificates.engine)

    threads = [threading.Thread(target=first_order) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert SlowEngine.made == 1
    assert len(got) == 6 and all(e is got[0] for e in got) and certificates.engine is got[0]
