"""Everything the core can do with an account, on the Accounts tab: contacts, key rollover,
register again, deactivate, remove locally, add an existing account from its key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.domain import Account
from ui.actions.make import make_action
from ui.context import AppContext
from ui.errors import show_error
from ui.tasks import Lane, TaskControl
from ui.views.confirm import confirm
from ui.views.markup import escape
from ui.views.table_view import FilteredTable


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccountActions", text)


class AccountActions(QObject):
    changed = Signal()  # an account was changed, added or removed
    status = Signal(str)  # a line for the status bar

    def __init__(self, ctx: AppContext, view: FilteredTable, window: QWidget,
                 add_action: QAction) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.view = view
        self.window = window

        def make(text: str, icon_name: str, tip: str, slot: Callable[[], object]) -> QAction:
            return make_action(self, text, icon_name, tip, slot)

        self.contacts_action = make(_tr("Edit &contacts…"), "account",
                                    _tr("Change the e-mail addresses the CA writes to"),
                                    self._on_contacts_triggered)
        self.rollover_action = make(_tr("Replace &key…"), "renew",
                                    _tr("Give the account a new key at the CA (key rollover)"),
                                    self._on_rollover_triggered)
        self.reregister_action = make(_tr("Register a&gain…"), "account",
                                      _tr("Register this key again, e.g. after the CA forgot "
                                          "the account"), self._on_reregister_triggered)
        self.deactivate_action = make(_tr("&Deactivate at the CA…"), "revoke",
                                      _tr("Close the account at the CA for good"),
                                      self._on_deactivate_triggered)
        self.remove_action = make(_tr("&Remove from certdesk…"), "quit",
                                  _tr("Forget the account here; the CA keeps it"),
                                  self._on_remove_triggered)
        self.recover_action = make(_tr("Add e&xisting account…"), "import",
                                   _tr("Use an account you already have, from its key file"),
                                   self._on_recover_triggered)
        self.per_account = (self.contacts_action, self.rollover_action, self.reregister_action,
                            self.deactivate_action, self.remove_action)
        view.set_actions([self.contacts_action, self.rollover_action, self.reregister_action,
                          None, self.deactivate_action, self.remove_action, None, add_action,
                          self.recover_action], delete=self.remove_action,
                         buttons=[add_action, self.recover_action, self.contacts_action,
                                  self.rollover_action, self.remove_action])
        view.row_selected.connect(self._on_view_row_selected)
        view.row_activated.connect(lambda _row: self.contacts_action.trigger())
        self._on_view_row_selected(None)

    def selected(self) -> Account | None:
        row = self.view.selected()
        return row if isinstance(row, Account) else None

    def _on_view_row_selected(self, _row: object) -> None:
        account = self.selected()
        active = account is not None and account.status != "deactivated"
        for action in (self.contacts_action, self.rollover_action, self.deactivate_action):
            action.setEnabled(active)
        self.reregister_action.setEnabled(account is not None)
        self.remove_action.setEnabled(account is not None)

    # -- running a core call ----------------------------------------------------------------
    def _run(self, name: str, fn: Callable[[TaskControl], object], done: str) -> None:
        self.status.emit(_tr("Working…"))
        self.ctx.tasks.run(fn, on_success=lambda _r: self._on_done(done),
                           on_failure=self._on_failed, lane=Lane.NETWORK, owner=self,
                           name=name)

    def _on_done(self, message: str) -> None:
        self.status.emit(message)
        self.changed.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.status.emit("")
        show_error(self.window, exc)
        self.changed.emit()

    # -- the actions ------------------------------------------------------------------------
    def _on_contacts_triggered(self) -> None:
        account = self.selected()
        if account is None:
            return
        from ui.dialogs.contacts_dialog import ContactsDialog

        dialog = ContactsDialog(self.ctx, account, self.window)
        dialog.contacts_changed.connect(lambda _a: self._on_done(_tr("Contacts saved.")))
        dialog.open()

    def _on_rollover_triggered(self) -> None:
        account = self.selected()
        if account is None:
            return
        accounts, account_id = self.ctx.services.accounts, account.id
        confirm(self.window, _tr("Replace the account key"),
                _tr("Give {name} a new key?").format(name=escape(account.name)),
                _tr("certdesk makes a new key and asks the CA to switch to it (RFC 8555 key "
                    "rollover). The old key stops working; certificates stay valid. Do this "
                    "when the old key may have been seen by someone else."),
                _tr("&Replace key"),
                lambda: self._run("rollover", lambda _c: accounts.rollover(account_id),
                                  _tr("The account key was replaced.")), destructive=False)

    def _on_reregister_triggered(self) -> None:
        account = self.selected()
        if account is None:
            return
        accounts, account_id = self.ctx.services.accounts, account.id
        terms = (_tr("Registering again means you agree to the CA's terms of service: "
                     "{url}").format(url=account.tos_url) if account.tos_url else
                 _tr("Registering again means you agree to the CA's terms of service."))
        confirm(self.window, _tr("Register the account again"),
                _tr("Register {name} again with its key?").format(
                    name=escape(account.name)),
                _tr("Use this when the CA says it does not know the account (for example "
                    "after a test CA was reset). If the CA still knows the key, certdesk only "
                    "updates the account's address.") + "\n\n" + terms,
                _tr("&Agree and register"),
                lambda: self._run("reregister",
                                  lambda _c: accounts.reregister(account_id, agree_tos=True),
                                  _tr("The account is registered again.")), destructive=False)

    def _on_deactivate_triggered(self) -> None:
        account = self.selected()
        if account is None:
            return
        accounts, account_id = self.ctx.services.accounts, account.id
        confirm(self.window, _tr("Deactivate the account"),
                _tr("Deactivate {name} at the CA?").format(name=escape(account.name)),
                _tr("This cannot be undone. The CA refuses every further request from this "
                    "account: no new certificates, no renewals, no revocations with it. "
                    "Certificates already issued stay valid until they expire."),
                _tr("&Deactivate"),
                lambda: self._run("deactivate", lambda _c: accounts.deactivate(account_id),
                                  _tr("The account was deactivated.")))

    def _on_remove_triggered(self) -> None:
        account = self.selected()
        if account is None:
            return
        accounts, account_id = self.ctx.services.accounts, account.id
        confirm(self.window, _tr("Remove the account"),
                _tr("Remove {name} from certdesk?").format(name=escape(account.name)),
                _tr("certdesk forgets the account and deletes its key here. The account stays "
                    "at the CA (deactivate it first to close it there). Certificates issued "
                    "with it can then no longer be renewed or revoked here: re-issue them "
                    "with another account."),
                _tr("&Remove"),
                lambda: self._run("remove account", lambda _c: accounts.remove(account_id),
                                  _tr("The account was removed.")))

    def _on_recover_triggered(self) -> None:
        from ui.dialogs.recover_account_dialog import RecoverAccountDialog

        dialog = RecoverAccountDialog(self.ctx, self.window)
        dialog.account_recovered.connect(
            lambda _a: self._on_done(_tr("The existing account was added.")))
        dialog.open()
