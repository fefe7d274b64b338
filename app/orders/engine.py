"""Runs one ACME order to completion, persisting every step so it survives a crash.

States (app.domain.OrderState): created -> submitted -> validating -> finalizing ->
downloading -> completed, or failed / cancelled / awaiting-user. `run()` picks up from whatever
state the order is in, asking the CA for the order's current status first, so a resumed order
never creates a second order at the CA and an issued certificate is never lost.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from functools import partial
from typing import Any

from cryptography import x509
from josepy.b64 import b64encode
from josepy.jwk import JWK

from app.acme.ari import ari_cert_id
from app.acme.client import AcmeClient, Response
from app.acme.problems import problem_to_error
from app.cancel import CancelToken
from app.clock import Clock
from app.crypto.certs import (
    ParsedChain,
    check_issued,
    choose_chain,
    parse_chain,
    serial_hex,
)
from app.crypto.csr import csr_to_der
from app.crypto.keys import key_type_of
from app.domain import CertificateVersion, ChallengeConfig, OrderRecord, OrderState
from app.errors import (
    AcmeError,
    Cancelled,
    CertdeskError,
    CertificateCheckFailed,
    UserFacingError,
    ValidationFailed,
)
from app.events import (
    CertificateIssued,
    CertificateRenewed,
    ManualActionNeeded,
    OrderFailed,
    OrderProgressed,
    ServiceHooks,
)
from app.faults import crash_point
from app.orders.abandon import OrderAbandoner, OrderCancellation
from app.orders.leftovers import StoreLeftovers
from app.orders.parked import OrderParked as OrderParked  # re-exported
from app.orders.polling import FIRST_POLL, Poller
from app.progress import ProgressEvent, ProgressSink
from app.services.accounts import AccountService
from app.storage.store import Store
from app.validation.base import (
    ChallengeTask,
    NeedsUserAction,
    SecretReader,
    Solver,
    SolverContext,
    UserInteraction,
)
from app.validation.caa import precheck as precheck_caa
from app.validation.registry import build_solver
from app.validation.resources import SolverResources

log = logging.getLogger(__name__)

VALIDATION_TIMEOUT = 600.0
FINALIZE_TIMEOUT = 300.0
# Refusals of a new-order that say nothing about its `replaces` field: retrying without it
# would only repeat the request.
_NOT_ABOUT_REPLACES = frozenset({"rateLimited", "badNonce", "unauthorized", "accountDoesNotExist",
                                 "userActionRequired", "externalAccountRequired"})


class AbandonedOrder(UserFacingError):
    """The CA gave up on an order whose challenges were answered by a process that then died
    (e.g. the built-in http-01 listener went away mid-validation)."""

    def __init__(self, order_id: str, cause: CertdeskError) -> None:
        reason = cause.message if isinstance(cause, UserFacingError) else str(cause)
        super().__init__(f"The CA gave up on order {order_id} while certdesk was not running "
                         f"to answer it: {reason}",
                         (cause.hint if isinstance(cause, UserFacingError) else "")
                         or "Issue or renew the certificate again: that starts a new order.",
                         detail=cause.detail if isinstance(cause, UserFacingError) else "")
        self.order_id = order_id
        self.cause = cause


@dataclass
class RunOptions:
    cancel: CancelToken
    progress: ProgressSink
    interaction: UserInteraction | None = None


class OrderEngine:
    def __init__(self, store: Store, accounts: AccountService, *, clock: Clock,
                 hooks: ServiceHooks, resources: SolverResources,
                 credentials: SecretReader | None = None) -> None:
        self._store = store
        self._accounts = accounts
        self._clock = clock
        self._hooks = hooks
        self._resources = resources
        self._credentials = credentials
        self.leftovers = StoreLeftovers(store)
        self._abandoner = OrderAbandoner(store, accounts, self.leftovers, hooks,
                                         self.cleanup_context)

    def cleanup_context(self) -> SolverContext:
        """What undoing validation leftovers needs, outside of any run."""
        return SolverContext(leftovers=self.leftovers, clock=self._clock,
                             resources=self._resources, credentials=self._credentials)

    def abandon(self, order_id: str) -> OrderCancellation:
        """Give up an order (see app.orders.abandon); the caller checks it is unfinished."""
        return self._abandoner.abandon(order_id)

    # -- entry point ---------------------------------------------------------------------
    def run(self, order_id: str, opts: RunOptions) -> CertificateVersion:
        order = self._store.orders.get(order_id)
        if order.state is OrderState.COMPLETED:
            raise AcmeError("This order is already complete.", "Nothing to resume.")
        account = self._accounts.get(order.account_id)
        client = self._accounts.client_for(account, cancel=opts.cancel)
        self._step(opts, order, "start", f"Order {order.id} for {', '.join(order.identifiers)}")
        answered_by_earlier_run = order.state is OrderState.VALIDATING and order.attempts > 0
        try:
            self._store.orders.update(order.id, attempts=order.attempts + 1, error=None)
            first: Response | None = None  # the order as the CA last described it
            if order.state is OrderState.CREATED or not order.order_url:
                order, first = self._submit(client, order, opts)
            return self._drive(client, order, opts, first)
        except Cancelled:
            self.abandon(order.id)
            raise
        except NeedsUserAction as need:
            self._store.orders.update(order.id, state=OrderState.AWAITING_USER,
                                      error=need.action.title)
            label = self._store.certificates.get(order.certificate_id).label
            self._hooks.emit(ManualActionNeeded(
                order.certificate_id, label, "order_parked", need.action.title,
                order_id=order.id, instructions=need.action.instructions))
            self._event(order, "order-awaiting-user", need.action.title, "warning")
            raise OrderParked(order.id, need.action.title, need.action.instructions) from None
        except CertdeskError as exc:
            if answered_by_earlier_run and self._ca_says_invalid(client, order):
                self._store.orders.update(order.id, state=OrderState.FAILED, error=str(exc))
                self._event(order, "order-abandoned",
                            "The CA failed this order's validation while certdesk was not "
                            f"running to answer it: {exc}", "warning")
                raise AbandonedOrder(order.id, exc) from exc
            current = self._store.orders.get(order.id)
            # Transient problems keep the order resumable; definitive ones end it.
            final = not (isinstance(exc, AcmeError) and exc.problem_type in
                         ("", "serverInternal", "rateLimited", "badNonce"))
            # Before anything reached the CA, a transient problem keeps the order "created":
            # resuming sends it again.
            state = OrderState.FAILED if final else current.state
            self._store.orders.update(order.id, state=state, error=str(exc))
            self._event(order, "order-failed", str(exc), "error")
            self._hooks.emit(OrderFailed(order.id, order.certificate_id, str(exc)))
            raise

    # -- steps ---------------------------------------------------------------------------
    def _submit(self, client: AcmeClient, order: OrderRecord, opts: RunOptions
                ) -> tuple[OrderRecord, Response]:
        from app.names import parse_identifier

        idents = [parse_identifier(n) for n in order.identifiers]
        self._step(opts, order, "new-order", "Creating the order at the CA")
        replaces = order.replaces
        try:
            response = client.new_order(idents, profile=order.profile, replaces=replaces)
        except AcmeError as exc:
            # ARI's `replaces` is only a hint to the CA: whatever its reason for refusing it
            # (alreadyReplaced, an unknown serial, a CA that does not support it, ...), renew
            # without it. A rate limit is not about the field: asking again would not help.
            if not replaces or exc.problem_type in _NOT_ABOUT_REPLACES:
                raise
            log.warning("The CA refused new-order with replaces=%s (%s: %s); renewing without "
                        "it", replaces, exc.problem_type or "no problem type", exc)
            order = self._store.orders.update(order.id, replaces=None)
            self._event(order, "replaces-refused", f"The CA refused to link this renewal to the "
                        f"certificate it replaces ({exc}); renewing without the link.", "warning")
            response = client.new_order(idents, profile=order.profile)
        with self._store.db.transaction():  # the order's URLs and its event: one commit
            order = self._store.orders.update(order.id, state=OrderState.SUBMITTED,
                                              order_url=response.location,
                                              finalize_url=response.body.get("finalize"))
            self._event(order, "order-created",
                        f"Order created at the CA: {response.location}")
        crash_point("after-new-order")
        return order, response

    def _drive(self, client: AcmeClient, order: OrderRecord, opts: RunOptions,
               status: Response | None) -> CertificateVersion:
        """Move the order on from its state at the CA. `status` is the CA's latest answer
        about the order (new-order's, finalize's, the last poll's) when there is one: it is
        not asked again."""
        assert order.order_url
        poller = Poller(self._clock, opts.cancel, opts.progress)
        for _ in range(20):
            opts.cancel.check()
            if status is None:
                status = client.post_as_get(order.order_url)
            body = status.body
            state = body.get("status")
            if body.get("finalize") and not order.finalize_url:
                order = self._store.orders.update(order.id, finalize_url=body["finalize"])
            answered, status = status, None
            if state == "pending":
                self._validate(client, order, body, opts, poller)
                # Every authorization is valid now, so the order is ready: finalize without
                # asking first (a CA that disagrees answers orderNotReady; then it is asked).
                order, status = self._finalize(client, order, opts)
            elif state == "ready":
                order, status = self._finalize(client, order, opts)
            elif state == "processing":
                self._step(opts, order, "finalize", "The CA is issuing the certificate")
                # RFC 8555 §7.4: ask again after the Retry-After of the answer that said
                # "processing" (finalize's, usually).
                status = poller.until(partial(client.post_as_get, order.order_url or ""),
                                      lambda r: r.body.get("status") != "processing",
                                      what="issuing the certificate", timeout=FINALIZE_TIMEOUT,
                                      after=answered, first_poll=FIRST_POLL)
            elif state == "valid":
                return self._download(client, order, body, opts)
            elif state == "invalid":
                raise self._order_error(client, body)
            else:
                raise AcmeError(f"The CA reports an unexpected order status '{state}'.",
                                "Try again later.", detail=str(body))
        raise AcmeError("The order did not progress.", "Resume it later.")

    def _validate(self, client: AcmeClient, order: OrderRecord, body: dict[str, Any],
                  opts: RunOptions, poller: Poller) -> None:
        thumbprint = b64encode(
            _jwk(client).public_key().thumbprint()).decode("ascii")
        to_answer: list[tuple[ChallengeTask, ChallengeConfig]] = []
        to_watch: list[str] = []
        for authz_url in body.get("authorizations", []):
            authz = client.post_as_get(authz_url).body
            if authz.get("status") == "valid":
                continue
            if authz.get("status") != "pending":
                raise self._authz_error(authz)
            ident = authz["identifier"]["value"]
            name = f"*.{ident}" if authz.get("wildcard") else ident
            config = order.validation.for_name(name)
            challenge = next((c for c in authz.get("challenges", [])
                              if c.get("type") == config.method), None)
            if challenge is None:
                offered = ", ".join(c.get("type", "?") for c in authz.get("challenges", []))
                raise ValidationFailed(
                    f"The CA does not offer {config.method} for {name} (it offers {offered}).",
                    "Choose one of the offered validation methods for this name.")
            task = ChallengeTask(
                order_id=order.id, identifier=name, identifier_type=authz["identifier"]["type"],
                challenge_type=config.method, token=str(challenge.get("token", "")),
                key_authorization=f"{challenge.get('token', '')}.{thumbprint}",
                challenge_url=challenge["url"],
                extra={k: v for k, v in challenge.items() if k not in ("url", "token")} | {
                    "account_uri": client.net.account["uri"] if client.net.account else ""})
            to_answer.append((task, config))
            to_watch.append(authz_url)
        if not to_answer:
            return
        precheck_caa(to_answer, client, self._resources, opts.progress)  # before answering
        groups: dict[str, tuple[ChallengeConfig, list[ChallengeTask]]] = {}
        for task, config in to_answer:
            key = repr(sorted(config.to_json().items(), key=str))
            groups.setdefault(key, (config, []))[1].append(task)
        ctx = SolverContext(leftovers=self.leftovers, cancel=opts.cancel,
                            progress=opts.progress, clock=self._clock,
                            interaction=opts.interaction, credentials=self._credentials,
                            resources=self._resources)
        active: list[tuple[Solver, list[ChallengeTask]]] = []
        try:
            for config, tasks in groups.values():
                solver = build_solver(config, ctx)
                active.append((solver, tasks))
                self._step(opts, order, "present", f"Preparing {config.method} for "
                           + ", ".join(t.identifier for t in tasks))
                solver.present(tasks)
            for solver, tasks in active:
                self._step(opts, order, "check", "Checking that the CA will see the responses")
                solver.wait_until_ready(tasks)
            answers: list[Response] = []
            for _solver, tasks in active:
                for task in tasks:
                    if (task.extra.get("status") or "pending") == "pending":
                        answers.append(client.post(task.challenge_url, {}))
            self._store.orders.update(order.id, state=OrderState.VALIDATING)
            self._step(opts, order, "validate", "The CA is validating the names")
            crash_point("after-answer")
            # The first poll waits for the longest Retry-After a challenge answer named, or
            # briefly; the other authorizations are usually done by the time the first is.
            after = max((a for a in answers if a.retry_after is not None),
                        key=lambda a: a.retry_after or 0.0, default=None)
            first_poll = FIRST_POLL
            for authz_url in to_watch:
                final = poller.until(partial(client.post_as_get, authz_url),
                                     lambda r: r.body.get("status") not in ("pending",),
                                     what="validation", timeout=VALIDATION_TIMEOUT,
                                     after=after, first_poll=first_poll)
                after, first_poll = None, 0.0
                if final.body.get("status") != "valid":
                    raise self._authz_error(final.body)
            self._step(opts, order, "validate", "All names validated", "done")
            for solver, tasks in active:
                solver.validated(tasks)
        finally:
            for solver, tasks in active:
                try:
                    solver.cleanup(tasks)
                except Exception:  # cleanup must never hide the real outcome
                    log.exception("cleanup of %s failed", type(solver).__name__)

    def _finalize(self, client: AcmeClient, order: OrderRecord, opts: RunOptions
                  ) -> tuple[OrderRecord, Response | None]:
        """Send the CSR; the CA's answer describes the order (None when the CA said it was
        not ready yet: the order is asked again)."""
        if not order.csr_pem or not order.finalize_url:
            raise AcmeError("The order has no CSR or finalize URL.", "Issue the certificate "
                            "again.")
        self._step(opts, order, "finalize", "Asking the CA to issue the certificate")
        csr = x509.load_pem_x509_csr(order.csr_pem.encode())
        answer: Response | None = None
        try:
            answer = client.finalize(order.finalize_url, csr_to_der(csr))
        except AcmeError as exc:
            if exc.problem_type != "orderNotReady":
                raise
        order = self._store.orders.update(order.id, state=OrderState.FINALIZING)
        crash_point("after-finalize")
        if answer is not None and not answer.body.get("status"):
            answer = None  # not an order object: ask for the order
        return order, answer

    def _download(self, client: AcmeClient, order: OrderRecord, body: dict[str, Any],
                  opts: RunOptions) -> CertificateVersion:
        cert_url = body.get("certificate")
        if not cert_url:
            raise AcmeError("The CA marked the order valid but gave no certificate URL.",
                            "Resume the order later.")
        order = self._store.orders.update(order.id, state=OrderState.DOWNLOADING,
                                          cert_url=cert_url)
        self._step(opts, order, "download", "Downloading the certificate")
        main_pem, alternates = client.download_certificate(cert_url)
        try:
            chains = [parse_chain(main_pem)]
        except CertificateCheckFailed as exc:
            # An error page or a cut-off answer where the certificate should be: a download
            # glitch, not a verdict on the order. Nothing is stored; resuming downloads again.
            raise AcmeError(f"The CA's answer at {cert_url} was not a certificate.",
                            "Resume the order to download it again.",
                            detail=exc.detail) from exc
        for alt in alternates:
            try:
                chains.append(parse_chain(alt))
            except CertdeskError as exc:
                log.warning("ignoring unreadable alternate chain: %s", exc)
        chain = choose_chain(chains, order.preferred_chain)
        assert order.csr_pem
        csr = x509.load_pem_x509_csr(order.csr_pem.encode())
        from cryptography.hazmat.primitives import serialization

        spki = csr.public_key().public_bytes(serialization.Encoding.DER,
                                             serialization.PublicFormat.SubjectPublicKeyInfo)
        check_issued(chain, public_key_der=spki, names=list(order.identifiers))
        version = self._new_version(order, chain)
        # The version, its event and the completed order in one commit: never a stored
        # certificate whose order still looks unfinished, and one disk sync instead of three.
        with self._store.db.transaction():
            event = self._store_version(order, version, len(chains) - 1)
            self._store.orders.update(order.id, state=OrderState.COMPLETED, error=None)
        self._hooks.emit(event)
        self._step(opts, order, "done", "Certificate stored", "done")
        return version

    def _new_version(self, order: OrderRecord, chain: ParsedChain) -> CertificateVersion:
        leaf = chain.leaf
        key_type = None
        if order.key_secret_id:
            from app.crypto.keys import key_from_pem

            key_type = key_type_of(key_from_pem(self._store.secrets.get(order.key_secret_id)))
        try:
            ari_id: str | None = ari_cert_id(leaf)
        except (ValueError, x509.ExtensionNotFound):
            ari_id = None
        version = CertificateVersion(
            id=uuid.uuid4().hex[:12], certificate_id=order.certificate_id,
            serial=serial_hex(leaf), subject=leaf.subject.rfc4514_string(),
            issuer=leaf.issuer.rfc4514_string(), names=tuple(order.identifiers),
            not_before=leaf.not_valid_before_utc, not_after=leaf.not_valid_after_utc,
            cert_pem=chain.leaf_pem, chain_pem=chain.chain_pem,
            key_secret_id=order.key_secret_id, key_type=key_type.value if key_type else None,
            ari_cert_id=ari_id, order_id=order.id, replaced_by=None, revoked_at=None,
            revocation_reason=None, created_at=self._clock.now())
        return version

    def _store_version(self, order: OrderRecord, version: CertificateVersion,
                       alternates: int) -> CertificateIssued | CertificateRenewed:
        """Store the version and its event; the core event to emit once committed."""
        previous = self._store.certificates.get(order.certificate_id).current_version_id
        self._store.certificates.add_version(version)
        event_type = CertificateRenewed if previous else CertificateIssued
        event = event_type(order.certificate_id, version.id, order.id, alternates)
        self._event(order, event.name.replace("_", "-"),
                    f"Certificate {version.serial} issued, valid until "
                    f"{version.not_after:%Y-%m-%d %H:%M} UTC")
        return event

    # -- errors and helpers ----------------------------------------------------------------
    def _authz_error(self, authz: dict[str, Any]) -> CertdeskError:
        ident = (authz.get("identifier") or {}).get("value", "?")
        for challenge in authz.get("challenges", []):
            if challenge.get("error"):
                err = problem_to_error(challenge["error"],
                                       context=f"Validation of {ident} failed")
                return ValidationFailed(err.message, err.hint, detail=err.detail)
        return ValidationFailed(f"Validation of {ident} failed (authorization "
                                f"{authz.get('status')}).", "Check the validation method and "
                                "try again.")

    def _order_error(self, client: AcmeClient, body: dict[str, Any]) -> CertdeskError:
        if body.get("error"):
            return problem_to_error(body["error"], context="The order failed")
        for authz_url in body.get("authorizations", []):
            authz = client.post_as_get(authz_url).body
            if authz.get("status") == "invalid":
                return self._authz_error(authz)
        return AcmeError("The CA marked the order invalid.", "Issue the certificate again.")

    @staticmethod
    def _ca_says_invalid(client: AcmeClient, order: OrderRecord) -> bool:
        if not order.order_url:
            return False
        try:
            return client.post_as_get(order.order_url).body.get("status") == "invalid"
        except CertdeskError:
            return False

    def _step(self, opts: RunOptions, order: OrderRecord, step: str, message: str,
              state: str = "running") -> None:
        opts.progress(ProgressEvent(step, message, state))
        self._hooks.emit(OrderProgressed(order.id, order.certificate_id, step, message, state))

    def _event(self, order: OrderRecord, kind: str, message: str, level: str = "info") -> None:
        self._store.events.add(kind, message, level=level, certificate_id=order.certificate_id,
                               account_id=order.account_id, order_id=order.id)


def _jwk(client: AcmeClient) -> JWK:
    from app.acme.network import jwk_for

    jwk: JWK = jwk_for(client.key)
    return jwk


