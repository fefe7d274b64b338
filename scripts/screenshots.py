"""Renders each screen of the desktop app into PNG files (offscreen or under Xvfb).

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py docs/screenshots

Works without network: a demo store is filled with accounts and certificates signed by a
local demo CA, the CA's directory answer is canned, and the DNS page shows sample statuses.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.support.wincred_keyring.WinCredLikeKeyring")

from cryptography import x509  # noqa: E402
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402
from cryptography.x509.oid import NameOID  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

NOW = dt.datetime.now(dt.UTC)


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def demo_chain(names: list[str], days_left: float, lifetime: int, ca: Any) -> tuple[str, str]:
    ca_key, ca_cert = ca
    key = ec.generate_private_key(ec.SECP256R1())
    not_after = NOW + dt.timedelta(days=days_left)
    cert = (x509.CertificateBuilder().subject_name(_name(names[0]))
            .issuer_name(ca_cert.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_after - dt.timedelta(days=lifetime)).not_valid_after(not_after)
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(n) for n in names]), False)
            .sign(ca_key, hashes.SHA256()))
    pem = cert.public_bytes(serialization.Encoding.PEM) + \
        ca_cert.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return pem.decode(), key_pem.decode()


def demo_ca() -> Any:
    key = ec.generate_private_key(ec.SECP384R1())
    cert = (x509.CertificateBuilder().subject_name(_name("Demo Issuing CA E1"))
            .issuer_name(_name("Demo Issuing CA E1")).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(NOW - dt.timedelta(days=400))
            .not_valid_after(NOW + dt.timedelta(days=2000))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    return key, cert


def fill_demo_store(services: Any) -> None:
    from app.challenge_options import Dns01Manual, Dns01Provider, Http01Listener
    from app.domain import Account, ChallengeConfig, ValidationPlan

    store = services.store
    for i, (name, url) in enumerate((
            ("Let's Encrypt",
             "https://acme-v02.api.letsencrypt.org/directory"),
            ("Let's Encrypt (staging)",
             "https://acme-staging-v02.api.letsencrypt.org/directory"))):
        store.accounts.add(Account(f"acct{i}", name, url, None, None, "valid",
                                   ("admin@example.com",), "ec256", "none", None, None, None,
                                   NOW - dt.timedelta(days=100 - i), NOW))
    ca = demo_ca()
    inventory = services.inventory
    plans = [ValidationPlan(ChallengeConfig(Http01Listener())),
             ValidationPlan(ChallengeConfig(Dns01Manual())),
             ValidationPlan(ChallengeConfig(Dns01Provider(credentials="cloudflare")))]
    for names, days, lifetime, plan in (
            (["www.example.com", "example.com"], 71, 90, 0),
            (["*.shop.example.com", "shop.example.com"], 12, 90, 1),
            (["mail.example.org"], 44, 90, 2),
            (["bücher.example", "www.bücher.example"], 58, 90, 0),
            (["vpn.example.net"], -3, 90, 1),
            (["api.example.com"], 4.5, 6, 2)):
        ascii_names = [n.encode("idna").decode() if not n.isascii() else n for n in names]
        pem, key = demo_chain(ascii_names, days, lifetime, ca)
        cert = inventory.import_certificate(pem, key_data=key, label=names[0])
        inventory.attach_renewal(cert.id, "acct0", plans[plan])
    store.events.add("certificate-issued", "Issued www.example.com (2 names) with Let's Encrypt")
    store.events.add("renewal-failed", "Renewing vpn.example.net failed: the CA could not "
                     "reach http://vpn.example.net/.well-known/acme-challenge/…",
                     level="error")
    store.events.add("reminder", "shop.example.com expires in 12 days", level="warning")


def fill_demo_monitoring(services: Any) -> str:
    """A failed renewal and checked endpoints for the Attention tab and the endpoints dialog;
    returns the id of the certificate with endpoints."""
    from app.renewal.backoff import BackoffRepository

    certs = {c.label: c for c in services.certificates.list()}
    vpn = certs["vpn.example.net"]
    BackoffRepository(services.store.db).record_failure(
        vpn.id, vpn.current_version_id, "The CA could not reach "
        "http://vpn.example.net/.well-known/acme-challenge/… (connection refused)",
        NOW - dt.timedelta(minutes=7))
    from app.domain import OrderRecord, OrderState

    shop = certs["*.shop.example.com"]  # its renewal waits for DNS records created by hand
    services.store.orders.add(OrderRecord(
        "demo-order-shop", shop.id, shop.account_id or "", "renew", OrderState.AWAITING_USER,
        shop.identifiers, None, None, None, None, None, shop.validation, None, None, None,
        "Create these DNS TXT records", 1, NOW - dt.timedelta(hours=3),
        NOW - dt.timedelta(hours=3)))
    www = certs["www.example.com"]
    endpoints = services.monitoring.endpoint_checker.endpoints
    current = www.current
    assert current is not None
    for address, port, sni, status, message, serial in (
            ("www.example.com", 443, "", "ok", "Serves the current certificate.",
             current.serial),
            ("192.0.2.10", 8443, "www.example.com", "stale",
             "Serves serial 4f2a…91 (expires in 27 days); the current one is "
             f"{current.serial[:8]}….", "4f2a91"),
            ("mail.example.com", 993, "", "unreachable",
             "Connection refused.", None)):
        e = endpoints.add(www.id, address, port, sni, now=NOW - dt.timedelta(days=3))
        endpoints.record(e.id, now=NOW - dt.timedelta(hours=2), status=status,
                         message=message, served_serial=serial,
                         served_not_after=current.not_after if serial else None)
    return str(www.id)


def demo_os_integration(services: Any, folder: Path) -> None:
    """Start at login and the schedule against a scratch folder (nothing is installed)."""
    from app.os_integration.autostart.xdg import XdgAutostart
    from app.os_integration.schedule.installer import ScheduleInstaller
    from app.os_integration.schedule.plan import CommandOutcome
    from app.services.os_integration import OsIntegrationService

    argv = ("/usr/bin/python3", "-m", "ui.main", "--tray")
    config = folder / "config"
    XdgAutostart(config, argv).enable()
    store = services.store
    services.os_integration = OsIntegrationService(
        store, autostart=lambda: XdgAutostart(config, argv),
        installer=lambda: ScheduleInstaller(store.home, platform="linux", config_home=config,
                                            runner=lambda _a: CommandOutcome(1, "disabled")))


def save(widget: QWidget, out: Path, name: str) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="certdesk-shots-"))
    os.environ["CERTDESK_TEST_KEYRING"] = str(tmp / "keyring.json")
    QCoreApplication.setOrganizationName("certdesk-screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qs"))
    app = QApplication(argv[:1])
    from PySide6.QtCore import QLocale

    from ui.translations import install as install_translations

    translators = install_translations(app, QLocale(QLocale.Language.English))  # plurals
    app.setApplicationDisplayName("certdesk")
    from app.acme.client import DirectoryInfo
    from app.progress import ProgressEvent
    from app.services.bootstrap import open_services
    from app.services.preferences import PreferencesService
    from app.validation.base import ManualAction
    from app.wizard.propagation import RecordStatus
    from ui.bridge import CoreEventBridge
    from ui.context import AppContext
    from ui.dialogs.account_dialog import AccountDialog
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.errors import show_error
    from ui.interaction import ManualRequest
    from ui.main_window import MainWindow
    from ui.tasks import InlineTaskRunner
    from ui.wizard.new_certificate import NewCertificateWizard

    def context(home: Path) -> AppContext:
        services = open_services(home)
        info = DirectoryInfo("https://acme-staging-v02.api.letsencrypt.org/directory",
                             "https://letsencrypt.org/documents/LE-SA-v1.5-February-24-2025.pdf",
                             "https://letsencrypt.org", False,
                             {"classic": "The same profile you're accustomed to",
                              "shortlived": "Six-day certificates"}, True, ())
        services.accounts.directory_info = lambda *_a, **_k: info  # type: ignore[method-assign]
        return AppContext(services, PreferencesService(services.store), InlineTaskRunner(),
                          CoreEventBridge(services.hooks))

    empty = context(tmp / "empty")
    window = MainWindow(empty)
    window.resize(1180, 720)
    window.show()
    window.refresh()
    save(window, out, "main-empty")
    window.close()

    ctx = context(tmp / "demo")
    fill_demo_store(ctx.services)
    endpoints_cert = fill_demo_monitoring(ctx.services)
    demo_os_integration(ctx.services, tmp / "os")
    window = MainWindow(ctx)
    window.resize(1180, 720)
    window.show()
    window.refresh()
    window.attention_view.refresh()  # its tab's count, as a user sees it a moment after start
    window.inventory.table.selectRow(1)
    save(window, out, "main-inventory")
    window.tabs.setCurrentIndex(1)
    save(window, out, "main-accounts")
    window.tabs.setCurrentIndex(3)
    save(window, out, "main-activity")
    window.tabs.setCurrentWidget(window.attention_view)
    window.attention_view.refresh()
    window.attention_view.table.table.selectRow(1)
    save(window, out, "main-attention")
    window.tabs.setCurrentIndex(0)

    dialog = AccountDialog(ctx, window, initial="letsencrypt-staging")
    dialog.emails.setText("admin@example.com")
    dialog.show()
    save(dialog, out, "account-dialog")
    dialog.select_ca("zerossl")
    save(dialog, out, "account-dialog-eab")
    dialog.reject()

    accounts = window.snapshot.accounts if window.snapshot else ()
    wizard = NewCertificateWizard(ctx, accounts, window)
    wizard.resize(780, 600)
    wizard._start_issue = lambda: None  # type: ignore[method-assign]  # no CA here
    wizard.show()
    wizard.names_page.edit.setPlainText("example.com\nwww.example.com\n*.example.com\n"
                                        "bücher.example\nbad_name.example")
    save(wizard, out, "wizard-1-names")
    wizard.names_page.edit.setPlainText("example.com\n*.example.com\nbücher.example")
    wizard.next()
    save(wizard, out, "wizard-2-key")
    wizard.next()
    save(wizard, out, "wizard-3-account")
    wizard.next()
    save(wizard, out, "wizard-4-validation")
    records = wizard.records_page
    records._check_now = lambda: None  # type: ignore[method-assign]
    action = ManualAction("o1", "dns-record", "Create these DNS TXT records", "", (
        {"name": "_acme-challenge.example.com.", "type": "TXT",
         "value": "gfj9Xq-v0S6fSMTeu5JkXWbH8XFuuYTcTkJ4Ll5jv2M"},
        {"name": "_acme-challenge.example.com.", "type": "TXT",
         "value": "LoqXcYV8q5ONbJQxbmR7SCTNo3tiAXDfowyjxAjEuX0"},
        {"name": "_acme-challenge.xn--bcher-kva.example.", "type": "TXT",
         "value": "0HlJvR8tS2qy9r0gmB-VO1wGp8nUqO1JmTr3bV2Zx6k"}))
    wizard.next()
    records.show_request(ManualRequest(action))
    records._on_checked(([
        RecordStatus("_acme-challenge.example.com.", "ns1.dns-host.example", "192.0.2.53:53",
                     "present"),
        RecordStatus("_acme-challenge.example.com.", "ns2.dns-host.example", "198.51.100.53:53",
                     "missing"),
        RecordStatus("_acme-challenge.xn--bcher-kva.example.", "ns1.dns-host.example",
                     "192.0.2.53:53", "present")], False))
    records.timer.stop()
    save(wizard, out, "wizard-5-dns-records")
    progress = wizard.progress_page
    for ev in (ProgressEvent("start", "Order for example.com, *.example.com, bücher.example",
                             "done"),
               ProgressEvent("new-order", "The CA created the order", "done"),
               ProgressEvent("caa", "CAA allows Let's Encrypt to issue", "done"),
               ProgressEvent("present", "Preparing dns-01 for example.com, *.example.com, "
                             "bücher.example"),
               ProgressEvent("dns-manual", "Create these DNS TXT records", "waiting"),
               ProgressEvent("dns-propagation", "DNS records are visible on every "
                             "authoritative server", "done"),
               ProgressEvent("validate", "The CA is checking the DNS records", "running"),
               ProgressEvent("poll", "Waiting for validation", "waiting")):
        progress.add_event(ev)
    records.anyway.setChecked(True)
    wizard.next()
    save(wizard, out, "wizard-6-progress")
    progress.set_failed("The CA could not validate example.com: no TXT record found at "
                        "_acme-challenge.example.com.",
                        "Check that the record is in the right zone, then Retry, or go Back "
                        "to choose another method.")
    save(wizard, out, "wizard-6-progress-failed")
    cert = ctx.services.certificates.list()[0]
    wizard.result_certificate = cert
    wizard.done_page.show_certificate(cert, str(ctx.services.store.home))
    wizard.done_page.add_exported([f"/home/admin/certs/www.example.com/{f}"
                                   for f in ("cert.pem", "chain.pem", "fullchain.pem",
                                             "privkey.pem")])
    progress.set_finished("The certificate was issued.", True)
    wizard.next()
    save(wizard, out, "wizard-7-done")
    wizard.reject()

    from ui.dialogs.renew_dialog import RenewDialog

    manual = next(c for c in ctx.services.certificates.list()
                  if c.validation.default.options.mode == "manual")
    renew = RenewDialog(ctx, manual, window)  # not started: no CA here
    renew.records._check_now = lambda: None  # type: ignore[method-assign]
    renew.show()
    renew.steps.start()
    for ev in (ProgressEvent("new-order", "Creating the order at the CA"),
               ProgressEvent("caa", "CAA allows Let's Encrypt to issue", "done"),
               ProgressEvent("dns-manual", "Create these DNS TXT records", "waiting")):
        renew.steps.add_event(ev)
    renew.task = object()  # type: ignore[assignment]  # shown as running
    base = manual.identifiers[0].removeprefix("*.")
    renew_action = ManualAction("o2", "dns-record", "Create these DNS TXT records", "", (
        {"name": f"_acme-challenge.{base}.", "type": "TXT",
         "value": "q0bU8sTQ0Xg6lH9fW1vPz3kR7mYcA2dE5nJ4tL8uVwI"},))
    renew._on_interaction_action_requested(ManualRequest(renew_action))
    renew.records._on_checked(([
        RecordStatus(f"_acme-challenge.{base}.", "ns1.dns-host.example",
                     "192.0.2.53:53", "present"),
        RecordStatus(f"_acme-challenge.{base}.", "ns2.dns-host.example",
                     "198.51.100.53:53", "missing")], False))
    renew.records.timer.stop()
    save(renew, out, "renew-dialog-records")
    renew.task = None
    renew.hide()
    renew.deleteLater()

    settings = SettingsDialog(ctx, window)
    settings.resize(640, 480)
    settings.show()
    save(settings, out, "settings-defaults")
    settings.show_page(settings.reminders)
    settings.resize(700, 640)
    settings.reminders.preview_button.click()
    save(settings, out, "settings-reminders")
    settings.resize(640, 480)
    settings.show_page(settings.credentials)
    panel = settings.credentials
    panel.provider.setCurrentIndex(max(panel.provider.findData("cloudflare"), 0))
    save(settings, out, "settings-dns-credentials")
    settings.tabs.setCurrentIndex(settings.tabs.count() - 1)
    save(settings, out, "settings-data")
    settings.reject()

    from ui.dialogs.endpoints_dialog import EndpointsDialog

    endpoints = EndpointsDialog(ctx, ctx.services.certificates.get(endpoints_cert), window)
    endpoints.resize(820, 460)
    endpoints.show()
    endpoints.address.setText("shop.example.com:443")
    save(endpoints, out, "endpoints")
    endpoints.reject()

    export = ExportDialog(ctx, cert, window, fmt="pfx")
    export.path.setText("/home/admin/certs/www.example.com.pfx")
    export.show()
    save(export, out, "export-dialog")
    export.reject()

    from screenshots_inventory import render as render_inventory  # the inventory's dialogs

    render_inventory(ctx, empty, window, out, tmp, save, demo_chain, demo_ca)

    from screenshots_actions import render as render_actions  # row actions, timeline

    render_actions(ctx, window, out, save)

    from app.errors import AcmeError

    box = show_error(window, AcmeError(
        "The CA could not validate www.example.com: it got 404 from "
        "http://www.example.com/.well-known/acme-challenge/…",
        "Check that the name points to this computer and that port 80 reaches it, "
        "then resume the order.", detail="urn:ietf:params:acme:error:unauthorized"))
    assert box is not None
    save(box, out, "error-dialog")
    box.close()
    window.close()
    del translators
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
