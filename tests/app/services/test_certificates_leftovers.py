"""At start-up the app removes what a crashed run left behind (challenge files, records);
with nothing recorded, it does so without building the order engine."""

from __future__ import annotations

from pathlib import Path

from app.services.container import build_services
from app.storage.leftovers import LeftoverRepository
from app.storage.store import Store


def test_a_recorded_challenge_file_is_removed_at_start(store: Store, tmp_path: Path) -> None:
    token = tmp_path / "webroot" / ".well-known" / "acme-challenge" / "tok"
    token.parent.mkdir(parents=True)
    token.write_text("key-authorization")
    LeftoverRepository(store.db).add("order-1", "http-webroot", {"path": str(token)})
    services = build_services(store)
    assert services.certificates.cleanup_leftovers() == 1
    assert not token.exists()
    assert LeftoverRepository(store.db).pending() == []


def test_nothing_recorded_needs_no_order_engine(store: Store) -> None:
    services = build_services(store)
    assert services.certificates.cleanup_leftovers() == 0
    assert "engine" not in vars(services.certificates)  # never built (nor the acme library)
