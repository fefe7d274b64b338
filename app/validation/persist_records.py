"""The dns-persist-01 record a user publishes once (its name, its value, what ends it),
without the DNS machinery: front ends show it before anything is asked."""

from __future__ import annotations

import datetime as dt

PREFIX = "_validation-persist"

STOPS_WORKING = (
    "The record keeps working for every renewal with this account, also after an account key "
    "rollover. It stops working for a new account or another CA (create a new record then), "
    "and after its persistUntil time if one is set. Remove the record to revoke the permission.")


def persist_record_name(identifier: str) -> str:
    base = identifier[2:] if identifier.startswith("*.") else identifier
    return f"{PREFIX}.{base.rstrip('.')}."


def persist_record_value(issuer_domain: str, account_uri: str, *, wildcard: bool = False,
                         persist_until: dt.datetime | None = None) -> str:
    """The TXT value to publish for `account_uri` at the CA named by `issuer_domain`."""
    parts = [issuer_domain.strip().rstrip(".").lower(), f"accounturi={account_uri}"]
    if wildcard:
        parts.append("policy=wildcard")
    if persist_until is not None:
        parts.append(f"persistUntil={int(persist_until.timestamp())}")
    return "; ".join(parts)
