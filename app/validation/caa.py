"""CAA (RFC 8659, with RFC 8657 accounturi/validationmethods): may this CA issue for a name?

Checked before any challenge is answered: failed validations count against the CA's rate
limits, and a CAA record that forbids the CA is a common cause. `decide` is the pure decision,
`find_relevant` climbs the DNS tree through recursive resolvers, `precheck` ties both to the
challenges of an order. Our own lookup problems only warn: the CA checks CAA itself anyway.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import dns.exception
import dns.name
import dns.rdatatype

from app.acme.presets import PRESETS
from app.challenge_options import ValidationOptions
from app.domain import ChallengeConfig
from app.errors import CertdeskError, ValidationFailed
from app.progress import ProgressEvent, ProgressSink, null_progress
from app.validation.base import ChallengeTask
from app.validation.dns.discovery import system_resolvers
from app.validation.dns.query import DEFAULT_TIMEOUT, QueryError, Server, ask, parse_server
from app.validation.resources import SolverResources

if TYPE_CHECKING:
    from app.acme.client import AcmeClient

log = logging.getLogger(__name__)

CRITICAL = 128
#: Property tags a CA is expected to understand; a critical unknown tag forbids issuance.
KNOWN_TAGS = frozenset({"issue", "issuewild", "iodef", "issuemail", "issuevmc",
                        "contactemail", "contactphone"})
_LABEL = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$")
_PARAM_TAG = re.compile(r"^[A-Za-z0-9](?:-*[A-Za-z0-9])*$")


@dataclass(frozen=True)
class CaaRecord:
    flags: int
    tag: str
    value: str

    @property
    def critical(self) -> bool:
        return bool(self.flags & CRITICAL)

    def text(self) -> str:
        return f'{self.flags} {self.tag} "{self.value}"'


@dataclass(frozen=True)
class IssuerValue:
    """A parsed issue/issuewild value: the CA's domain ("" = nobody) and its parameters."""

    domain: str
    parameters: tuple[tuple[str, str], ...] = ()

    def get_all(self, key: str) -> list[str]:
        return [v for k, v in self.parameters if k.lower() == key.lower()]


@dataclass(frozen=True)
class CaaDecision:
    name: str  # the identifier checked, e.g. *.example.com
    allowed: bool
    owner: str = ""  # where the relevant RRset was found ("" when there is none)
    records: tuple[CaaRecord, ...] = ()
    reason: str = ""  # what forbids the CA (empty when allowed)
    hint: str = ""  # the fix


class CaaLookupError(Exception):
    """No resolver gave a usable answer for a CAA question (not NXDOMAIN/NODATA)."""


def parse_issuer_value(value: str) -> IssuerValue | None:
    """RFC 8659 §4.2 `issuer-domain-name *(";" parameter)`; None when malformed (unusable)."""
    domain, _, rest = value.partition(";")
    domain = domain.strip()
    if domain and not all(_LABEL.match(label) for label in domain.rstrip(".").split(".")):
        return None
    params: list[tuple[str, str]] = []
    for part in rest.split(";") if rest.strip() else ():
        part = part.strip()
        if not part:
            continue
        key, eq, val = part.partition("=")
        key, val = key.strip(), val.strip()
        if not eq or not _PARAM_TAG.match(key) or any(c.isspace() or c == ";" for c in val):
            return None
        params.append((key, val))
    return IssuerValue(domain.rstrip(".").lower(), tuple(params))


def ca_phrase(ca_name: str, identities: Sequence[str]) -> str:
    ids = ", ".join(identities)
    return f"{ca_name} ({ids})" if ca_name else f"the CA ({ids})"


def decide(name: str, records: Sequence[CaaRecord], *, ca_identities: Sequence[str],
           owner: str = "", ca_name: str = "", account_uri: str | None = None,
           method: str | None = None) -> CaaDecision:
    """Whether a CA with `ca_identities` may issue for `name` given its relevant CAA RRset."""
    owner = owner.rstrip(".") or (name[2:] if name.startswith("*.") else name)
    wildcard = name.startswith("*.")
    records = tuple(records)
    if not records:
        return CaaDecision(name, True)
    who = ca_phrase(ca_name, ca_identities)
    first_id = ca_identities[0] if ca_identities else "ca.example"
    for_name = f" for {name}" if name != owner else ""

    critical = [r for r in records if r.critical and r.tag.lower() not in KNOWN_TAGS]
    if critical:
        shown = ", ".join(r.text() for r in critical)
        return CaaDecision(
            name, False, owner, records,
            f"{owner} has CAA {shown}, a critical property CAs do not know; {who} may not "
            f"issue{for_name}.",
            f"Remove that record at {owner}, or clear its critical flag ({CRITICAL}).")

    tag = "issue"
    if wildcard and any(r.tag.lower() == "issuewild" for r in records):
        tag = "issuewild"
    relevant = [r for r in records if r.tag.lower() == tag]
    if not relevant:
        return CaaDecision(name, True, owner, records)
    shown = ", ".join(r.text() for r in relevant)
    wanted = {i.lower().rstrip(".") for i in ca_identities}
    refusals: list[tuple[str, str]] = []  # (why, fix) for values naming this CA
    for record in relevant:
        parsed = parse_issuer_value(record.value)
        if parsed is None or parsed.domain not in wanted:
            continue
        why_not = _parameters_refuse(parsed, record, account_uri=account_uri, method=method,
                                     first_id=first_id, owner=owner)
        if why_not is None:
            return CaaDecision(name, True, owner, records)
        refusals.append(why_not)
    if refusals:
        why, fix = refusals[0]
        return CaaDecision(name, False, owner, records,
                           f"{owner} has CAA {shown}; {who} may not issue{for_name}: {why}.",
                           fix)
    return CaaDecision(
        name, False, owner, records,
        f"{owner} has CAA {shown}; {who} may not issue{for_name}.",
        f'Add the CAA record 0 {tag} "{first_id}" at {owner} (it can stand beside the '
        "existing ones), or use a CA those records allow.")


def _parameters_refuse(parsed: IssuerValue, record: CaaRecord, *, account_uri: str | None,
                       method: str | None, first_id: str, owner: str
                       ) -> tuple[str, str] | None:
    """Why this CA-naming value's parameters (RFC 8657) exclude the request, or None."""
    uris = parsed.get_all("accounturi")
    if len(uris) > 1:
        return ("the record names accounturi more than once, which makes it unusable",
                f"Keep one accounturi in the {record.tag} record at {owner}.")
    if uris and account_uri and uris[0] != account_uri:
        return (f"it allows only the account {uris[0]}, not this one ({account_uri})",
                f'Use that account, or add the CAA record 0 {record.tag} "{first_id}; '
                f'accounturi={account_uri}" at {owner}.')
    methods = parsed.get_all("validationmethods")
    if len(methods) > 1:
        return ("the record names validationmethods more than once, which makes it unusable",
                f"Keep one validationmethods in the {record.tag} record at {owner}.")
    if methods and method:
        allowed = [m.strip() for m in methods[0].split(",") if m.strip()]
        if method not in allowed:
            return (f"it allows only validation by {', '.join(allowed)}, not {method}",
                    f"Validate with {' or '.join(allowed)}, or add {method} to "
                    f"validationmethods in the {record.tag} record at {owner}.")
    return None


# -- looking records up ---------------------------------------------------------------------
def find_relevant(name: str, servers: Sequence[Server], *,
                  timeout: float = DEFAULT_TIMEOUT) -> tuple[str, tuple[CaaRecord, ...]]:
    """Climb from `name` (wildcard: its base) towards the root; the first non-empty CAA RRset.

    Returns (owner, records), or ("", ()) when no name up to the TLD has CAA records.
    Raises CaaLookupError when no server answers one of the questions usefully.
    """
    if not servers:
        raise CaaLookupError("no DNS resolver is configured")
    current = dns.name.from_text(name[2:] if name.startswith("*.") else name)
    while current != dns.name.root:
        records = _caa_at(current.to_text(), servers, timeout)
        if records:
            return current.to_text(omit_final_dot=True), records
        current = current.parent()
    return "", ()


def _caa_at(name: str, servers: Sequence[Server], timeout: float) -> tuple[CaaRecord, ...]:
    errors: list[str] = []
    for server in servers:
        try:
            response = ask(name, dns.rdatatype.CAA, server, recursion=True, timeout=timeout)
        except QueryError as exc:
            errors.append(f"{server}: {exc}")
            continue
        found: list[CaaRecord] = []
        for rrset in response.answer:  # the CAA RRset, at the end of any CNAME chain
            if rrset.rdtype == dns.rdatatype.CAA:
                found += [CaaRecord(int(r.flags), r.tag.decode("ascii", "replace"),
                                    r.value.decode("utf-8", "replace")) for r in rrset]
        return tuple(found)
    raise CaaLookupError(f"CAA lookup for {name} failed: " + "; ".join(errors))


def resolvers_for(options: ValidationOptions, resources: SolverResources
                  ) -> tuple[list[Server], float]:
    """The explicit resolvers of the validation options, else the injectable bootstrap."""
    discovery = resources.discovery
    timeout = discovery.timeout if discovery is not None else DEFAULT_TIMEOUT
    if options.resolvers:
        return [parse_server(r) for r in options.resolvers], timeout
    if discovery is not None:
        return list(discovery.bootstrap), timeout
    return system_resolvers(), timeout


# -- the order's pre-check -------------------------------------------------------------------
def ca_label(directory_url: str) -> str:
    for preset in PRESETS:
        if preset.directory.rstrip("/") == directory_url.rstrip("/"):
            return preset.name
    return urlsplit(directory_url).netloc


def precheck(tasks: Sequence[tuple[ChallengeTask, ChallengeConfig]], client: AcmeClient,
             resources: SolverResources, progress: ProgressSink = null_progress) -> None:
    """Raise ValidationFailed when CAA forbids the CA for a name whose challenge is to be
    answered. Skipped (and said so) when the CA publishes no CAA identities."""
    todo = [(t, c) for t, c in tasks if t.identifier_type == "dns"
            and (t.extra.get("status") or "pending") == "pending"]
    if not todo:
        return
    directory_ids: list[str] | None = None
    ca_name = ca_label(client.directory_url)
    warnings: list[str] = []
    cache: dict[tuple[str, tuple[Server, ...]],
                tuple[str, tuple[CaaRecord, ...]] | Exception] = {}
    checked = 0
    unchecked: list[str] = []
    for task, config in todo:
        identities = _override(config)
        if identities is None:
            if directory_ids is None:
                directory_ids = _directory_identities(client)
            identities = directory_ids
        if not identities:
            unchecked.append(task.identifier)
            continue
        if not checked:
            progress(ProgressEvent("caa", "Checking CAA records"))
        checked += 1
        servers, timeout = resolvers_for(config.options, resources)
        key = (task.base_domain, tuple(servers))
        if key not in cache:  # failures too: a dead resolver is waited for once
            try:
                cache[key] = find_relevant(task.base_domain, servers, timeout=timeout)
            except (CaaLookupError, ValueError, dns.exception.DNSException) as exc:
                cache[key] = exc
        found = cache[key]
        if isinstance(found, Exception):
            warnings.append(f"{task.identifier}: {found}")
            log.warning("CAA for %s not checked (the CA will check it): %s",
                        task.identifier, found)
            continue
        owner, records = found
        decision = decide(task.identifier, records, ca_identities=identities, owner=owner,
                          ca_name=ca_name, account_uri=task.extra.get("account_uri") or None,
                          method=config.method)
        if not decision.allowed:
            raise ValidationFailed(decision.reason, decision.hint,
                                   detail="; ".join(r.text() for r in decision.records))
    if unchecked:
        message = ("CAA not checked for " + ", ".join(unchecked) + ": the CA's directory "
                   "names no CAA identities (caaIdentities)")
        log.info("%s", message)
        progress(ProgressEvent("caa", message, "done"))
    if not checked:
        return
    if warnings:
        progress(ProgressEvent("caa", "CAA could not be checked for every name; the CA will "
                               "check it", "done", "; ".join(warnings)))
    else:
        progress(ProgressEvent("caa", f"CAA allows {ca_name or 'the CA'} to issue", "done"))


def _override(config: ChallengeConfig) -> list[str] | None:
    """The CA's CAA identities given in the validation options (they override the directory's
    `caaIdentities`), or None."""
    return list(config.options.caa_identities) or None


def _directory_identities(client: AcmeClient) -> list[str]:
    try:
        return list(client.info().caa_identities)
    except CertdeskError as exc:
        log.warning("CAA not checked: the CA's directory could not be read: %s", exc)
        return []
