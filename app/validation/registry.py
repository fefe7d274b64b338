"""Builds the solver for a ChallengeConfig. The one place that maps methods to classes."""

from __future__ import annotations

from app.domain import ChallengeConfig
from app.errors import InvalidInput
from app.validation.base import Solver, SolverContext
from app.validation.dns_exec import ExecDnsSolver
from app.validation.dns_manual import ManualDnsSolver
from app.validation.dns_persist import DnsPersistSolver
from app.validation.dns_provider import ProviderDnsSolver
from app.validation.http_listener import HttpListenerSolver
from app.validation.http_manual import ManualHttpSolver
from app.validation.http_webroot import WebrootSolver
from app.validation.tls_alpn import TlsAlpnSolver

# (method, mode) -> solver class. `mode` is ChallengeConfig.options["mode"].
SOLVERS: dict[tuple[str, str], type[Solver]] = {
    ("dns-01", "exec"): ExecDnsSolver,
    ("dns-01", "provider"): ProviderDnsSolver,
    ("dns-01", "manual"): ManualDnsSolver,
    ("dns-persist-01", "check"): DnsPersistSolver,
    ("http-01", "listener"): HttpListenerSolver,
    ("http-01", "webroot"): WebrootSolver,
    ("http-01", "manual"): ManualHttpSolver,
    ("tls-alpn-01", "responder"): TlsAlpnSolver,
}

DEFAULT_MODE = {"dns-01": "exec", "dns-persist-01": "check", "http-01": "listener",
                "tls-alpn-01": "responder"}


def solver_class(config: ChallengeConfig) -> type[Solver]:
    mode = str(config.options.get("mode") or DEFAULT_MODE.get(config.method, ""))
    try:
        return SOLVERS[(config.method, mode)]
    except KeyError:
        raise InvalidInput(
            f"Validation method {config.method} ({mode or 'default'}) is not available.",
            "Choose one of: " + ", ".join(f"{m} ({k})" for m, k in sorted(SOLVERS)) + ".",
        ) from None


def build_solver(config: ChallengeConfig, ctx: SolverContext) -> Solver:
    return solver_class(config)(config, ctx)


def solver_for_leftover(kind: str) -> type[Solver] | None:
    for cls in SOLVERS.values():
        if cls.leftover_kind and cls.leftover_kind == kind:
            return cls
    return None
