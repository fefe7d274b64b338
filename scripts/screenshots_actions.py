"""Screens of the row actions and the renewal timeline for scripts/screenshots.py: the
Accounts tab with its buttons, contacts, an existing account from its key, renewal settings,
re-issue, the timeline in the details pane, keyboard shortcuts.

Called from screenshots.main() with the demo context (filled store); contacts nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

Save = Callable[[QWidget, Path, str], None]


def render(ctx: Any, window: Any, out: Path, save: Save) -> None:
    from app.challenge_options import Http01Listener
    from app.domain import ChallengeConfig, ValidationPlan
    from ui.dialogs.certificate_settings_dialog import CertificateSettingsDialog
    from ui.dialogs.contacts_dialog import ContactsDialog
    from ui.dialogs.recover_account_dialog import RecoverAccountDialog
    from ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from ui.wizard.new_certificate import NewCertificateWizard

    services = ctx.services
    # A certificate certdesk renews itself, with the CA's renewal window: the timeline.
    cert = next(c for c in services.certificates.list() if c.current is not None
                and "www.example.com" in c.identifiers)
    now = services.clock.now()
    assert cert.current is not None
    lifetime = cert.current.not_after - cert.current.not_before
    start = cert.current.not_before + lifetime * 0.64
    services.store.certificates.update(
        cert.id, account_id="acct0", source="acme",
        validation=ValidationPlan(ChallengeConfig(Http01Listener(port=8080))),
        ari_window_start=start, ari_window_end=start + dt.timedelta(days=2),
        renew_at=start + dt.timedelta(hours=30), ari_checked_at=now)
    window.refresh()
    window.tabs.setCurrentIndex(0)
    window.show_certificate(cert.id)
    save(window, out, "main-timeline")

    window.tabs.setCurrentWidget(window.accounts_view)
    window.accounts_view.table.selectRow(0)
    save(window, out, "main-accounts-actions")
    account = services.accounts.list()[0]
    contacts = ContactsDialog(ctx, account, window)
    contacts.show()
    save(contacts, out, "contacts-dialog")
    contacts.reject()
    recover = RecoverAccountDialog(ctx, window)
    recover.show()
    save(recover, out, "existing-account-dialog")
    recover.reject()

    window.tabs.setCurrentIndex(0)
    cert = services.certificates.get(cert.id)
    settings = CertificateSettingsDialog(ctx, cert, window)
    settings.show()
    save(settings, out, "renewal-settings-dialog")
    settings.reject()
    wizard = NewCertificateWizard(ctx, services.accounts.list(), window,
                                  certificates=services.certificates.list(), reissue_of=cert)
    wizard.show()
    save(wizard, out, "reissue-wizard")
    wizard.reject()
    shortcuts = ShortcutsDialog(window.actions(), window)
    shortcuts.show()
    save(shortcuts, out, "keyboard-shortcuts")
    shortcuts.reject()
