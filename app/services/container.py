"""The core's composition root: builds every service over one store, explicitly.

The GUI (ui/main.py) and the CLI both call build_services(); nothing is global.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.clock import Clock, SystemClock
from app.events import ServiceHooks
from app.services.accounts import AccountService
from app.services.backup import BackupService
from app.services.certificates import CertificateService
from app.services.deployments import DeploymentService
from app.services.dns_credentials import DnsCredentialService
from app.services.inventory import InventoryService
from app.services.monitoring import MonitoringService
from app.services.notifications import NotificationService
from app.services.os_integration import OsIntegrationService
from app.services.targets import TargetService
from app.services.timeline import TimelineService
from app.storage.dns_persist import PersistMemory
from app.storage.store import Store
from app.validation.credentials import CredentialStore
from app.validation.resources import SolverResources


@dataclass
class Services:
    store: Store
    clock: Clock
    hooks: ServiceHooks
    accounts: AccountService
    certificates: CertificateService
    # E-mail and webhook notifications of core events (in every process, headless too).
    notifications: NotificationService
    # Saved DNS API credentials for dns-01 providers.
    dns_credentials: DnsCredentialService
    # Start at login and the headless renewal schedule.
    os_integration: OsIntegrationService
    # Import, inspect and export; export targets (re-run after every renewal); backup.
    inventory: InventoryService
    targets: TargetService
    # After an export target ran: its Windows preset, then its endpoint must serve the new
    # certificate.
    deployments: DeploymentService
    backup: BackupService
    # Expiry tracking: summary, reminders, the renewal pass, endpoint checks, the background
    # loop (started by the GUI only).
    monitoring: MonitoringService
    # When things will happen: each certificate's timeline, the next days for all of them.
    timeline: TimelineService
    # Shared runtime resources (the HTTP-01 listener pool, ...), handed to solvers.
    resources: SolverResources = field(default_factory=SolverResources)

    def close(self) -> None:
        self.store.close()


def build_services(store: Store, *, clock: Clock | None = None,
                   ca_bundle: str | None = None) -> Services:
    clock = clock or SystemClock()
    hooks = ServiceHooks()
    resources = SolverResources(persist_memory=PersistMemory(store.db))
    accounts = AccountService(store, clock=clock, ca_bundle=ca_bundle)
    credentials = CredentialStore(store, clock=clock)
    certificates = CertificateService(store, accounts, clock=clock, hooks=hooks,
                                      resources=resources, credentials=credentials)
    notifications = NotificationService(store, hooks, clock)
    notifications.subscribe()
    inventory = InventoryService(store, clock=clock)
    targets = TargetService(store, inventory, hooks=hooks, clock=clock)
    targets.subscribe()  # re-run export targets after a renewal, in whichever process renews
    deployments = DeploymentService(store, hooks, clock)
    deployments.subscribe()
    return Services(store=store, clock=clock, hooks=hooks, accounts=accounts,
                    certificates=certificates, notifications=notifications,
                    dns_credentials=DnsCredentialService(credentials),
                    os_integration=OsIntegrationService(store), inventory=inventory,
                    targets=targets, deployments=deployments,
                    backup=BackupService(store, clock=clock),
                    monitoring=MonitoringService.for_certificates(store, hooks, clock,
                                                                  certificates),
                    timeline=TimelineService(store, clock),
                    resources=resources)
