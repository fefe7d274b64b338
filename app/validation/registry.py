"""Builds the solver for a ChallengeConfig. The one place that maps option types to solvers."""

from __future__ import annotations

from app.challenge_options import (
    Dns01Exec,
    Dns01Manual,
    Dns01Provider,
    DnsPersist01,
    Http01Listener,
    Http01Manual,
    Http01Webroot,
    TlsAlpn01Listener,
)
from app.domain import ChallengeConfig
from app.validation.base import Solver, SolverContext
from app.validation.dns_exec import ExecDnsSolver
from app.validation.dns_manual import ManualDnsSolver
from app.validation.dns_persist import DnsPersistSolver
from app.validation.dns_provider import ProviderDnsSolver
from app.validation.http_listener import HttpListenerSolver
from app.validation.http_manual import ManualHttpSolver
from app.validation.http_webroot import WebrootSolver
from app.validation.tls_alpn import TlsAlpnSolver

#: The solvers that record leftovers, to clean them up after a crash.
LEFTOVER_SOLVERS: tuple[type[Solver], ...] = (ExecDnsSolver, ProviderDnsSolver, WebrootSolver)


def build_solver(config: ChallengeConfig, ctx: SolverContext) -> Solver:
    """The solver for the config's options type, given those options."""
    match config.options:
        case Dns01Exec() as options:
            return ExecDnsSolver(options, ctx)
        case Dns01Provider() as options:
            return ProviderDnsSolver(options, ctx)
        case Dns01Manual() as options:
            return ManualDnsSolver(options, ctx)
        case DnsPersist01() as options:
            return DnsPersistSolver(options, ctx)
        case Http01Listener() as options:
            return HttpListenerSolver(options, ctx)
        case Http01Webroot() as options:
            return WebrootSolver(options, ctx)
        case Http01Manual() as options:
            return ManualHttpSolver(options, ctx)
        case TlsAlpn01Listener() as options:
            return TlsAlpnSolver(options, ctx)


def solver_for_leftover(kind: str) -> type[Solver] | None:
    for cls in LEFTOVER_SOLVERS:
        if cls.leftover_kind == kind:
            return cls
    return None
