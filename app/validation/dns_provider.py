"""dns-01 through a DNS API provider (RFC 2136, PowerDNS, acme-dns, every dns-lexicon provider).

Records go where the CA will look: CNAMEs on `_acme-challenge.NAME` are followed and the record
is created in the target's zone. Every record is recorded as a leftover before it is created
(the leftover names the stored credentials, never their values), so a crash is cleaned up on
the next start.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from app.challenge_options import Dns01Provider
from app.errors import ValidationFailed
from app.progress import ProgressEvent
from app.validation.base import ChallengeTask, Solver, SolverContext
from app.validation.credentials import PROVIDER_KEY
from app.validation.dns.discovery import DiscoveryError
from app.validation.dns_common import dns01_expectations, make_checker, not_dns, wait_ready
from app.validation.providers.base import DEFAULT_TTL, DnsProvider, TxtRecord
from app.validation.providers.catalog import build_provider
from app.validation.providers.lexicon_adapter import guess_zone

log = logging.getLogger(__name__)


def provider_from(name: str, provider: str | None, ctx: SolverContext) -> DnsProvider:
    """The provider of the stored credentials `name` (which must be for `provider`, if given)."""
    if not name:
        raise ValidationFailed("No DNS credentials were chosen for the DNS provider.",
                               "Pass --dns-credentials NAME (see `certdesk-cli dns credentials "
                               "list`).")
    if ctx.credentials is None:
        raise ValidationFailed("DNS credentials cannot be read here.",
                               "This is a bug: the order has no credential store.")
    values = dict(ctx.credentials.credentials(name))
    stored = values.pop(PROVIDER_KEY, "")
    wanted = provider or stored
    if stored and wanted != stored:
        raise ValidationFailed(f"The credentials '{name}' are for {stored}, not {wanted}.",
                               "Choose credentials made for this provider.")
    return build_provider(wanted, values)


class ProviderDnsSolver(Solver):
    challenge_type = "dns-01"
    leftover_kind = "dns-provider"

    def __init__(self, options: Dns01Provider, ctx: SolverContext) -> None:
        super().__init__(ctx)
        self.options = options
        self.provider = provider_from(options.credentials, options.provider, ctx)
        self.ttl = options.ttl or DEFAULT_TTL
        self.checker = make_checker(options, ctx)
        self._created: list[tuple[TxtRecord, str]] = []

    def _record(self, name: str, value: str) -> TxtRecord:
        zone = self.provider.fixed_zone or self.options.zone
        record = name
        try:
            location = self.checker.locate(name)
            record = location.record
            zone = zone or location.zone
        except DiscoveryError as exc:
            log.info("DNS discovery for %s failed (%s); guessing the zone", name, exc)
        if not zone:
            zone = guess_zone(record)
            self.ctx.progress(ProgressEvent("dns-present", f"Assuming the zone {zone}",
                                            "running", "DNS discovery failed"))
        return TxtRecord(str(zone).rstrip(".") + ".", record, value, self.ttl)

    def present(self, tasks: Sequence[ChallengeTask]) -> None:
        seen: set[tuple[str, str]] = set()
        for task in tasks:
            if task.identifier_type != "dns":
                raise not_dns(task, "dns-01")
            key = (task.dns_record_name, task.dns_value)
            if key in seen:
                continue
            seen.add(key)
            record = self._record(*key)
            leftover = self.ctx.leftovers.record(task.order_id, self.leftover_kind, {
                "provider": self.provider.info.name,
                "credentials": self.options.credentials,
                "zone": record.zone, "fqdn": record.fqdn, "value": record.value,
                "ttl": record.ttl})
            self._created.append((record, leftover))
            self.ctx.progress(ProgressEvent(
                "dns-present", f"Creating {record.fqdn} at {self.provider.info.title}"))
            self.provider.create_txt(record)

    def wait_until_ready(self, tasks: Sequence[ChallengeTask]) -> None:
        wait_ready(dns01_expectations(tasks), self.options, self.ctx, self.checker,
                   tasks[0].order_id if tasks else "")

    def cleanup(self, tasks: Sequence[ChallengeTask]) -> None:
        for record, leftover in self._created:
            try:
                self.provider.delete_txt(record)
            except ValidationFailed as exc:
                log.warning("cleanup of %s failed, kept for the next start: %s", record.fqdn, exc)
                self.ctx.progress(ProgressEvent("dns-cleanup", f"Could not delete {record.fqdn}",
                                                "failed", exc.message))
                continue
            self.ctx.leftovers.clear(leftover)
        self._created.clear()

    @classmethod
    def cleanup_leftover(cls, data: dict[str, Any], ctx: SolverContext) -> None:
        provider = provider_from(str(data.get("credentials") or ""),
                                 str(data.get("provider") or "") or None, ctx)
        provider.delete_txt(TxtRecord(str(data["zone"]), str(data["fqdn"]), str(data["value"]),
                                      int(data.get("ttl") or DEFAULT_TTL)))
