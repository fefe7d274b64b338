"""Per-target deployment rows: presets, endpoints, and when a verdict is kept."""

from __future__ import annotations

import datetime as dt
import uuid

from app.storage.deployments import DeploymentRepository
from app.storage.store import Store
from app.storage.targets import ExportTarget, TargetRepository
from tests.support.certificates import add_certificate

NOW = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


def test_verdict_kept_for_the_same_endpoint_only(store: Store) -> None:
    cert = add_certificate(store, not_before=NOW, days=90)
    target = ExportTarget(uuid.uuid4().hex[:12], cert.id, "/srv", ("pem",), "x", None, None,
                          None, 120, True, None, None, None, NOW, NOW)
    TargetRepository(store.db).add(target)
    repo = DeploymentRepository(store.db)
    repo.set_verification(target.id, "a.example", 443, "", "", 60)
    repo.record_verification(target.id, "failed", "old one", NOW)
    kept = repo.set_verification(target.id, "a.example", 443, "", "", 30)
    assert (kept.status, kept.within_seconds) == ("failed", 30)
    moved = repo.set_verification(target.id, "b.example", 443, "", "", 30)
    assert (moved.status, moved.message, moved.checked_at) == (None, None, None)
    assert repo.preset(target.id) is None
    repo.set_preset(target.id, "iis", {"site": "Web"}, NOW)
    preset = repo.preset(target.id)
    assert preset is not None and preset.options == {"site": "Web"}
    TargetRepository(store.db).remove(target.id)  # rows go with their target
    assert repo.preset(target.id) is None and repo.verification(target.id) is None
