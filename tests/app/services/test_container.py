"""The services container builds each service when first used, and core events still reach
notifications, export targets and deployments in every process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.events import CertificateRenewed, CoreEvent, MonitoringChanged, TargetRan
from app.services.container import build_services
from app.services.deployments import DeploymentService
from app.services.notifications import NotificationService
from app.services.targets import TargetService
from app.storage.store import Store

ROOT = Path(__file__).resolve().parents[3]


def test_core_events_reach_notifications_targets_and_deployments_in_order(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, str]] = []
    for cls in (NotificationService, TargetService, DeploymentService):
        def record(self: object, event: CoreEvent, name: str = cls.__name__) -> None:
            seen.append((name, event.name))
        monkeypatch.setattr(cls, "on_core_event", record)
    services = build_services(store)
    renewed = CertificateRenewed("c1", "v2", "o1")
    ran = TargetRan("c1", "t1", ("/srv/tls/c1.pem",))
    for event in (MonitoringChanged(), renewed, ran):
        services.hooks.emit(event)
    assert seen == [("NotificationService", MonitoringChanged.name),
                    ("NotificationService", renewed.name), ("TargetService", renewed.name),
                    ("NotificationService", ran.name), ("DeploymentService", ran.name)]
    assert services.notifications is services.notifications  # built once


def test_an_event_no_service_reacts_to_builds_none(store: Store) -> None:
    services = build_services(store)
    services.hooks.emit(MonitoringChanged())
    assert {"targets", "deployments"}.isdisjoint(vars(services))  # never built


def test_listing_certificates_loads_no_other_service(tmp_path: Path) -> None:
    code = ("import sys; from app.services.bootstrap import open_services\n"
            f"services = open_services({str(tmp_path / 'home')!r})\n"
            "services.certificates.summaries()\n"
            "print(sorted(m for m in ('app.services.backup', 'app.services.deployments',"
            " 'app.services.inventory', 'app.services.monitoring', 'app.services.targets',"
            " 'app.services.notifications') if m in sys.modules))\n"
            "services.close()\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, env=dict(os.environ), timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]"
