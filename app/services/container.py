"""The core's composition root: every service over one store, explicitly.

The GUI (ui/main.py) and the CLI both call build_services(); nothing is global. Each service
is built, and its module imported, when it is first used: a command that lists certificates
does not load what issuing, backing up or deploying needs. A GUI builds the rest on a worker
once its first window is shown (warm_up), so no dialog imports a module on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

from app.clock import Clock, SystemClock
from app.events import CertificateRenewed, CoreEvent, ServiceHooks, TargetRan
from app.storage.dns_persist import PersistMemory
from app.storage.store import Store
from app.validation.resources import SolverResources

if TYPE_CHECKING:
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
    from app.validation.credentials import CredentialStore


log = logging.getLogger(__name__)
T = TypeVar("T")
_NOT_BUILT = object()


class BuiltOnce(Generic[T]):
    """A service of the container, decorating its builder: built on first use and once per
    container, also when threads ask for it at the same moment (services are used from
    worker threads; functools.cached_property locks only up to Python 3.11, so two threads
    could build two instances, each with its own locks and caches). Assigning one replaces
    it (tests hand in their own)."""

    def __init__(self, build: Callable[[Services], T]) -> None:
        self._build = build
        # One per service. A builder asks only for the services it depends on, which never
        # ask for it, so two threads never wait for each other's lock.
        self._lock = threading.RLock()

    @overload
    def __get__(self, instance: None, owner: type[Services]) -> BuiltOnce[T]: ...

    @overload
    def __get__(self, instance: Services, owner: type[Services]) -> T: ...

    def __get__(self, instance: Services | None, owner: type[Services]) -> BuiltOnce[T] | T:
        if instance is None:
            return self
        built = instance._built
        value = built.get(self, _NOT_BUILT)  # once built, no lock
        if value is _NOT_BUILT:
            with self._lock:
                value = built.get(self, _NOT_BUILT)
                if value is _NOT_BUILT:
                    value = built[self] = self._build(instance)
        return cast(T, value)

    def __set__(self, instance: Services, value: T) -> None:
        with self._lock:
            instance._built[self] = value


class Services:
    def __init__(self, store: Store, *, clock: Clock | None = None,
                 ca_bundle: str | None = None) -> None:
        # The services built so far, by their BuiltOnce.
        self._built: dict[BuiltOnce[Any], object] = {}
        self.store = store
        self.clock: Clock = clock or SystemClock()
        self.hooks = ServiceHooks()
        # Shared runtime resources (the HTTP-01 listener pool, ...), handed to solvers.
        self.resources = SolverResources(persist_memory=PersistMemory(store.db))
        self._ca_bundle = ca_bundle
        # In every process, headless too, and in this order: e-mail and webhook
        # notifications of core events, export targets re-run after a renewal (in whichever
        # process renews), the deployment checks after a target ran. Each service is built
        # when the first event it reacts to arrives.
        self.hooks.subscribe(self._notify)
        self.hooks.subscribe(self._run_targets)
        self.hooks.subscribe(self._check_deployments)

    def _notify(self, event: CoreEvent) -> None:
        self.notifications.on_core_event(event)

    def _run_targets(self, event: CoreEvent) -> None:
        if isinstance(event, CertificateRenewed):  # the one event export targets react to
            self.targets.on_core_event(event)

    def _check_deployments(self, event: CoreEvent) -> None:
        if isinstance(event, TargetRan):  # the one event deployments react to
            self.deployments.on_core_event(event)

    @BuiltOnce
    def accounts(self) -> AccountService:
        from app.services.accounts import AccountService

        return AccountService(self.store, clock=self.clock, ca_bundle=self._ca_bundle)

    @BuiltOnce
    def _credentials(self) -> CredentialStore:
        from app.validation.credentials import CredentialStore

        return CredentialStore(self.store, clock=self.clock)

    @BuiltOnce
    def certificates(self) -> CertificateService:
        from app.services.certificates import CertificateService

        return CertificateService(self.store, lambda: self.accounts, clock=self.clock,
                                  hooks=self.hooks, resources=self.resources,
                                  credentials=self._credentials)

    @BuiltOnce
    def notifications(self) -> NotificationService:
        """E-mail and webhook notifications of core events."""
        from app.services.notifications import NotificationService

        return NotificationService(self.store, self.hooks, self.clock)

    @BuiltOnce
    def dns_credentials(self) -> DnsCredentialService:
        """Saved DNS API credentials for dns-01 providers."""
        from app.services.dns_credentials import DnsCredentialService

        return DnsCredentialService(self._credentials)

    @BuiltOnce
    def os_integration(self) -> OsIntegrationService:
        """Start at login and the headless renewal schedule."""
        from app.services.os_integration import OsIntegrationService

        return OsIntegrationService(self.store)

    @BuiltOnce
    def inventory(self) -> InventoryService:
        """Import, inspect and export."""
        from app.services.inventory import InventoryService

        return InventoryService(self.store, clock=self.clock)

    @BuiltOnce
    def targets(self) -> TargetService:
        """Export targets, run again after every renewal."""
        from app.services.targets import TargetService

        return TargetService(self.store, self.inventory, hooks=self.hooks, clock=self.clock)

    @BuiltOnce
    def deployments(self) -> DeploymentService:
        """After an export target ran: its Windows preset, then its endpoint must serve the
        new certificate."""
        from app.services.deployments import DeploymentService

        return DeploymentService(self.store, self.hooks, self.clock)

    @BuiltOnce
    def backup(self) -> BackupService:
        from app.services.backup import BackupService

        return BackupService(self.store, clock=self.clock)

    @BuiltOnce
    def monitoring(self) -> MonitoringService:
        """Expiry tracking: summary, reminders, the renewal pass, endpoint checks, the
        background loop (started by the GUI only)."""
        from app.services.monitoring import MonitoringService

        return MonitoringService.for_certificates(self.store, self.hooks, self.clock,
                                                  self.certificates)

    @BuiltOnce
    def timeline(self) -> TimelineService:
        """When things will happen: each certificate's timeline, the next days for all."""
        from app.services.timeline import TimelineService

        return TimelineService(self.store, self.clock)

    def warm_up(self) -> None:
        """Build every service now, importing its module: for a GUI, on a worker once its
        first window is shown, so that the first export, backup or settings dialog does not
        import a module on the GUI thread. Threads may use the services meanwhile."""
        for service in (self.accounts, self.certificates, self.notifications,
                        self.dns_credentials, self.os_integration, self.inventory, self.targets,
                        self.deployments, self.backup, self.monitoring, self.timeline):
            log.debug("ready: %s", type(service).__name__)  # reading each one built it

    def close(self) -> None:
        self.store.close()


def build_services(store: Store, *, clock: Clock | None = None,
                   ca_bundle: str | None = None) -> Services:
    return Services(store, clock=clock, ca_bundle=ca_bundle)
