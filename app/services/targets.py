"""Export targets: deploy a certificate to folders (and run a command) after every renewal.

A target names a folder, the formats to write there, an optional password (kept encrypted
in the secret store) and an optional command run afterwards (reload nginx, import into the
Windows certificate store, import into the macOS keychain). `run_targets` runs them; the
service subscribes to `certificate_renewed`, so they re-run after each renewal. Results go
to the activity log; failures are logged at level "error" and raise the core event
`target_failed` (the GUI bridge turns it into a notification).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.clock import Clock, SystemClock
from app.crypto.formats.errors import ExportRefused
from app.crypto.formats.export import FORMATS, ExportFormat, render
from app.crypto.formats.write import write_files
from app.crypto.passwords import check_password
from app.errors import CertdeskError, InvalidInput
from app.events import CertificateRenewed, CoreEvent, ServiceHooks, TargetFailed, TargetRan
from app.os_integration import processes
from app.redaction import redact
from app.services.inventory import InventoryService, safe_basename
from app.services.restored_commands import CommandNotConfirmed, check_target_command
from app.storage.store import Store
from app.storage.targets import ExportTarget as ExportTarget  # what front ends list
from app.storage.targets import TargetRepository

PASSWORD_PURPOSE = "export-target-password"
OUTPUT_LIMIT = 2000

Runner = Callable[..., "subprocess.CompletedProcess[str]"]


@dataclass(frozen=True)
class CommandPreset:
    key: str
    label: str
    command: str
    description: str


# Commands the targets editor offers. They read the CERTDESK_* variables run_targets sets.
COMMAND_PRESETS: tuple[CommandPreset, ...] = (
    CommandPreset("nginx", "Reload nginx (Linux)", "systemctl reload nginx",
                  "Point nginx at fullchain.pem and privkey.pem in the target folder."),
    CommandPreset("apache", "Reload Apache (Debian/Ubuntu)", "systemctl reload apache2",
                  "Point Apache at fullchain.pem and privkey.pem in the target folder."),
    CommandPreset(
        "windows-store", "Import into the Windows certificate store",
        'powershell -NoProfile -NonInteractive -Command "Import-PfxCertificate '
        "-FilePath $env:CERTDESK_PFX -CertStoreLocation Cert:\\CurrentUser\\My "
        '-Password (ConvertTo-SecureString $env:CERTDESK_PASSWORD -AsPlainText -Force)"',
        "Needs a pfx target (pfx-compat for Windows Server 2016 and older). Imports into "
        "your personal store (CurrentUser\\My), which needs no administrator rights: "
        "certdesk and its scheduled renewal run without them. IIS, Remote Desktop and other "
        "services read the machine store (LocalMachine\\My); importing there needs an "
        "elevated process, e.g. this command with Cert:\\LocalMachine\\My run by a "
        "scheduled task with highest privileges."),
    CommandPreset(
        "macos-keychain", "Import into the macOS login keychain",
        'security import "$CERTDESK_PFX" -k "$HOME/Library/Keychains/login.keychain-db" '
        '-f pkcs12 -P "$CERTDESK_PASSWORD"',
        "Needs a pfx-compat target: the macOS keychain cannot read AES-encrypted PFX files. "
        "`security` takes the PFX password only as an argument, so while the import runs "
        "(a moment) other processes of this Mac can see it in the process list: use a "
        "password for this target only."),
)


@dataclass(frozen=True)
class TargetSpec:
    """What the targets editor (or `target add`) asks for."""

    folder: str
    formats: tuple[str, ...]
    # None: keep the current one (on update) / none (on add)
    password: str | None = field(default=None, repr=False)
    basename: str | None = None
    friendly_name: str | None = None
    command: str | None = None
    command_timeout: int = 120
    enabled: bool = True
    clear_password: bool = False


@dataclass(frozen=True)
class TargetRunResult:
    target_id: str
    certificate_id: str
    ok: bool
    files: tuple[str, ...]
    command_exit_code: int | None
    message: str


class TargetService:
    def __init__(self, store: Store, inventory: InventoryService, *,
                 hooks: ServiceHooks | None = None, clock: Clock | None = None,
                 runner: Runner | None = None, platform: str | None = None) -> None:
        self._store = store
        self._inventory = inventory
        self._hooks = hooks or ServiceHooks()
        self._clock = clock or SystemClock()
        self._runner = runner
        self._platform = platform or sys.platform
        self.repo = TargetRepository(store.db)

    def subscribe(self) -> Callable[[], None]:
        """Re-run a certificate's targets after each renewal. Returns the unsubscriber."""
        return self._hooks.subscribe(self.on_core_event)

    def on_core_event(self, event: CoreEvent) -> None:
        if isinstance(event, CertificateRenewed):
            self.run_targets(event.certificate_id)

    # -- editing ------------------------------------------------------------------------------
    def list_targets(self, cert_id: str | None = None) -> list[ExportTarget]:
        if cert_id is None:
            return self.repo.all()
        return self.repo.for_certificate(self._store.certificates.get(cert_id).id)

    def get(self, target_id: str) -> ExportTarget:
        return self.repo.get(target_id)

    def add_target(self, cert_id: str, spec: TargetSpec) -> ExportTarget:
        cert = self._store.certificates.get(cert_id)
        formats = self._check(cert.id, spec, has_password=bool(spec.password))
        secret_id = None
        if spec.password:
            self._store.secrets.check_available()
            secret_id = self._store.secrets.put(PASSWORD_PURPOSE, spec.password.encode("utf-8"))
        now = self._clock.now()
        target = ExportTarget(
            id=uuid.uuid4().hex[:12], certificate_id=cert.id,
            folder=str(Path(spec.folder).expanduser().absolute()), formats=formats,
            basename=spec.basename or safe_basename(cert.label),
            friendly_name=spec.friendly_name, password_secret_id=secret_id,
            command=spec.command or None, command_timeout=spec.command_timeout,
            enabled=spec.enabled, last_run_at=None, last_status=None, last_message=None,
            created_at=now, updated_at=now)
        self.repo.add(target)
        self._store.events.add("target-added", f"Export target {target.folder} "
                               f"({', '.join(formats)}) added", certificate_id=cert.id)
        return target

    def update_target(self, target_id: str, spec: TargetSpec) -> ExportTarget:
        target = self.repo.get(target_id)
        keeps_password = target.has_password and not spec.clear_password
        formats = self._check(target.certificate_id, spec,
                              has_password=bool(spec.password) or keeps_password)
        secret_id = target.password_secret_id
        if spec.password:
            secret_id = self._store.secrets.put(PASSWORD_PURPOSE, spec.password.encode("utf-8"),
                                                secret_id=secret_id)
        elif spec.clear_password and secret_id:
            self._store.secrets.delete(secret_id)
            secret_id = None
        return self.repo.update(
            target.id, folder=str(Path(spec.folder).expanduser().absolute()), formats=formats,
            basename=spec.basename or target.basename, friendly_name=spec.friendly_name,
            password_secret_id=secret_id, command=spec.command or None,
            command_timeout=spec.command_timeout, enabled=spec.enabled)

    def remove_target(self, target_id: str) -> None:
        target = self.repo.get(target_id)
        if target.password_secret_id:
            self._store.secrets.delete(target.password_secret_id)
        self.repo.remove(target.id)
        self._store.events.add("target-removed", f"Export target {target.folder} removed",
                               certificate_id=target.certificate_id)

    def _check(self, cert_id: str, spec: TargetSpec, *, has_password: bool) -> tuple[str, ...]:
        if not spec.folder.strip():
            raise InvalidInput("An export target needs a folder.", "Choose a folder.")
        check_password(spec.password, "The target's password")
        if not spec.formats:
            raise InvalidInput("An export target needs at least one format.",
                               "Choose for example pem, or pfx for Windows.")
        formats = tuple(dict.fromkeys(ExportFormat.parse(f).value for f in spec.formats))
        needs_password = [f for f in formats if FORMATS[ExportFormat(f)].password == "required"]
        if needs_password and not has_password:
            raise ExportRefused(f"The {', '.join(needs_password)} format needs a password.",
                                "Set a password for this target.")
        cert = self._store.certificates.get(cert_id)
        has_key = bool(cert.current and cert.current.key_secret_id)
        needs_key = [f for f in formats if FORMATS[ExportFormat(f)].needs_key]
        if needs_key and cert.current and not has_key:
            raise ExportRefused(f"certdesk does not hold the private key of {cert.label}, which "
                                f"the {', '.join(needs_key)} format needs.",
                                "Choose pem, der or p7b.")
        if spec.command_timeout <= 0:
            raise InvalidInput("The command timeout must be positive.", "Use e.g. 120 seconds.")
        return formats

    # -- running ------------------------------------------------------------------------------
    def run_targets(self, cert_id: str) -> list[TargetRunResult]:
        """Run every enabled target of a certificate; a failure does not stop the others."""
        cert = self._store.certificates.get(cert_id)
        return [self.run_target(t.id) for t in self.repo.for_certificate(cert.id) if t.enabled]

    def run_target(self, target_id: str) -> TargetRunResult:
        target = self.repo.get(target_id)
        files: list[str] = []
        exit_code: int | None = None
        try:
            files = self._write(target)
            message = f"Wrote {len(files)} file(s) to {target.folder}"
            if target.command:
                exit_code, output = self._run_command(target, files)
                if exit_code != 0:
                    raise _CommandFailed(f"The command exited with code {exit_code}"
                                         + (f": {output}" if output else ""))
                message += "; command succeeded"
        except (CertdeskError, OSError, _CommandFailed) as exc:
            text = getattr(exc, "message", None) or str(exc)
            return self._finish(target, False, files, exit_code,
                                f"Export target {target.folder} failed: {text}")
        return self._finish(target, True, files, exit_code, message)

    def _write(self, target: ExportTarget) -> list[str]:
        material = self._inventory.material(target.certificate_id)
        password = (self._store.secrets.get(target.password_secret_id)
                    if target.password_secret_id else None)
        written: list[str] = []
        both_pfx = {"pfx", "pfx-compat"} <= set(target.formats)
        for name in target.formats:
            fmt = ExportFormat(name)
            basename = target.basename + ("-compat" if both_pfx and fmt is
                                          ExportFormat.PFX_COMPAT else "")
            items = render(material, fmt, password=password if fmt is not ExportFormat.PEM
                           else None, friendly_name=target.friendly_name or target.basename,
                           basename=basename)
            out = Path(target.folder)
            # A folder that does not exist yet is created: write_files would otherwise write
            # a single-file format (pfx, der, ...) as a file named like the folder.
            out.mkdir(parents=True, exist_ok=True)
            for item in write_files(fmt, items, out, force=True):
                written.append(str(item.path))
        return written

    def _run_command(self, target: ExportTarget, files: list[str]) -> tuple[int, str]:
        assert target.command
        try:
            check_target_command(self._store, target.id, target.command)
        except CommandNotConfirmed as exc:
            raise _CommandFailed(f"{exc.message} {exc.hint}") from None
        env = dict(os.environ)
        env.update(self._command_env(target, files))
        try:
            result = processes.run(target.command, shell=True, console_tool=True,
                                   cwd=command_folder(target.folder, self._platform),
                                   env=env, timeout=target.command_timeout,
                                   platform=self._platform, runner=self._runner)
        except subprocess.TimeoutExpired:
            raise _CommandFailed(f"The command did not finish within "
                                 f"{target.command_timeout} s and was stopped.") from None
        output = ((result.stdout or "") + (result.stderr or "")).strip()
        # Redacted before it is cut, so a secret is never kept in part either.
        return result.returncode, redact(output, self._secrets_of(target))[-OUTPUT_LIMIT:]

    def _secrets_of(self, target: ExportTarget) -> list[str]:
        if not target.password_secret_id:
            return []
        return [self._store.secrets.get(target.password_secret_id).decode("utf-8")]

    def _command_env(self, target: ExportTarget, files: list[str]) -> Mapping[str, str]:
        cert = self._store.certificates.get(target.certificate_id)
        env: dict[str, Any] = {
            "CERTDESK_CERT_ID": cert.id, "CERTDESK_CERT_LABEL": cert.label,
            "CERTDESK_TARGET_DIR": target.folder, "CERTDESK_FILES": os.pathsep.join(files),
        }
        pfx = [f for f in files if f.endswith(".pfx")]
        if pfx:
            env["CERTDESK_PFX"] = pfx[0]
        if target.password_secret_id:
            env["CERTDESK_PASSWORD"] = self._store.secrets.get(
                target.password_secret_id).decode("utf-8")
        return env

    def _finish(self, target: ExportTarget, ok: bool, files: list[str], exit_code: int | None,
                message: str) -> TargetRunResult:
        self.repo.update(target.id, last_run_at=self._clock.now(),
                         last_status="ok" if ok else "failed", last_message=message)
        self._store.events.add("target-ran" if ok else "target-failed", message,
                               level="info" if ok else "error",
                               certificate_id=target.certificate_id)
        if not ok:
            self._hooks.emit(TargetFailed(target.certificate_id, target.id, message))
        else:
            self._hooks.emit(TargetRan(target.certificate_id, target.id, tuple(files)))
        return TargetRunResult(target.id, target.certificate_id, ok, tuple(files), exit_code,
                               message)


def command_folder(folder: str, platform: str) -> str:
    """Where a target's command starts: its folder, except a network path on Windows.

    cmd.exe cannot start in a UNC path (\\\\server\\share): it would start in the Windows
    folder instead. There the command starts in the temporary folder; CERTDESK_TARGET_DIR and
    the other variables still name the files.
    """
    if platform == "win32" and folder.replace("/", "\\").startswith("\\\\"):
        return tempfile.gettempdir()
    return folder


class _CommandFailed(Exception):
    pass
