"""The validation methods the wizard offers, with the fields each one needs.

Each method maps to one validation options type (app.challenge_options): `to_challenge` is the
one place the wizard's form values become options, `method_of` says which method stored options
are. Front ends generate their forms from `fields`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.challenge_options import (
    Dns01Exec,
    Dns01Manual,
    Dns01Provider,
    DnsPersist01,
    Http01Listener,
    Http01Manual,
    Http01Webroot,
    TlsAlpn01Listener,
    ValidationOptions,
)
from app.domain import ChallengeConfig
from app.errors import InvalidInput
from app.names import Identifier


class MethodKey(enum.StrEnum):
    DNS_MANUAL = "dns-manual"
    DNS_PROVIDER = "dns-provider"
    DNS_EXEC = "dns-exec"
    HTTP_LISTENER = "http-listener"
    HTTP_WEBROOT = "http-webroot"
    HTTP_MANUAL = "http-manual"
    TLS_ALPN = "tls-alpn"


@dataclass(frozen=True)
class FieldSpec:
    """One input of a generated form."""

    key: str
    label: str
    kind: str = "text"  # text | int | path | secret | list
    required: bool = True
    default: Any = None
    placeholder: str = ""
    help: str = ""


@dataclass(frozen=True)
class MethodInfo:
    key: MethodKey
    label: str
    description: str
    challenge: str  # dns-01 | http-01 | tls-alpn-01
    mode: str
    manual: bool = False  # the user does something by hand (records page)
    fields: tuple[FieldSpec, ...] = ()

    def describe(self, values: Mapping[str, Any]) -> str:
        """The description with the form's values filled in (e.g. the listener's port)."""
        defaults = {f.key: f.default for f in self.fields}
        return self.description.format_map(_Values({**defaults, **values}))

    def accepts(self, identifier: Identifier) -> bool:
        if identifier.is_wildcard:
            return self.challenge == "dns-01"
        if identifier.type == "ip":
            return self.challenge in ("http-01", "tls-alpn-01")
        return True


class _Values(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


_RESOLVERS = FieldSpec("resolvers", "Check at these DNS servers", "list", required=False,
                       placeholder="e.g. 192.0.2.53:53 (blank: the zone's nameservers)",
                       help="Where certdesk checks that the record is visible before asking "
                            "the CA. Leave blank to ask the authoritative nameservers.")

METHODS: tuple[MethodInfo, ...] = (
    MethodInfo(MethodKey.DNS_MANUAL, "DNS record, created by hand",
               "certdesk shows the TXT records to create at your DNS host and waits until "
               "they are visible. Works for wildcards.", "dns-01", "manual", manual=True,
               fields=(_RESOLVERS,)),
    MethodInfo(MethodKey.DNS_PROVIDER, "DNS provider API",
               "certdesk creates and removes the TXT records through your DNS provider's API. "
               "Works for wildcards and renews unattended.", "dns-01", "provider",
               fields=(FieldSpec("credentials", "Credentials", "credentials"), _RESOLVERS)),
    MethodInfo(MethodKey.DNS_EXEC, "DNS hook command",
               "certdesk runs your command with 'present' or 'cleanup', the record name and "
               "value.", "dns-01", "exec",
               fields=(FieldSpec("command", "Command", "text",
                                 placeholder="/usr/local/bin/dns-hook"), _RESOLVERS)),
    MethodInfo(MethodKey.HTTP_LISTENER, "Built-in web server (HTTP)",
               "certdesk answers the CA on port {port} of this computer. The name must point "
               "here and port {port} must be free (the CA always connects to port 80: "
               "forward it here if you choose another port).", "http-01", "listener",
               fields=(FieldSpec("address", "Listen address", required=False,
                                 placeholder="all addresses (IPv6 and IPv4)"),
                       FieldSpec("port", "Port", "int", required=False, default=80))),
    MethodInfo(MethodKey.HTTP_WEBROOT, "Existing web server (webroot)",
               "certdesk writes the answer into your web server's document root.",
               "http-01", "webroot",
               fields=(FieldSpec("webroot", "Document root", "path",
                                 placeholder="/var/www/html"),)),
    MethodInfo(MethodKey.HTTP_MANUAL, "Web file, uploaded by hand",
               "certdesk shows a small file to place on your web server and waits until it "
               "is reachable.", "http-01", "manual", manual=True),
    MethodInfo(MethodKey.TLS_ALPN, "Built-in TLS server (TLS-ALPN)",
               "certdesk answers the CA on port {port} of this computer with a special "
               "certificate (the CA always connects to port 443: forward it here if you "
               "choose another port).", "tls-alpn-01", "responder",
               fields=(FieldSpec("address", "Listen address", required=False,
                                 default="0.0.0.0"),
                       FieldSpec("port", "Port", "int", required=False, default=443))),
)
_BY_KEY = {m.key: m for m in METHODS}


def method(key: MethodKey | str) -> MethodInfo:
    return _BY_KEY[MethodKey(key)]


def methods_for(identifier: Identifier) -> tuple[MethodInfo, ...]:
    return tuple(m for m in METHODS if m.accepts(identifier))


def missing_fields(info: MethodInfo, values: Mapping[str, Any]) -> list[FieldSpec]:
    return [f for f in info.fields if f.required and not _filled(values.get(f.key))]


def _filled(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str | list | tuple | dict):
        return bool(value)
    return True


def to_challenge(info: MethodInfo, values: Mapping[str, Any]) -> ChallengeConfig:
    """The ChallengeConfig for a method and its form values (blank optional fields left out,
    so they take the method's default). Raises InvalidInput for values the method refuses."""
    form = _Form(info, values)
    options: ValidationOptions
    match info.key:
        case MethodKey.DNS_MANUAL:
            options = Dns01Manual(resolvers=form.items("resolvers"))
        case MethodKey.DNS_PROVIDER:
            options = Dns01Provider(credentials=form.text("credentials") or "",
                                    resolvers=form.items("resolvers"))
        case MethodKey.DNS_EXEC:
            options = Dns01Exec(command=form.text("command") or "",
                                resolvers=form.items("resolvers"))
        case MethodKey.HTTP_LISTENER:
            options = Http01Listener(address=form.text("address"), port=form.number("port"))
        case MethodKey.HTTP_WEBROOT:
            options = Http01Webroot(webroot=form.text("webroot") or "")
        case MethodKey.HTTP_MANUAL:
            options = Http01Manual()
        case MethodKey.TLS_ALPN:
            options = TlsAlpn01Listener(address=form.text("address"), port=form.number("port"))
    return ChallengeConfig(options)


class _Form:
    """A method's form values, read by field: blank means not given (the field's default)."""

    def __init__(self, info: MethodInfo, values: Mapping[str, Any]) -> None:
        self.specs = {f.key: f for f in info.fields}
        self.values = values

    def _value(self, key: str) -> object:
        value: object = self.values.get(key, self.specs[key].default)
        return value if _filled(value) else None

    def text(self, key: str) -> str | None:
        value = self._value(key)
        return None if value is None else str(value)

    def number(self, key: str) -> int | None:
        value = self._value(key)
        if value is None or isinstance(value, int):
            return value
        try:
            return int(str(value).strip())
        except ValueError:
            raise InvalidInput(f"{self.specs[key].label}: '{value}' is not a number.",
                               "Give digits only, e.g. 8080.") from None

    def items(self, key: str) -> tuple[str, ...]:
        value = self._value(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return tuple(value.replace(",", " ").split())
        if isinstance(value, list | tuple):
            return tuple(str(v) for v in value)
        return (str(value),)


def method_of(config: ChallengeConfig) -> MethodKey | None:
    """The wizard method stored options correspond to (the wizard offers no dns-persist-01)."""
    match config.options:
        case Dns01Manual():
            return MethodKey.DNS_MANUAL
        case Dns01Provider():
            return MethodKey.DNS_PROVIDER
        case Dns01Exec():
            return MethodKey.DNS_EXEC
        case Http01Listener():
            return MethodKey.HTTP_LISTENER
        case Http01Webroot():
            return MethodKey.HTTP_WEBROOT
        case Http01Manual():
            return MethodKey.HTTP_MANUAL
        case TlsAlpn01Listener():
            return MethodKey.TLS_ALPN
        case DnsPersist01():
            return None
