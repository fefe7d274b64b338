"""The options of each validation method: one frozen type per challenge and mode.

A `ChallengeConfig` holds one of these (`ValidationOptions`); the solver registry picks the
solver by its type. They are stored as the JSON object certdesk has always written,
`{"mode": ..., "<field>": value, ...}`: a field that is None (or an empty tuple) is left out
and means "the default", so a stored object reads back to the same object. An object without
"mode" reads as its challenge's default mode. Invalid values are refused when an option
object is built, with an InvalidInput.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import ClassVar

from app.errors import InvalidInput

#: A value of the stored options object.
OptionValue = str | int | float | bool | list[str]

_HINT = "Choose the validation method again in the certificate's settings."


@dataclass(frozen=True, kw_only=True)
class _Options:
    """What every method may be given."""

    method: ClassVar[str]
    mode: ClassVar[str]

    #: DNS servers for the checks before answering (TXT propagation, CAA): HOST or HOST:PORT.
    #: Empty: the authoritative nameservers (propagation) and the system's resolvers (CAA).
    resolvers: tuple[str, ...] = ()
    #: The CA's CAA identities, for CAs whose directory names none (private CAs, tests).
    caa_identities: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _check_names("resolvers", self.resolvers, "a DNS server")
        _check_names("caa_identities", self.caa_identities, "a CAA identity")

    def to_json(self) -> dict[str, OptionValue]:
        """The stored options object: the mode, then every field that was given."""
        data: dict[str, OptionValue] = {"mode": self.mode}
        for f in fields(self):
            value: object = getattr(self, f.name)
            if value is None or value == ():
                continue
            if isinstance(value, tuple):
                data[f.name] = [str(v) for v in value]
            elif isinstance(value, dt.datetime):
                data[f.name] = value.isoformat()
            elif isinstance(value, str | int | float):  # bool is an int
                data[f.name] = value
        return data


@dataclass(frozen=True, kw_only=True)
class _DnsOptions(_Options):
    """What every DNS-based method may be given."""

    #: Seconds to wait for the records to be visible (None: 600).
    propagation_timeout: float | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.propagation_timeout is not None and not self.propagation_timeout > 0:
            raise InvalidInput(f"The propagation timeout {self.propagation_timeout} is not a "
                               "number of seconds.", "Give a positive number of seconds.")


@dataclass(frozen=True, kw_only=True)
class Dns01Exec(_DnsOptions):
    """dns-01 through a hook command run as `COMMAND present|cleanup FQDN VALUE`."""

    method = "dns-01"
    mode = "exec"
    command: str

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.command.strip():
            raise InvalidInput("The DNS hook command is empty.",
                               "Give the command that creates the TXT records, or choose "
                               "another validation method.")


@dataclass(frozen=True, kw_only=True)
class Dns01Manual(_DnsOptions):
    """dns-01 with records the user creates by hand."""

    method = "dns-01"
    mode = "manual"


@dataclass(frozen=True, kw_only=True)
class Dns01Provider(_DnsOptions):
    """dns-01 through a DNS provider's API with stored credentials (RFC 2136 is one)."""

    method = "dns-01"
    mode = "provider"
    credentials: str  # the name of the stored DNS credentials
    provider: str | None = None  # None: the provider the credentials were stored for
    zone: str | None = None  # None: found by DNS discovery
    ttl: int | None = None  # None: the provider's default

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.credentials.strip():
            raise InvalidInput("No DNS credentials were chosen for the DNS provider.",
                               "Choose stored DNS credentials (`certdesk-cli dns credentials "
                               "list` shows them).")
        if self.provider is not None and not self.provider.strip():
            raise InvalidInput("The DNS provider's name is empty.",
                               "Name the provider, or leave it out to use the one the "
                               "credentials were stored for.")
        if self.ttl is not None and self.ttl <= 0:
            raise InvalidInput(f"The TTL {self.ttl} is not a number of seconds.",
                               "Give a positive TTL, e.g. 60.")


@dataclass(frozen=True, kw_only=True)
class DnsPersist01(_DnsOptions):
    """dns-persist-01: a persistent record checked, never written, by certdesk."""

    method = "dns-persist-01"
    mode = "check"
    issuer_domain: str | None = None  # None: the challenge's first issuer domain name
    account_uri: str | None = None  # None: the order's account
    wildcard: bool | None = None  # True: ask for policy=wildcard also without a wildcard
    persist_until: dt.datetime | None = None  # when the record stops authorizing

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.persist_until is not None and self.persist_until.tzinfo is None:
            raise InvalidInput("The persistUntil time has no time zone.",
                               "Give it in UTC, e.g. 2030-01-01T00:00:00+00:00.")


@dataclass(frozen=True, kw_only=True)
class _HttpOptions(_Options):
    """What every http-01 method may be given."""

    self_check: bool | None = None  # False: answer the CA without fetching the URL first
    check_port: int | None = None  # the port the self-check fetches (None: 80)

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_port("check_port", self.check_port)


@dataclass(frozen=True, kw_only=True)
class Http01Listener(_HttpOptions):
    """http-01 served by certdesk's own listener."""

    method = "http-01"
    mode = "listener"
    address: str | None = None  # None or "": every address
    port: int | None = None  # None: 80

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_port("port", self.port)


@dataclass(frozen=True, kw_only=True)
class Http01Webroot(_HttpOptions):
    """http-01 through files written into an existing web server's document root."""

    method = "http-01"
    mode = "webroot"
    webroot: str

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.webroot.strip():
            raise InvalidInput("No webroot folder was given.",
                               "Give the document root of the web server that serves these "
                               "names, e.g. --webroot /var/www/html.")


@dataclass(frozen=True, kw_only=True)
class Http01Manual(_HttpOptions):
    """http-01 with files the user publishes by hand."""

    method = "http-01"
    mode = "manual"


@dataclass(frozen=True, kw_only=True)
class TlsAlpn01Listener(_Options):
    """tls-alpn-01 answered by certdesk's own TLS responder."""

    method = "tls-alpn-01"
    mode = "responder"
    address: str | None = None  # None or "": 0.0.0.0
    port: int | None = None  # None: 443
    self_check: bool | None = None  # False: answer the CA without asking the responder first

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_port("port", self.port)


ValidationOptions = (Dns01Exec | Dns01Manual | Dns01Provider | DnsPersist01 | Http01Listener
                     | Http01Webroot | Http01Manual | TlsAlpn01Listener)

#: The options of the methods that check TXT records, and of the http-01 ones.
DnsOptions = Dns01Exec | Dns01Manual | Dns01Provider | DnsPersist01
HttpOptions = Http01Listener | Http01Webroot | Http01Manual

CHALLENGES = ("dns-01", "dns-persist-01", "http-01", "tls-alpn-01")
#: The mode an options object without "mode" has.
DEFAULT_MODE = {"dns-01": "exec", "dns-persist-01": "check", "http-01": "listener",
                "tls-alpn-01": "responder"}
#: Every (challenge, mode) there is.
MODES = tuple((t.method, t.mode) for t in (
    Dns01Exec, Dns01Manual, Dns01Provider, DnsPersist01, Http01Listener, Http01Webroot,
    Http01Manual, TlsAlpn01Listener))


def options_from_json(method: str, data: Mapping[str, object]) -> ValidationOptions:
    """The options of a stored `{"method": method, "options": data}`."""
    if method not in CHALLENGES:
        raise InvalidInput(f"Unknown validation method '{method}'.",
                           "Use one of: " + ", ".join(CHALLENGES) + ".")
    mode = data.get("mode") or DEFAULT_MODE[method]
    resolvers, caa = _strs(data, "resolvers"), _strs(data, "caa_identities")
    timeout = _number(data, "propagation_timeout")
    match (method, mode):
        case ("dns-01", "exec"):
            return Dns01Exec(command=_str(data, "command") or "", resolvers=resolvers,
                             caa_identities=caa, propagation_timeout=timeout)
        case ("dns-01", "manual"):
            return Dns01Manual(resolvers=resolvers, caa_identities=caa,
                               propagation_timeout=timeout)
        case ("dns-01", "provider"):
            return Dns01Provider(credentials=_str(data, "credentials") or "",
                                 provider=_str(data, "provider"), zone=_str(data, "zone"),
                                 ttl=_int(data, "ttl"), resolvers=resolvers,
                                 caa_identities=caa, propagation_timeout=timeout)
        case ("dns-persist-01", "check"):
            return DnsPersist01(issuer_domain=_str(data, "issuer_domain"),
                                account_uri=_str(data, "account_uri"),
                                wildcard=_bool(data, "wildcard"),
                                persist_until=_time(data, "persist_until"),
                                resolvers=resolvers, caa_identities=caa,
                                propagation_timeout=timeout)
        case ("http-01", "listener"):
            return Http01Listener(address=_str(data, "address"), port=_int(data, "port"),
                                  self_check=_bool(data, "self_check"),
                                  check_port=_int(data, "check_port"), resolvers=resolvers,
                                  caa_identities=caa)
        case ("http-01", "webroot"):
            return Http01Webroot(webroot=_str(data, "webroot") or "",
                                 self_check=_bool(data, "self_check"),
                                 check_port=_int(data, "check_port"), resolvers=resolvers,
                                 caa_identities=caa)
        case ("http-01", "manual"):
            return Http01Manual(self_check=_bool(data, "self_check"),
                                check_port=_int(data, "check_port"), resolvers=resolvers,
                                caa_identities=caa)
        case ("tls-alpn-01", "responder"):
            return TlsAlpn01Listener(address=_str(data, "address"), port=_int(data, "port"),
                                     self_check=_bool(data, "self_check"),
                                     resolvers=resolvers, caa_identities=caa)
    raise InvalidInput(f"Validation method {method} ({mode}) is not available.",
                       "Choose one of: " + ", ".join(f"{m} ({k})" for m, k in MODES) + ".")


# -- reading stored values ---------------------------------------------------------------------
def _wrong(key: str, value: object, what: str) -> InvalidInput:
    return InvalidInput(f"The validation option {key} is {value!r}, not {what}.", _HINT)


def _str(data: Mapping[str, object], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return value
    raise _wrong(key, value, "text")


def _int(data: Mapping[str, object], key: str) -> int | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    raise _wrong(key, value, "a whole number")


def _number(data: Mapping[str, object], key: str) -> float | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            pass
    raise _wrong(key, value, "a number")


def _bool(data: Mapping[str, object], key: str) -> bool | None:
    value = data.get(key)
    if value is None or isinstance(value, bool):
        return value
    raise _wrong(key, value, "true or false")


def _strs(data: Mapping[str, object], key: str) -> tuple[str, ...]:
    value = data.get(key)
    if not value:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return tuple(str(v) for v in value)
    raise _wrong(key, value, "a list of text")


def _time(data: Mapping[str, object], key: str) -> dt.datetime | None:
    """UNIX seconds or an ISO 8601 time (UTC when it names no zone)."""
    value = data.get(key)
    if value is None or value == "":
        return None
    text = str(value) if isinstance(value, str | int) and not isinstance(value, bool) else ""
    if text.isdigit():
        return dt.datetime.fromtimestamp(int(text), dt.UTC)
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        raise _wrong(key, value, "a time") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


# -- checks at construction --------------------------------------------------------------------
def _check_names(key: str, values: tuple[str, ...], what: str) -> None:
    for value in values:
        if not isinstance(value, str) or not value.strip():
            raise InvalidInput(f"{value!r} in {key} is not {what}.",
                               f"Give {what} for each entry, or leave {key} out.")


def _check_port(key: str, port: int | None) -> None:
    if port is not None and not 0 < port < 65536:
        raise InvalidInput(f"{port} is not a port number ({key}).", "Use 1-65535.")
