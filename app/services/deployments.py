"""Deployment after an export target ran: a Windows preset puts the certificate into a
service, then the target's endpoint must serve the new certificate within a set time.

Subscribes to `target_ran` (the export target wrote its files). For a target with a preset it
runs the preset's script (Deploy phase: import, bind, confirm; the previous certificate stays).
For a target with an endpoint it then polls that endpoint until it serves the new certificate,
or the time is up: a deploy that "succeeded" but left the old certificate in use (a service not
reloaded, a load balancer with its own copy) is a failed deployment: recorded on the target,
in the activity log, under Attention, and raised as `deployment_failed` for notifications.
Only after a confirmed deployment does the Cleanup phase remove the replaced certificate.
"""

from __future__ import annotations

import hashlib
import ipaddress
import logging
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from app.cancel import NEVER_CANCELLED, CancelToken
from app.clock import Clock
from app.deploy import powershell
from app.deploy.powershell import Invocation, Phase, Runner
from app.deploy.presets import PRESETS, PresetKey, WindowsPreset, check_options
from app.domain import CertificateVersion
from app.endpoints.probe import EndpointUnreachable, ServedCertificate, fetch_certificate
from app.endpoints.starttls import StartTls
from app.errors import InvalidInput, UserFacingError, os_reason
from app.events import CoreEvent, DeploymentFailed, MonitoringChanged, ServiceHooks, TargetRan
from app.storage.deployments import DeploymentRepository, PresetRow, VerificationRow
from app.storage.endpoints import parse_address
from app.storage.store import Store
from app.storage.targets import ExportTarget, TargetRepository

log = logging.getLogger(__name__)

ProbeFn = Callable[[str, int, str | None, StartTls], ServedCertificate]
SleepFn = Callable[[float, CancelToken], None]
FIRST_DELAY = 1.0
MAX_DELAY = 15.0
SCRIPT_TIMEOUT = 600.0
MAX_WITHIN = 3600


class DeploymentError(UserFacingError):
    """A preset failed, or the endpoint does not serve the new certificate."""


@dataclass(frozen=True)
class VerificationResult:
    ok: bool
    message: str
    served_serial: str | None
    attempts: int


@dataclass(frozen=True)
class DeploymentInfo:
    target: ExportTarget
    preset: PresetRow | None
    verification: VerificationRow | None


@dataclass(frozen=True)
class DryRun:
    preset: WindowsPreset
    invocation: str  # the command line and its environment, the password hidden
    script_output: str | None  # the script's own dry run (None where PowerShell cannot run)


def thumbprint(version: CertificateVersion) -> str:
    der = x509.load_pem_x509_certificate(version.cert_pem.encode()).public_bytes(Encoding.DER)
    return hashlib.sha1(der, usedforsecurity=False).hexdigest().upper()


def _sleep(seconds: float, cancel: CancelToken) -> None:
    cancel.sleep(seconds)


def _probe(host: str, port: int, sni: str | None, starttls: StartTls) -> ServedCertificate:
    return fetch_certificate(host, port, sni, timeout=10.0, starttls=starttls)


class DeploymentService:
    def __init__(self, store: Store, hooks: ServiceHooks, clock: Clock, *,
                 probe: ProbeFn | None = None, sleep: SleepFn | None = None,
                 runner: Runner | None = None, platform: str = sys.platform) -> None:
        self._store = store
        self._hooks = hooks
        self._clock = clock
        self._probe: ProbeFn = probe or _probe
        self._sleep: SleepFn = sleep or _sleep
        self._runner: Runner = runner or subprocess.run
        self._windows = platform == "win32"
        self.repo = DeploymentRepository(store.db)
        self._targets = TargetRepository(store.db)

    def subscribe(self) -> Callable[[], None]:
        return self._hooks.subscribe(self.on_core_event)

    def on_core_event(self, event: CoreEvent) -> None:
        if isinstance(event, TargetRan):
            self.after_target_ran(event.target_id, list(event.files))

    # -- configuration ----------------------------------------------------------------------
    @staticmethod
    def presets() -> list[WindowsPreset]:
        return list(PRESETS.values())

    def info(self, target_id: str) -> DeploymentInfo:
        target = self._targets.get(target_id)
        return DeploymentInfo(target, self.repo.preset(target.id),
                              self.repo.verification(target.id))

    def set_preset(self, target_id: str, key: PresetKey, options: Mapping[str, str]
                   ) -> PresetRow:
        target = self._targets.get(target_id)
        p = PRESETS[key]
        values = check_options(p, dict(options))
        if not {"pfx", "pfx-compat"} & set(target.formats) or not target.has_password:
            raise InvalidInput(f"The {p.label} preset imports a PFX file, which this export "
                               "target does not write.",
                               "Give the target the pfx format (pfx-compat for Windows Server "
                               "2016 and older) and a password.")
        row = self.repo.set_preset(target.id, key.value, values, self._clock.now())
        self._store.events.add("deploy-preset-set", f"Export target {target.folder}: "
                               f"deploys with the {p.label} preset",
                               certificate_id=target.certificate_id)
        return row

    def clear_preset(self, target_id: str) -> None:
        self.repo.clear_preset(self._targets.get(target_id).id)

    def set_verification(self, target_id: str, endpoint: str, *, server_name: str = "",
                         starttls: StartTls = StartTls.NONE, within_seconds: int = 60
                         ) -> VerificationRow:
        target = self._targets.get(target_id)
        host, port = parse_address(endpoint)
        if not 0 < within_seconds <= MAX_WITHIN:
            raise InvalidInput(f"{within_seconds} s is not a waiting time certdesk accepts.",
                               f"Use 1 to {MAX_WITHIN} seconds.")
        return self.repo.set_verification(target.id, host, port, server_name.strip(),
                                          starttls.value, within_seconds)

    def clear_verification(self, target_id: str) -> None:
        self.repo.clear_verification(self._targets.get(target_id).id)

    # -- after an export target ran ---------------------------------------------------------
    def after_target_ran(self, target_id: str, files: list[str], *,
                         cancel: CancelToken = NEVER_CANCELLED) -> None:
        target = self._targets.get(target_id)
        preset_row = self.repo.preset(target.id)
        try:
            if preset_row is not None:
                self._run_script(target, preset_row, files, Phase.DEPLOY)
            if self.repo.verification(target.id) is not None:
                result = self.verify(target.id, cancel=cancel)
                if not result.ok:
                    raise DeploymentError(result.message, _NOT_TAKEN_HINT)
        except DeploymentError as exc:
            self._failed(target, exc)
            return
        self._store.events.add("deploy-confirmed", f"Export target {target.folder}: the "
                               "deployment was confirmed", certificate_id=target.certificate_id)
        if preset_row is not None and preset_row.options.get("remove-replaced"):
            try:
                self._run_script(target, preset_row, files, Phase.CLEANUP)
            except DeploymentError as exc:
                self._store.events.add("deploy-cleanup-failed", f"The replaced certificate was "
                                       f"kept: {exc.message}", level="warning",
                                       certificate_id=target.certificate_id)

    def _failed(self, target: ExportTarget, exc: DeploymentError) -> None:
        message = f"Deployment of export target {target.folder} failed: {exc.message}"
        self._targets.update(target.id, last_run_at=self._clock.now(), last_status="failed",
                             last_message=message)
        self._store.events.add("deployment-failed", message, level="error",
                               certificate_id=target.certificate_id)
        cert = self._store.certificates.get(target.certificate_id)
        self._hooks.emit(DeploymentFailed(cert.id, cert.label, target.id, message, exc.hint))
        self._hooks.emit(MonitoringChanged())

    # -- the preset's script ----------------------------------------------------------------
    def _invocation(self, target: ExportTarget, row: PresetRow, files: list[str], phase: Phase,
                    *, dry_run: bool) -> tuple[WindowsPreset, Invocation]:
        p = PRESETS[PresetKey.parse(row.preset)]
        cert = self._store.certificates.get(target.certificate_id)
        if cert.current is None:
            raise DeploymentError(f"{cert.label} has no certificate to deploy yet.",
                                   "Issue it first.")
        pfx = next((f for f in files if f.lower().endswith(".pfx")), None) or \
            str(_expected_pfx(target))
        password = (self._store.secrets.get(target.password_secret_id).decode("utf-8")
                    if target.password_secret_id else "")
        previous = _previous(self._store.certificates.versions(cert.id), cert.current)
        return p, powershell.build(
            p, row.options, pfx_path=pfx, password=password,
            new_thumbprint=thumbprint(cert.current),
            old_thumbprint=thumbprint(previous) if previous else None, phase=phase,
            dry_run=dry_run)

    def _run_script(self, target: ExportTarget, row: PresetRow, files: list[str],
                    phase: Phase) -> None:
        p, invocation = self._invocation(target, row, files, phase, dry_run=False)
        if not self._windows:
            raise DeploymentError(f"The {p.label} preset runs only on Windows.",
                                   "Remove the preset from this target, or run certdesk on the "
                                   "Windows server.")
        try:
            result = powershell.run(invocation, timeout=SCRIPT_TIMEOUT, runner=self._runner)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise DeploymentError(f"The {p.label} script could not run: {os_reason(exc)}.",
                                   "Check that Windows PowerShell 5.1 is installed.") from None
        if result.needs_elevation:
            raise DeploymentError(f"The {p.label} preset needs an elevated process; nothing "
                                   "was changed and the previous certificate stays in use.",
                                   p.elevation)
        if result.exit_code != 0:
            raise DeploymentError(f"The {p.label} script failed ({phase.value}, exit code "
                                   f"{result.exit_code}): {result.output or 'no output'}",
                                   "Run 'certdesk-cli deploy dry-run' to see what it would "
                                   "change; the previous certificate stays in use.")
        self._store.events.add("deploy-script", f"{p.label} ({phase.value}): "
                               f"{result.output[-500:]}", certificate_id=target.certificate_id)

    def dry_run(self, target_id: str) -> DryRun:
        """What the preset would run and, on Windows, the script's own account of what it
        would change (it changes nothing)."""
        target = self._targets.get(target_id)
        row = self.repo.preset(target.id)
        if row is None:
            raise InvalidInput("This export target has no deployment preset.",
                               "Choose one with 'certdesk-cli deploy set'.")
        p, invocation = self._invocation(target, row, [], Phase.DEPLOY, dry_run=True)
        output = None
        if self._windows:
            result = powershell.run(invocation, timeout=SCRIPT_TIMEOUT, runner=self._runner)
            output = result.output
        return DryRun(p, invocation.shown(), output)

    # -- the endpoint -----------------------------------------------------------------------
    def verify(self, target_id: str, *, cancel: CancelToken = NEVER_CANCELLED
               ) -> VerificationResult:
        """Poll the target's endpoint until it serves the current certificate or the time
        set for it is up (backoff between attempts, cancellable)."""
        v = self.repo.verification(target_id)
        if v is None:
            raise InvalidInput("This export target names no endpoint to check.",
                               "Set one with 'certdesk-cli deploy verify'.")
        cert = self._store.certificates.get(v.certificate_id)
        if cert.current is None:
            raise InvalidInput(f"{cert.label} has no certificate yet.", "Issue it first.")
        expected = cert.current.serial.lower()
        older = {x.serial.lower() for x in self._store.certificates.versions(cert.id)
                 if x.id != cert.current.id}
        address = f"{v.host}:{v.port}" + (f" (STARTTLS {v.starttls})" if v.starttls else "")
        sni = v.server_name or (None if _is_ip(v.host) else v.host)
        deadline = self._clock.monotonic() + v.within_seconds
        delay, attempts, served, problem = FIRST_DELAY, 0, None, ""
        while True:
            attempts += 1
            try:
                served = self._probe(v.host, v.port, sni, StartTls(v.starttls)).serial
            except EndpointUnreachable as exc:
                served, problem = None, exc.message
            if served == expected:
                message = f"{address} serves the new certificate (serial {expected})."
                self.repo.record_verification(v.target_id, "ok", message, self._clock.now())
                return VerificationResult(True, message, served, attempts)
            remaining = deadline - self._clock.monotonic()
            if remaining <= 0:
                break
            self._sleep(min(delay, remaining), cancel)
            delay = min(delay * 2, MAX_DELAY)
        if served is None:
            message = (f"{address} could not be checked within {v.within_seconds} s after the "
                       f"deploy: {problem}")
        elif served in older:
            message = (f"{address} still serves the previous certificate (serial {served}) "
                       f"{v.within_seconds} s after the deploy; the new one (serial {expected}) "
                       "did not take effect.")
        else:
            message = (f"{address} serves a certificate certdesk did not issue (serial "
                       f"{served}) instead of the new one (serial {expected}).")
        self.repo.record_verification(v.target_id, "failed", message, self._clock.now())
        return VerificationResult(False, message, served, attempts)


_NOT_TAKEN_HINT = ("Reload or restart the service that uses the certificate, and check load "
                   "balancers, proxies or CDNs in front of it that keep their own copy; then run "
                   "the export target again.")


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _expected_pfx(target: ExportTarget) -> str:
    return str(Path(target.folder) / f"{target.basename}.pfx")


def _previous(versions: list[CertificateVersion], current: CertificateVersion
              ) -> CertificateVersion | None:
    """The version the current one replaced."""
    replaced = [v for v in versions if v.replaced_by == current.id]
    if replaced:
        return replaced[-1]
    older = sorted((v for v in versions if v.id != current.id and
                    v.created_at <= current.created_at), key=lambda v: v.created_at)
    return older[-1] if older else None
