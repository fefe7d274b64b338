"""Accounts at ACME CAs: register, recover, update, key rollover, deactivate, remove.

Account keys are encrypted in the store under the keyring master key (app.storage.secrets).
"""

from __future__ import annotations

import builtins
import logging
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.acme.connections import CaConnections
from app.acme.presets import PRESETS, CaPreset, resolve_directory
from app.cancel import NEVER_CANCELLED, CancelToken
from app.clock import Clock, SystemClock
from app.crypto.keys import (
    DEFAULT_KEY_TYPE,
    KeyType,
    PrivateKey,
    generate_key,
    key_from_pem,
    key_to_pem,
    key_type_of,
)
from app.domain import Account
from app.errors import AcmeError, InvalidInput
from app.storage.store import Store

if TYPE_CHECKING:  # the acme library is imported when a CA is first contacted
    from app.acme.client import AcmeClient, DirectoryInfo

log = logging.getLogger(__name__)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class AccountRequest:
    directory: str  # a preset key (letsencrypt, zerossl, ...) or a directory URL
    emails: builtins.list[str] = field(default_factory=list)
    agree_tos: bool = False
    key_type: KeyType = DEFAULT_KEY_TYPE
    eab_kid: str | None = None
    eab_hmac_key: str | None = field(default=None, repr=False)
    ca_bundle: str | None = None
    name: str | None = None


def validate_emails(emails: builtins.list[str]) -> builtins.list[str]:
    cleaned = [e.strip().removeprefix("mailto:") for e in emails if e.strip()]
    for email in cleaned:
        if not _EMAIL.match(email):
            raise InvalidInput(f"'{email}' is not an e-mail address.",
                               "Enter an address like admin@example.com.")
    return cleaned


class AccountService:
    def __init__(self, store: Store, *, clock: Clock | None = None,
                 ca_bundle: str | None = None) -> None:
        self._store = store
        self._clock = clock or SystemClock()
        self._default_ca_bundle = ca_bundle
        # Keep-alive connections, directories and nonces shared by the clients of client_for.
        self._connections = CaConnections()

    # -- discovery ---------------------------------------------------------------------------
    @staticmethod
    def presets() -> tuple[CaPreset, ...]:
        return PRESETS

    def directory_info(self, directory: str, ca_bundle: str | None = None) -> DirectoryInfo:
        """Fetch a CA's directory: terms of service, EAB requirement, profiles (network)."""
        url, _ = resolve_directory(directory)
        bundle = self._bundle(ca_bundle)
        return _acme_client(url, generate_key(KeyType.EC256), ca_bundle=bundle).info()

    # -- queries ----------------------------------------------------------------------------
    def list(self) -> builtins.list[Account]:
        return self._store.accounts.all()

    def get(self, account_id: str) -> Account:
        return self._store.accounts.get(account_id)

    # -- lifecycle --------------------------------------------------------------------------
    def register(self, request: AccountRequest) -> Account:
        url, preset = resolve_directory(request.directory)
        emails = validate_emails(request.emails)
        bundle = self._bundle(request.ca_bundle)
        self._store.secrets.check_available()  # fail before talking to the CA
        key = generate_key(request.key_type)
        client = _acme_client(url, key, ca_bundle=bundle)
        info = client.info()
        response = client.register(emails, agree_tos=request.agree_tos,
                                   eab_kid=request.eab_kid, eab_hmac_key=request.eab_hmac_key)
        account_id = uuid.uuid4().hex[:12]
        key_secret = self._store.secrets.put("account-key", key_to_pem(key),
                                             secret_id=f"account-key-{account_id}")
        if request.eab_hmac_key:
            self._store.secrets.put("eab-hmac", request.eab_hmac_key.encode(),
                                    secret_id=f"eab-hmac-{account_id}")
        now = self._clock.now()
        account = Account(
            id=account_id,
            name=request.name or _default_name(preset, url, emails),
            directory_url=url, preset=preset.key if preset else None, uri=response.location,
            status=str(response.body.get("status") or "valid"), contacts=tuple(emails),
            key_type=request.key_type.value, key_secret_id=key_secret,
            eab_kid=request.eab_kid, tos_url=info.terms_of_service, ca_bundle=bundle,
            created_at=now, updated_at=now)
        self._store.accounts.add(account)
        self._store.events.add("account-registered",
                               f"Registered account {account.name} at {url}",
                               account_id=account_id)
        return account

    def recover(self, directory: str, key_pem: bytes, *, ca_bundle: str | None = None,
                name: str | None = None) -> Account:
        """Add an account that exists at the CA, from its key (onlyReturnExisting)."""
        url, preset = resolve_directory(directory)
        key = key_from_pem(key_pem)
        bundle = self._bundle(ca_bundle)
        self._store.secrets.check_available()
        client = _acme_client(url, key, ca_bundle=bundle)
        response = client.find_existing()
        if not response.location:
            raise AcmeError("The CA has no account for this key.",
                            "Register a new account instead.")
        account_id = uuid.uuid4().hex[:12]
        key_secret = self._store.secrets.put("account-key", key_to_pem(key),
                                             secret_id=f"account-key-{account_id}")
        emails = [c.removeprefix("mailto:") for c in response.body.get("contact", [])]
        now = self._clock.now()
        account = Account(
            id=account_id, name=name or _default_name(preset, url, emails), directory_url=url,
            preset=preset.key if preset else None, uri=response.location,
            status=str(response.body.get("status") or "valid"), contacts=tuple(emails),
            key_type=key_type_of(key).value, key_secret_id=key_secret, eab_kid=None,
            tos_url=client.info().terms_of_service, ca_bundle=bundle, created_at=now,
            updated_at=now)
        self._store.accounts.add(account)
        self._store.events.add("account-recovered", f"Recovered account {account.uri}",
                               account_id=account_id)
        return account

    def reregister(self, account_id: str, *, agree_tos: bool) -> Account:
        """Register the same key again, e.g. after the CA lost the account."""
        account = self.get(account_id)
        key = self.account_key(account)
        client = _acme_client(account.directory_url, key, ca_bundle=account.ca_bundle)
        existing = None
        try:
            existing = client.find_existing()
        except AcmeError as exc:
            if exc.problem_type != "accountDoesNotExist":
                raise
        if existing is not None and existing.location:
            return self._store.accounts.update(account_id, uri=existing.location,
                                               status=str(existing.body.get("status", "valid")))
        eab_key = None
        if account.eab_kid and self._store.secrets.exists(f"eab-hmac-{account_id}"):
            eab_key = self._store.secrets.get(f"eab-hmac-{account_id}").decode()
        response = client.register(list(account.contacts), agree_tos=agree_tos,
                                   eab_kid=account.eab_kid if eab_key else None,
                                   eab_hmac_key=eab_key)
        updated = self._store.accounts.update(account_id, uri=response.location,
                                              status=str(response.body.get("status", "valid")))
        self._store.events.add("account-reregistered",
                               f"Registered account {account.name} again", account_id=account_id)
        return updated

    def refresh(self, account_id: str) -> Account:
        """Ask the CA for the account's current status and contacts."""
        account = self.get(account_id)
        client = self.client_for(account)
        response = client.account(self._uri(account))
        emails = [c.removeprefix("mailto:") for c in response.body.get("contact", [])]
        return self._store.accounts.update(account_id, status=str(response.body.get("status")),
                                           contacts=emails)

    def update_contacts(self, account_id: str, emails: builtins.list[str]) -> Account:
        account = self.get(account_id)
        cleaned = validate_emails(emails)
        client = self.client_for(account)
        response = client.update_account(self._uri(account),
                                         {"contact": [f"mailto:{e}" for e in cleaned]})
        got = [c.removeprefix("mailto:") for c in response.body.get("contact", cleaned)]
        updated = self._store.accounts.update(account_id, contacts=got)
        self._store.events.add("account-updated", "Contacts set to " + ", ".join(got),
                               account_id=account_id)
        return updated

    def rollover(self, account_id: str, key_type: KeyType | None = None) -> Account:
        """RFC 8555 §7.3.5 key change; the new key replaces the old one only on success."""
        account = self.get(account_id)
        new_type = key_type or KeyType(account.key_type)
        new_key = generate_key(new_type)
        client = self.client_for(account)
        client.key_change(self._uri(account), new_key)
        old_secret = account.key_secret_id
        new_secret = self._store.secrets.put("account-key", key_to_pem(new_key),
                                             secret_id=f"account-key-{account_id}-"
                                                       f"{uuid.uuid4().hex[:8]}")
        updated = self._store.accounts.update(account_id, key_secret_id=new_secret,
                                              key_type=new_type.value)
        self._store.secrets.delete(old_secret)
        self._store.events.add("account-rollover", f"Account key replaced ({new_type.label})",
                               account_id=account_id)
        return updated

    def deactivate(self, account_id: str) -> Account:
        account = self.get(account_id)
        client = self.client_for(account)
        response = client.update_account(self._uri(account), {"status": "deactivated"})
        updated = self._store.accounts.update(
            account_id, status=str(response.body.get("status") or "deactivated"))
        self._store.events.add("account-deactivated", "Account deactivated at the CA",
                               account_id=account_id, level="warning")
        return updated

    def remove(self, account_id: str) -> None:
        """Forget the account locally (the CA keeps it; deactivate first to close it)."""
        account = self.get(account_id)
        self._store.accounts.remove(account.id)
        self._store.secrets.delete(account.key_secret_id)
        self._store.secrets.delete(f"eab-hmac-{account.id}")
        self._store.events.add("account-removed", f"Removed account {account.name} locally")

    # -- for other services -------------------------------------------------------------------
    def account_key(self, account: Account) -> PrivateKey:
        return key_from_pem(self._store.secrets.get(account.key_secret_id))

    def client_for(self, account: Account, *, cancel: CancelToken = NEVER_CANCELLED
                   ) -> AcmeClient:
        if account.status == "deactivated":
            raise InvalidInput(f"The account {account.name} is deactivated.",
                               "Register a new account for this CA.")
        return _acme_client(account.directory_url, self.account_key(account),
                          account_uri=self._uri(account),
                          ca_bundle=account.ca_bundle or self._default_ca_bundle, cancel=cancel,
                          connections=self._connections)

    @staticmethod
    def _uri(account: Account) -> str:
        if not account.uri:
            raise InvalidInput(f"The account {account.name} has no URL at the CA.",
                               "Register it again.")
        return account.uri

    def _bundle(self, ca_bundle: str | None) -> str | None:
        bundle = ca_bundle or self._default_ca_bundle
        if bundle and not Path(bundle).is_file():
            raise InvalidInput(f"The CA bundle {bundle} does not exist.",
                               "Give the path of a PEM file with the CA's root certificate.")
        return str(Path(bundle).resolve()) if bundle else None


def _default_name(preset: CaPreset | None, url: str, emails: builtins.list[str]) -> str:
    from urllib.parse import urlsplit

    ca = preset.name if preset else urlsplit(url).netloc
    return f"{ca} — {emails[0]}" if emails else ca


def _acme_client(url: str, key: PrivateKey, *, account_uri: str | None = None,
                 ca_bundle: str | None = None, cancel: CancelToken = NEVER_CANCELLED,
                 connections: CaConnections | None = None) -> AcmeClient:
    """An ACME client; the acme library (and requests) load here, not with the service."""
    from app.acme.client import AcmeClient

    return AcmeClient(url, key, account_uri=account_uri, ca_bundle=ca_bundle, cancel=cancel,
                      connections=connections)
