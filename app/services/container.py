"""The core's composition root: builds every service over one store, explicitly.

The GUI (ui/main.py) and the CLI both call build_services(); nothing is global.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.clock import Clock, SystemClock
from app.events import ServiceHooks
from app.services.accounts import AccountService
from app.services.certificates import CertificateService
from app.services.dns_credentials import DnsCredentialService
from app.services.notifications import NotificationService
from app.services.os_integration import OsIntegrationService
from app.storage.store import Store
from app.validation.credentials import CredentialStore


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
    # Shared runtime resources (the HTTP-01 listener pool, ...), handed to solvers.
    resources: dict[str, Any] = field(default_factory=dict)
    # Services added by later issues register themselves here by name (see build_services).
    extra: dict[str, Any] = field(default_factory=dict)

    def close(self) -> None:
        self.store.close()


def build_services(store: Store, *, clock: Clock | None = None,
                   ca_bundle: str | None = None) -> Services:
    clock = clock or SystemClock()
    hooks = ServiceHooks()
    resources: dict[str, Any] = {}
    accounts = AccountService(store, clock=clock, ca_bundle=ca_bundle)
    # DNS API credentials for dns-01 providers; dns-persist-01 records per name.
    from app.storage.dns_persist import PersistMemory
    from app.validation.dns_persist import MEMORY_RESOURCE

    resources[MEMORY_RESOURCE] = PersistMemory(store.db)
    credentials = CredentialStore(store, clock=clock)
    certificates = CertificateService(store, accounts, clock=clock, hooks=hooks,
                                      resources=resources, credentials=credentials)
    notifications = NotificationService(store, hooks, clock)
    notifications.subscribe()
    services = Services(store=store, clock=clock, hooks=hooks, accounts=accounts,
                        certificates=certificates, notifications=notifications,
                        dns_credentials=DnsCredentialService(credentials),
                        os_integration=OsIntegrationService(store), resources=resources)
    # Inventory, export targets (re-run on certificate_renewed), backup.
    from app.services.inventory_setup import install as install_inventory

    install_inventory(services)
    return services
