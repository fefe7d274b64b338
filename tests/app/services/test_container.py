"""The services container builds each service when first used, once even when threads race
for it, and core events still reach notifications, export targets and deployments in every
process."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.events import CertificateRenewed, CoreEvent, MonitoringChanged, TargetRan
from app.services import timeline
from app.services.container import Services, build_services
from app.services.deployments import DeploymentService
from app.services.inventory import InventoryService
from app.services.notifications import NotificationService
from app.services.targets import TargetService
from app.services.timeline import TimelineService
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


def test_an_event_no_service_reacts_to_builds_none(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    for cls in (TargetService, DeploymentService):
        def record(self: object, *args: object, name: str = cls.__name__,
                   **kwargs: object) -> None:
            built.append(name)
        monkeypatch.setattr(cls, "__init__", record)
    services = build_services(store)
    services.hooks.emit(MonitoringChanged())
    assert built == []
    services.hooks.emit(TargetRan("c1", "t1", ("/srv/tls/c1.pem",)))
    assert built == ["DeploymentService"]  # the one event it reacts to builds it


class SlowTimeline(TimelineService):
    """Takes a while to build, as a service whose module is imported on first use does."""

    made = 0

    def __init__(self, *args: object) -> None:
        time.sleep(0.05)
        SlowTimeline.made += 1
        super().__init__(*args)  # type: ignore[arg-type]


def _race(services: Services, read: object, threads: int = 8) -> list[object]:
    """What each of `threads` threads got reading the same service at the same moment."""
    start = threading.Barrier(threads)
    got: list[object] = []

    def first_use() -> None:
        start.wait()
        got.append(read(services))  # type: ignore[operator]

    workers = [threading.Thread(target=first_use) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return got


def test_threads_racing_for_a_service_build_it_once(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline, "TimelineService", SlowTimeline)
    SlowTimeline.made = 0
    services = build_services(store)
    got = _race(services, lambda s: s.timeline)
    assert SlowTimeline.made == 1
    assert len(got) == 8 and all(service is got[0] for service in got)
    assert isinstance(got[0], SlowTimeline) and services.timeline is got[0]
    other = build_services(store)  # another container builds its own
    assert other.timeline is not got[0] and SlowTimeline.made == 2


def test_a_service_handed_in_replaces_the_built_one(store: Store) -> None:
    services = build_services(store)
    mine = TimelineService(store, services.clock)
    services.timeline = mine
    assert services.timeline is mine


def test_warm_up_builds_a_service_once_while_threads_use_it(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[InventoryService] = []
    original = InventoryService.__init__

    def slow(self: InventoryService, *args: object, **kwargs: object) -> None:
        time.sleep(0.05)
        made.append(self)
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(InventoryService, "__init__", slow)
    services = build_services(store)
    warming = threading.Thread(target=services.warm_up)
    warming.start()
    got = _race(services, lambda s: s.inventory, threads=4)
    warming.join()
    assert len(made) == 1 and all(service is made[0] for service in got)
    assert services.inventory is made[0]


SERVICE_MODULES = ("accounts", "backup", "certificates", "deployments", "dns_credentials",
                   "inventory", "monitoring", "notifications", "os_integration", "targets",
                   "timeline")


def test_warm_up_builds_every_service(tmp_path: Path) -> None:
    code = ("import sys; from app.services.bootstrap import open_services\n"
            f"services = open_services({str(tmp_path / 'home')!r})\n"
            "services.warm_up()\n"
            f"print([m for m in {SERVICE_MODULES!r} if 'app.services.' + m not in sys.modules])\n"
            "services.close()\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, env=dict(os.environ), timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]"


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
