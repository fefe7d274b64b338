"""Wires the inventory services (import/export, export targets, backup) onto a Services.

build_services() calls install(); the export targets then re-run after every renewal in
whichever process renews (GUI, scheduler, CLI).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.services.backup import BackupService
from app.services.inventory import InventoryService
from app.services.targets import TargetService

if TYPE_CHECKING:
    from app.services.container import Services

KEY = "inventory"


@dataclass(frozen=True)
class InventoryServices:
    inventory: InventoryService
    targets: TargetService
    backup: BackupService


def install(services: Services) -> InventoryServices:
    """Create the inventory services once per Services and subscribe targets to renewals."""
    existing = services.extra.get(KEY)
    if isinstance(existing, InventoryServices):
        return existing
    inventory = InventoryService(services.store, clock=services.clock)
    targets = TargetService(services.store, inventory, hooks=services.hooks,
                            clock=services.clock)
    targets.subscribe()
    bundle = InventoryServices(inventory, targets,
                               BackupService(services.store, clock=services.clock))
    services.extra[KEY] = bundle
    return bundle
