"""DNS details front ends show or read: the DNS-PERSIST-01 record a user creates once, and
nameserver addresses given as HOST[:PORT]."""

from __future__ import annotations

from app.validation.dns.servers import parse_server
from app.validation.persist_records import (
    STOPS_WORKING,
    persist_record_name,
    persist_record_value,
)

__all__ = ["STOPS_WORKING", "parse_server", "persist_record_name", "persist_record_value"]
