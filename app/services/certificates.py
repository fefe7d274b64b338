"""Managed certificates: issue, renew, revoke, resume orders, renewal information.

A managed certificate has a stable id; renewal adds a version and makes it current (history
is kept) and reuses the validation settings it was issued with.
"""

from __future__ import annotations

import builtins
import datetime as dt
import logging
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

from app.cancel import NEVER_CANCELLED, CancelToken
from app.clock import Clock, SystemClock
from app.crypto.key_types import KeyType
from app.domain import (
    CertificateState,
    CertificateSummary,
    CertificateVersion,
    Event,
    ListedCertificate,
    ManagedCertificate,
    OrderRecord,
    OrderState,
    ValidationPlan,
)
from app.errors import AcmeError, CertdeskError, InvalidInput, NotFound
from app.events import CertificateRevoked, ServiceHooks
from app.names import Identifier, parse_identifiers
from app.orders.locks import certificate_lock
from app.progress import ProgressSink, null_progress
from app.renewal.due import is_due, renewal_time
from app.services.batch_renewal import Deferred, ca_host, run_bounded
from app.services.restored_commands import check_plan_hooks
from app.storage.certificates import CertificateChanges
from app.storage.certificates import CertificateOverview as CertificateOverview
from app.storage.certificates import VersionOverview as VersionOverview
from app.storage.leftovers import LeftoverRepository
from app.storage.store import Store
from app.validation.base import SecretReader, UserInteraction
from app.validation.resources import SolverResources

# The order engine brings the acme library, CSRs and keys the cryptography library: each is
# imported where first used (a list of certificates needs neither).
if TYPE_CHECKING:
    from app.crypto.csr import SubjectFields
    from app.orders.abandon import OrderCancellation
    from app.orders.engine import OrderEngine
    from app.services.accounts import AccountService

log = logging.getLogger(__name__)
C = TypeVar("C")  # a certificate as some read shapes it

REVOCATION_REASONS = {
    "unspecified": 0, "keyCompromise": 1, "affiliationChanged": 3, "superseded": 4,
    "cessationOfOperation": 5,
}
MANY_NAMES = 100
LOCK_WAIT_SECONDS = 10.0


@dataclass(frozen=True)
class IssueRequest:
    account_id: str
    names: builtins.list[str] = field(default_factory=list)
    validation: ValidationPlan | None = None
    key_type: KeyType | None = None
    csr_pem: bytes | None = None
    reuse_key_of: str | None = None
    profile: str | None = None
    preferred_chain: str | None = None
    label: str | None = None
    subject: SubjectFields | None = None
    auto_renew: bool = True


@dataclass(frozen=True)
class CertificateHistory:
    certificate: ManagedCertificate
    versions: builtins.list[CertificateVersion]
    orders: builtins.list[OrderRecord]
    events: builtins.list[Event]


def check_plan(identifiers: builtins.list[Identifier], plan: ValidationPlan) -> None:
    """Reject impossible combinations before contacting the CA."""
    for ident in identifiers:
        method = plan.for_name(ident.value).method
        if ident.is_wildcard and method not in ("dns-01", "dns-persist-01"):
            raise InvalidInput(f"{ident.display} is a wildcard, which only DNS validation can "
                               "prove.", "Choose dns-01 for this name.")
        if ident.type == "ip" and method not in ("http-01", "tls-alpn-01"):
            raise InvalidInput(f"{ident.display} is an IP address; it can only be validated "
                               "with http-01 or tls-alpn-01.", "Choose http-01 for it.")


def _csr_identifiers(csr_pem: bytes) -> builtins.list[Identifier]:
    """The names a CSR (PEM or DER) asks for."""
    from app.crypto.csr import csr_identifiers, load_csr

    return csr_identifiers(load_csr(csr_pem))


class CertificateService:
    def __init__(self, store: Store, accounts: Callable[[], AccountService], *,
                 clock: Clock | None = None, hooks: ServiceHooks | None = None,
                 resources: SolverResources | None = None,
                 credentials: SecretReader | None = None) -> None:
        """`accounts` gives the account service when an operation first needs one (reading
        certificates does not load what talking to a CA needs)."""
        self._store = store
        self._accounts = accounts
        self._clock = clock or SystemClock()
        self._hooks = hooks or ServiceHooks()
        self._resources = resources if resources is not None else SolverResources()
        self._credentials = credentials
        self._engine_lock = threading.Lock()
        self._built_engine: OrderEngine | None = None

    @cached_property
    def engine(self) -> OrderEngine:
        """Built when an order first runs: listing and scanning never import the acme
        library. Built once, also when renewals running side by side ask for it at the same
        moment (functools.cached_property locks only up to Python 3.11)."""
        with self._engine_lock:
            if self._built_engine is None:
                from app.orders.engine import OrderEngine

                self._built_engine = OrderEngine(
                    self._store, self._accounts(), clock=self._clock, hooks=self._hooks,
                    resources=self._resources, credentials=self._credentials)
            return self._built_engine

    # -- queries ----------------------------------------------------------------------------
    def list(self) -> builtins.list[ManagedCertificate]:
        return self._store.certificates.all()

    def summaries(self) -> builtins.list[CertificateSummary]:
        """Every certificate without its PEM texts, oldest first: for lists and scans (get()
        has the certificate and chain)."""
        return self._store.certificates.summaries()

    def listing(self, *, expiring_within: float | None = None
                ) -> builtins.list[ListedCertificate]:
        """Every certificate as the command line's list shows it, oldest first; with
        `expiring_within`, only those ending within that many days (see expiring_within)."""
        return self._ending_within(self._store.certificates.listing(), expiring_within,
                                   lambda c: c.not_after)

    def overviews(self, *, expiring_within: float | None = None
                  ) -> builtins.list[CertificateOverview]:
        """Every certificate as the command line's JSON list prints it, oldest first; with
        `expiring_within`, only those ending within that many days (see expiring_within)."""
        return self._ending_within(self._store.certificates.overviews(), expiring_within,
                                   lambda c: c.current.not_after if c.current else None)

    def summaries_of(self, ids: Iterable[str]) -> builtins.list[CertificateSummary]:
        """The summaries of these certificates, oldest first; ids no longer stored are left
        out."""
        return self._store.certificates.summaries_of(ids)

    def get(self, cert_id: str) -> ManagedCertificate:
        return self._store.certificates.get(cert_id)

    def history(self, cert_id: str) -> CertificateHistory:
        cert = self.get(cert_id)
        return CertificateHistory(
            cert, self._store.certificates.versions(cert.id),
            self._store.orders.for_certificate(cert.id),
            self._store.events.all(certificate_id=cert.id))

    def orders(self, *, unfinished_only: bool = False) -> builtins.list[OrderRecord]:
        return self._store.orders.all(unfinished_only=unfinished_only)

    def events(self, limit: int = 500) -> builtins.list[Event]:
        return self._store.events.all(limit=limit)

    def private_key_pem(self, version: CertificateVersion) -> bytes:
        if not version.key_secret_id:
            raise NotFound("certdesk does not hold the private key of this certificate "
                           "(it was issued from your own CSR).",
                           "Use the key that belongs to your CSR.")
        return self._store.secrets.get(version.key_secret_id)

    def expiring_within(self, days: float) -> builtins.list[CertificateSummary]:
        """The certificates whose current version ends within `days` days (or has ended)."""
        limit = self._expiry_limit(days)
        return [c for c in self.summaries() if c.current and c.current.not_after <= limit]

    def _expiry_limit(self, days: float) -> dt.datetime:
        return self._clock.now() + dt.timedelta(days=days)

    def _ending_within(self, items: builtins.list[C], days: float | None,
                       end: Callable[[C], dt.datetime | None]) -> builtins.list[C]:
        """The items whose certificate ends within `days` days (all of them when None)."""
        if days is None:
            return items
        limit = self._expiry_limit(days)
        return [item for item in items if (ends := end(item)) is not None and ends <= limit]

    # -- issuing ----------------------------------------------------------------------------
    def prepare(self, request: IssueRequest) -> OrderRecord:
        """Create the managed certificate and its first order locally (no network)."""
        account = self._accounts().get(request.account_id)
        if account.status == "deactivated":
            raise InvalidInput(f"The account {account.name} is deactivated.",
                               "Choose or register another account.")
        plan = request.validation
        if plan is None:
            raise InvalidInput("No validation method was chosen.",
                               "Choose how to prove control of the names (dns-01, http-01, …).")
        if request.csr_pem:
            identifiers = _csr_identifiers(request.csr_pem)
            if request.names:
                given = {i.value for i in parse_identifiers(request.names)}
                if given != {i.value for i in identifiers}:
                    raise InvalidInput("The names given differ from the names in the CSR.",
                                       "Leave out the names, or make them match the CSR.")
        else:
            identifiers = parse_identifiers(request.names)
        if len(identifiers) > MANY_NAMES:
            log.warning("%d names in one certificate", len(identifiers))
        check_plan(identifiers, plan)
        # Everything that can fail comes before anything is stored.
        key_pem, csr_pem = self._make_key_and_csr(identifiers, request)
        now = self._clock.now()
        cert_id = uuid.uuid4().hex[:12]
        key_policy = "csr" if request.csr_pem else "reuse" if request.reuse_key_of else "new"
        cert = ManagedCertificate(
            id=cert_id, label=request.label or identifiers[0].display,
            account_id=account.id, identifiers=tuple(i.value for i in identifiers),
            key_type=(request.key_type or KeyType.EC256).value if not request.csr_pem
            else None, key_policy=key_policy, validation=plan, profile=request.profile,
            preferred_chain=request.preferred_chain, auto_renew=request.auto_renew,
            status=CertificateState.PENDING, source="acme", current_version_id=None,
            ari_window_start=None, ari_window_end=None, ari_explanation_url=None,
            ari_checked_at=None, renew_at=None,
            created_at=now, updated_at=now)
        # One transaction: never a certificate without its order (or key).
        with self._store.db.transaction():
            self._store.certificates.add(cert)
            key_secret = self._put_key(key_pem) if key_pem is not None else None
            return self._new_order(cert, "issue", key_secret, csr_pem, replaces=None)

    def issue(self, request: IssueRequest, *, cancel: CancelToken | None = None,
              progress: ProgressSink = null_progress,
              interaction: UserInteraction | None = None) -> ManagedCertificate:
        order = self.prepare(request)
        return self.run_order(order.id, cancel=cancel, progress=progress,
                              interaction=interaction)

    def run_order(self, order_id: str, *, cancel: CancelToken | None = None,
                  progress: ProgressSink = null_progress,
                  interaction: UserInteraction | None = None) -> ManagedCertificate:
        order = self._store.orders.get(order_id)
        # A hook restored from a backup runs only once the user has confirmed it.
        check_plan_hooks(self._store, order.validation, order.certificate_id)
        from app.orders.engine import AbandonedOrder, RunOptions

        try:
            try:
                self.engine.run(order.id, RunOptions(cancel or CancelToken(), progress,
                                                     interaction))
            except AbandonedOrder:
                # Once, with the same key and CSR: the new order gets its own challenges.
                order = self._retry_abandoned(order)
                self.engine.run(order.id, RunOptions(cancel or CancelToken(), progress,
                                                     interaction))
        except CertdeskError:
            cert = self.get(order.certificate_id)
            if cert.current is None and self._store.orders.get(order.id).state is OrderState.FAILED:
                self._store.certificates.update(cert.id, status=CertificateState.FAILED)
            raise
        cert = self.get(order.certificate_id)
        self._after_issue(cert)
        return self.get(cert.id)

    def resume(self, order_id: str | None = None, *, cancel: CancelToken | None = None,
               progress: ProgressSink = null_progress,
               interaction: UserInteraction | None = None) -> builtins.list[ManagedCertificate]:
        """Continue one unfinished order, or all of them."""
        orders = ([self._store.orders.get(order_id)] if order_id
                  else self._store.orders.all(unfinished_only=True))
        done: builtins.list[ManagedCertificate] = []
        for order in orders:
            if order.finished:
                raise InvalidInput(f"Order {order.id} is already {order.state}.",
                                   "Only unfinished orders can be resumed."
                                   + (" Issue the certificate again for a new order."
                                      if order.state is OrderState.CANCELLED else ""))
            done.append(self.run_order(order.id, cancel=cancel, progress=progress,
                                       interaction=interaction))
        return done

    def cancel_order(self, order_id: str) -> OrderCancellation:
        """Give up an unfinished order, as a cancelled run does (see app.orders.abandon)."""
        order = self._store.orders.get(order_id)
        if order.finished:
            raise InvalidInput(f"Order {order.id} is already {order.state}.",
                               "Only unfinished orders can be cancelled.")
        return self.engine.abandon(order.id)

    def cleanup_leftovers(self) -> int:
        """Remove validation records/files left by a crashed run. Call at start-up."""
        if not LeftoverRepository(self._store.db).pending():
            return 0  # the usual start: the order engine (and the acme library) not needed
        return self.engine.leftovers.cleanup_all(self.engine.cleanup_context())

    # -- renewing ---------------------------------------------------------------------------
    def renew(self, cert_id: str, *, force: bool = False, cancel: CancelToken | None = None,
              progress: ProgressSink = null_progress,
              interaction: UserInteraction | None = None) -> ManagedCertificate:
        cert = self.get(cert_id)
        if not cert.account_id:
            raise InvalidInput(f"{cert.label} was imported and has no ACME account attached.",
                               "Attach an account and a validation method to renew it.")
        if cert.status is CertificateState.REVOKED and not force:
            raise InvalidInput(f"{cert.label} is revoked.", "Use --force to issue it anew.")
        requested_version = cert.current.id if cert.current else None
        # The app, a scheduled `renew --due` and the GUI never renew one certificate at once.
        with certificate_lock(self._store.home, cert.id, timeout=LOCK_WAIT_SECONDS,
                              cancel=cancel or NEVER_CANCELLED):
            fresh = self.get(cert.id)
            if fresh.current and fresh.current.id != requested_version:
                # Renewed by another process while this one waited for the lock: once is
                # enough (a second order would only spend the CA's rate limits).
                self._store.events.add(
                    "renewal-skipped", f"{fresh.label} was renewed by another certdesk process "
                    "meanwhile; not renewed again", certificate_id=fresh.id)
                return fresh
            return self._renew_locked(fresh, force=force, cancel=cancel,
                                      progress=progress, interaction=interaction)

    def renew_many(self, cert_ids: builtins.list[str], *, force: bool = False,
                   cancel: CancelToken | None = None, progress: ProgressSink = null_progress,
                   interaction: UserInteraction | None = None
                   ) -> builtins.list[ManagedCertificate | Exception]:
        """renew() for each id at once, at most `renewals_per_ca` at a time per CA host; a CA
        that asks to wait (rate limit) gets no more orders in this batch. In the ids' order:
        the renewed certificate, or the error (Deferred ones as the CA's answer)."""
        hosts = {a.id: ca_host(a.directory_url) for a in self._store.accounts.all()}

        def host_of(cert_id: str) -> str:
            try:
                return hosts.get(self.get(cert_id).account_id or "", "")
            except NotFound:
                return ""

        token = cancel or NEVER_CANCELLED
        results = run_bounded(
            cert_ids, host_of,
            lambda cert_id, job_cancel: self.renew(cert_id, force=force, cancel=job_cancel,
                                                   progress=progress, interaction=interaction),
            per_host=self._store.settings.get("renewals_per_ca"), cancel=token)
        out: builtins.list[ManagedCertificate | Exception] = []
        for result in results:
            if isinstance(result, Deferred):
                out.append(result.reason)
            elif isinstance(result, Exception | ManagedCertificate):
                out.append(result)
            else:
                raise result
        return out

    def _renew_locked(self, cert: ManagedCertificate, *, force: bool,
                      cancel: CancelToken | None, progress: ProgressSink,
                      interaction: UserInteraction | None) -> ManagedCertificate:
        pending = self._store.orders.unfinished_for(cert.id)
        if pending:
            return self.run_order(pending[-1].id, cancel=cancel, progress=progress,
                                  interaction=interaction)
        if not force and cert.current and not is_due(cert, self._clock.now()):
            due = renewal_time(cert, self._clock.now())
            raise InvalidInput(f"{cert.label} is not due for renewal until "
                               f"{due:%Y-%m-%d %H:%M} UTC.", "Use --force to renew now.")
        identifiers = parse_identifiers(list(cert.identifiers))
        key_secret, csr_pem = self._renewal_key_and_csr(cert, identifiers)
        replaces = None
        # Only a certificate this CA issued through certdesk can be named as replaced.
        if (cert.current and cert.current.ari_cert_id and cert.current.order_id
                and cert.current.revoked_at is None):
            replaces = cert.current.ari_cert_id
        order = self._new_order(cert, "renew", key_secret, csr_pem, replaces=replaces)
        return self.run_order(order.id, cancel=cancel, progress=progress,
                              interaction=interaction)

    def refresh_renewal_info(self, cert_id: str) -> ManagedCertificate:
        """Ask the CA (ARI) when to renew; pick a random moment in a new window."""
        from cryptography import x509

        from app.acme.ari import pick_in_window

        cert = self.get(cert_id)
        if not cert.current or not cert.account_id:
            return cert
        account = self._accounts().get(cert.account_id)
        client = self._accounts().client_for(account)
        leaf = x509.load_pem_x509_certificate(cert.current.cert_pem.encode())
        try:
            info = client.renewal_info(leaf)
        except AcmeError as exc:
            log.warning("renewal info for %s failed: %s", cert.id, exc)
            self._store.certificates.update(cert.id, ari_checked_at=self._clock.now())
            return self.get(cert.id)
        if info is None:
            self._store.certificates.update(cert.id, ari_checked_at=self._clock.now())
            return self.get(cert.id)
        renew_at = cert.renew_at
        if (cert.ari_window_start, cert.ari_window_end) != (info.start, info.end) or not renew_at:
            renew_at = pick_in_window(info.start, info.end)
        now = self._clock.now()
        if info.end < now:
            renew_at = now
        self._store.certificates.update(cert.id, ari_window_start=info.start,
                                        ari_window_end=info.end,
                                        ari_explanation_url=info.explanation_url,
                                        ari_checked_at=now, renew_at=renew_at)
        return self.get(cert.id)

    # -- revoking ----------------------------------------------------------------------------
    def revoke(self, cert_id: str, reason: str = "unspecified") -> ManagedCertificate:
        from cryptography import x509

        if reason not in REVOCATION_REASONS:
            raise InvalidInput(f"Unknown revocation reason '{reason}'.",
                               "Use one of: " + ", ".join(REVOCATION_REASONS) + ".")
        cert = self.get(cert_id)
        if not cert.current or not cert.account_id:
            raise InvalidInput(f"{cert.label} has no issued certificate to revoke.", "")
        account = self._accounts().get(cert.account_id)
        client = self._accounts().client_for(account)
        leaf = x509.load_pem_x509_certificate(cert.current.cert_pem.encode())
        client.revoke(leaf, REVOCATION_REASONS[reason])
        self._store.certificates.mark_revoked(cert.current.id, reason)
        self._store.certificates.update(cert.id, status=CertificateState.REVOKED, auto_renew=False)
        self._store.events.add("certificate-revoked",
                               f"Certificate {cert.current.serial} revoked ({reason})",
                               level="warning", certificate_id=cert.id, account_id=account.id)
        self._hooks.emit(CertificateRevoked(cert.id, cert.current.id, reason))
        return self.get(cert.id)

    def set_auto_renew(self, cert_id: str, enabled: bool) -> ManagedCertificate:
        self._store.certificates.update(cert_id, auto_renew=enabled)
        return self.get(cert_id)

    def update_settings(self, cert_id: str, *, validation: ValidationPlan | None = None,
                        auto_renew: bool | None = None) -> ManagedCertificate:
        """Change how the next renewal validates the names, or whether it runs by itself,
        without issuing anything now."""
        cert = self.get(cert_id)
        changes: CertificateChanges = {}
        if validation is not None:
            check_plan(parse_identifiers(list(cert.identifiers)), validation)
            changes["validation"] = validation
        if auto_renew is not None:
            changes["auto_renew"] = auto_renew
        if not changes:
            return cert
        self._store.certificates.update(cert.id, **changes)
        said = []
        if validation is not None:
            said.append("validation " + validation.default.method)
        if auto_renew is not None:
            said.append("automatic renewal " + ("on" if auto_renew else "off"))
        self._store.events.add("certificate-settings", "Settings changed: " + ", ".join(said),
                               certificate_id=cert.id)
        return self.get(cert.id)

    def prepare_reissue(self, cert_id: str, request: IssueRequest) -> OrderRecord:
        """A new order for an existing certificate with changed names, key or method (no
        network): the certificate keeps its id and history; the next version replaces the
        current one once issued."""
        cert = self.get(cert_id)
        if cert.source != "acme":
            raise InvalidInput(f"{cert.label} was imported; certdesk cannot re-issue it.",
                               "Create a new certificate for these names instead.")
        if self._store.orders.unfinished_for(cert.id):
            raise InvalidInput(f"{cert.label} has an unfinished order.",
                               "Resume or cancel it on the Pending orders tab first.")
        account = self._accounts().get(request.account_id)
        if account.status == "deactivated":
            raise InvalidInput(f"The account {account.name} is deactivated.",
                               "Choose or register another account.")
        plan = request.validation or cert.validation
        if request.csr_pem:
            identifiers = _csr_identifiers(request.csr_pem)
        else:
            identifiers = parse_identifiers(request.names or list(cert.identifiers))
        check_plan(identifiers, plan)
        # Everything that can fail comes before anything is changed.
        key_pem, csr_pem = self._make_key_and_csr(identifiers, request)
        key_policy = "csr" if request.csr_pem else "reuse" if request.reuse_key_of else "new"
        with self._store.db.transaction():  # the new settings, key and order together
            self._store.certificates.update(
                cert.id, label=request.label or cert.label, account_id=account.id,
                identifiers=tuple(i.value for i in identifiers),
                key_type=(request.key_type or KeyType(cert.key_type or "ec256")).value
                if not request.csr_pem else None,
                key_policy=key_policy, validation=plan, profile=request.profile,
                preferred_chain=request.preferred_chain, auto_renew=request.auto_renew)
            cert = self.get(cert.id)
            key_secret = self._put_key(key_pem) if key_pem is not None else None
            self._store.events.add("certificate-reissue",
                                   "Re-issuing for " + ", ".join(cert.identifiers),
                                   certificate_id=cert.id)
            return self._new_order(cert, "renew", key_secret, csr_pem, replaces=None)

    def reissue(self, cert_id: str, request: IssueRequest, *,
                cancel: CancelToken | None = None, progress: ProgressSink = null_progress,
                interaction: UserInteraction | None = None) -> ManagedCertificate:
        order = self.prepare_reissue(cert_id, request)
        return self.run_order(order.id, cancel=cancel, progress=progress,
                              interaction=interaction)

    def remove(self, cert_id: str) -> None:
        cert = self.get(cert_id)
        for version in self._store.certificates.versions(cert.id):
            if version.key_secret_id:
                self._store.secrets.delete(version.key_secret_id)
        self._store.certificates.remove(cert.id)
        self._store.events.add("certificate-removed", f"Removed {cert.label}")

    # -- internals --------------------------------------------------------------------------
    def _put_key(self, key_pem: bytes) -> str:
        return self._store.secrets.put("certificate-key", key_pem,
                                       secret_id=f"cert-key-{uuid.uuid4().hex}")

    def _make_key_and_csr(self, identifiers: builtins.list[Identifier], request: IssueRequest
                          ) -> tuple[bytes | None, str]:
        """The private key (None with the user's own CSR) and the CSR; stores nothing."""
        from app.crypto.csr import build_csr, csr_to_pem, load_csr
        from app.crypto.keys import generate_key, key_from_pem, key_to_pem

        if request.csr_pem:
            return None, csr_to_pem(load_csr(request.csr_pem)).decode("ascii")
        if request.reuse_key_of:
            source = self.get(request.reuse_key_of)
            if not source.current:
                raise InvalidInput(f"{source.label} has no certificate whose key could be "
                                   "reused.", "Choose a certificate that was issued.")
            key_pem = self.private_key_pem(source.current)
        else:
            key_pem = key_to_pem(generate_key(request.key_type or KeyType.EC256))
        csr = build_csr(key_from_pem(key_pem), identifiers, request.subject)
        return key_pem, csr_to_pem(csr).decode("ascii")

    def _renewal_key_and_csr(self, cert: ManagedCertificate, identifiers: builtins.list[Identifier]
                             ) -> tuple[str | None, str]:
        from app.crypto.csr import build_csr, csr_to_pem
        from app.crypto.keys import generate_key, key_from_pem, key_to_pem

        if cert.key_policy == "csr":
            last = [o for o in self._store.orders.for_certificate(cert.id) if o.csr_pem]
            if not last:
                raise InvalidInput("The CSR of this certificate is missing.",
                                   "Issue it again with a CSR.")
            return None, last[-1].csr_pem or ""
        if cert.key_policy == "reuse" and cert.current and cert.current.key_secret_id:
            key_pem = self._store.secrets.get(cert.current.key_secret_id)
            secret = cert.current.key_secret_id
        else:
            key_pem = key_to_pem(generate_key(KeyType(cert.key_type or "ec256")))
            secret = self._store.secrets.put("certificate-key", key_pem,
                                             secret_id=f"cert-key-{uuid.uuid4().hex}")
        csr = build_csr(key_from_pem(key_pem), identifiers)
        return secret, csr_to_pem(csr).decode("ascii")

    def _new_order(self, cert: ManagedCertificate, kind: str, key_secret: str | None,
                   csr_pem: str, *, replaces: str | None) -> OrderRecord:
        now = self._clock.now()
        assert cert.account_id
        order = OrderRecord(
            id=uuid.uuid4().hex[:12], certificate_id=cert.id, account_id=cert.account_id,
            kind=kind, state=OrderState.CREATED, identifiers=cert.identifiers, order_url=None,
            finalize_url=None, cert_url=None, key_secret_id=key_secret, csr_pem=csr_pem,
            validation=cert.validation, profile=cert.profile, replaces=replaces,
            preferred_chain=cert.preferred_chain, error=None, attempts=0, created_at=now,
            updated_at=now)
        self._store.orders.add(order)
        return order

    def _retry_abandoned(self, order: OrderRecord) -> OrderRecord:
        cert = self.get(order.certificate_id)
        replacement = self._new_order(cert, order.kind, order.key_secret_id,
                                      order.csr_pem or "", replaces=order.replaces)
        self._store.events.add("order-replaced",
                               f"Started order {replacement.id} to replace abandoned order "
                               f"{order.id}", certificate_id=cert.id, order_id=replacement.id)
        return replacement

    def _after_issue(self, cert: ManagedCertificate) -> None:
        try:
            self.refresh_renewal_info(cert.id)
        except CertdeskError as exc:
            log.warning("could not fetch renewal info: %s", exc)
