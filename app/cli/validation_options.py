"""Turns `certdesk-cli issue` validation flags into a ValidationPlan, with clear errors.

The one place the command line's flags become validation options (app.challenge_options).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.challenge_options import (
    CHALLENGES,
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
from app.domain import ChallengeConfig, ValidationPlan
from app.errors import InvalidInput
from app.services.dns_records import parse_server


def _resolvers(values: Sequence[str] | str | None) -> tuple[str, ...]:
    if not values:
        return ()
    items = [values] if isinstance(values, str) else list(values)
    result = []
    for item in items:
        for part in item.replace(",", " ").split():
            try:
                server = parse_server(part)
            except ValueError:
                raise InvalidInput(f"'{part}' is not a DNS server address.",
                                   "Give HOST or HOST:PORT, e.g. 10.0.0.53:53.") from None
            result.append(str(server))
    return tuple(result)


def _port(value: int | None, flag: str) -> int | None:
    if value is None:
        return None
    if not 0 < int(value) < 65536:
        raise InvalidInput(f"{flag} {value} is not a port number.", "Use 1-65535.")
    return int(value)


def plan_from_cli(challenge: str | None, dns_exec: str | None = None,
                  dns_provider: str | None = None, dns_credentials: str | None = None,
                  dns_manual: bool = False, dns_resolvers: Sequence[str] | str | None = None,
                  webroot: str | None = None, http_address: str | None = None,
                  http_port: int | None = None, tls_address: str | None = None,
                  tls_port: int | None = None, http_manual: bool = False) -> ValidationPlan:
    challenge = challenge or ("http-01" if not (dns_exec or dns_provider or dns_credentials
                                                or dns_manual) else "dns-01")
    if challenge not in CHALLENGES:
        raise InvalidInput(f"Unknown challenge '{challenge}'.",
                           "Use one of: " + ", ".join(CHALLENGES) + ".")
    given = {"--dns-exec": bool(dns_exec), "--dns-provider": bool(dns_provider),
             "--dns-credentials": bool(dns_credentials), "--dns-manual": dns_manual,
             "--dns-resolver": bool(dns_resolvers), "--webroot": bool(webroot),
             "--http-manual": http_manual, "--http-address": http_address is not None,
             "--http-port": http_port is not None, "--tls-address": tls_address is not None,
             "--tls-port": tls_port is not None}
    allowed = {
        "dns-01": {"--dns-exec", "--dns-provider", "--dns-credentials", "--dns-manual",
                   "--dns-resolver"},
        "dns-persist-01": {"--dns-resolver"},
        "http-01": {"--webroot", "--http-manual", "--http-address", "--http-port"},
        "tls-alpn-01": {"--tls-address", "--tls-port"},
    }[challenge]
    stray = [flag for flag, on in given.items() if on and flag not in allowed]
    if stray:
        verb = "does" if len(stray) == 1 else "do"
        raise InvalidInput(f"{', '.join(stray)} {verb} not apply to {challenge}.",
                           "Remove it, or choose the matching --challenge.")
    resolvers = _resolvers(dns_resolvers)
    options: ValidationOptions
    if challenge == "dns-01":
        ways = [w for w, on in (("--dns-exec", bool(dns_exec)), ("--dns-manual", dns_manual),
                                ("--dns-provider/--dns-credentials",
                                 bool(dns_provider or dns_credentials))) if on]
        if not ways:
            raise InvalidInput("dns-01 needs a way to create the TXT records.",
                               "Pass --dns-provider NAME --dns-credentials NAME, --dns-exec "
                               "COMMAND, or --dns-manual.")
        if len(ways) > 1:
            raise InvalidInput(f"Choose one of {' and '.join(ways)}.",
                               "Each dns-01 order uses one way to create the records.")
        if dns_exec:
            options = Dns01Exec(command=dns_exec, resolvers=resolvers)
        elif dns_manual:
            options = Dns01Manual(resolvers=resolvers)
        else:
            if not dns_credentials:
                raise InvalidInput("--dns-provider needs --dns-credentials NAME.",
                                   "Store them with `certdesk-cli dns credentials add`.")
            options = Dns01Provider(credentials=dns_credentials, provider=dns_provider or None,
                                    resolvers=resolvers)
    elif challenge == "dns-persist-01":
        options = DnsPersist01(resolvers=resolvers)
    elif challenge == "http-01":
        if webroot and (http_manual or http_address or http_port):
            raise InvalidInput("--webroot cannot be combined with the listener or manual mode.",
                               "Choose one way to serve the token.")
        if webroot:
            options = Http01Webroot(webroot=webroot)
        elif http_manual:
            options = Http01Manual()
        else:
            options = Http01Listener(address=http_address or "",
                                     port=_port(http_port, "--http-port") or 80)
    else:
        options = TlsAlpn01Listener(address=tls_address or "0.0.0.0",
                                    port=_port(tls_port, "--tls-port") or 443)
    return ValidationPlan(ChallengeConfig(options))
