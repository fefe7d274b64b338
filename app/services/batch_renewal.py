"""Many renewals at once, at most `per_host` at a time against each CA host.

An ACME order spends most of its life waiting for the CA (validation, finalization), so a
batch finishes in about the time of its slowest orders instead of their sum. The bound per
CA host keeps certdesk polite: a CA that answers with a rate limit (or any problem with a
Retry-After) stops the batch's further orders to that host; they are handed back as
deferred with the CA's answer, and nothing more is sent there in this batch.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Generic, TypeVar
from urllib.parse import urlsplit

from app.cancel import NEVER_CANCELLED, CancelToken
from app.errors import AcmeError, Cancelled

log = logging.getLogger(__name__)

DEFAULT_PER_HOST = 4
MAX_PER_HOST = 16
MAX_WORKERS = 32

J = TypeVar("J")
R = TypeVar("R")


def ca_host(directory_url: str | None) -> str:
    """The host a directory URL names ('' when there is none): the unit of the bound."""
    if not directory_url:
        return ""
    parts = urlsplit(directory_url)
    return (parts.hostname or "") + (f":{parts.port}" if parts.port else "")


def clamp_per_host(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        return DEFAULT_PER_HOST
    try:
        number = int(value)
    except ValueError:
        return DEFAULT_PER_HOST
    return max(1, min(MAX_PER_HOST, number))


def pauses_host(exc: BaseException) -> bool:
    """A CA answer that asks us to slow down: a rate limit, or any Retry-After."""
    if not isinstance(exc, AcmeError):
        return False
    return exc.problem_type.endswith("rateLimited") or exc.retry_after_seconds is not None


@dataclass(frozen=True)
class Deferred(Generic[J]):
    """A job not started because its CA asked to wait (`reason` is that answer)."""

    job: J
    reason: AcmeError


def run_bounded(jobs: Sequence[J], host_of: Callable[[J], str], work: Callable[[J], R], *,
                per_host: int = DEFAULT_PER_HOST, cancel: CancelToken = NEVER_CANCELLED,
                ) -> list[R | Deferred[J] | BaseException]:
    """Run `work(job)` for every job, in the order given, at most `per_host` at a time per
    host. Results come back in the jobs' order: the value, the exception the job raised, or
    Deferred when the host had asked to wait. Cancelling starts nothing more and raises
    Cancelled once the running jobs have returned."""
    per_host = clamp_per_host(per_host)
    if len(jobs) == 1:  # no pool for one job: it runs in the caller's thread, as before
        cancel.check()
        try:
            return [work(jobs[0])]
        except Cancelled:
            raise
        except Exception as error:
            return [error]
    results: dict[int, R | Deferred[J] | BaseException] = {}
    hosts = [host_of(job) for job in jobs]
    waiting = list(range(len(jobs)))
    running: dict[Future[R], int] = {}
    busy: dict[str, int] = {}
    paused: dict[str, AcmeError] = {}
    stopped = job_cancelled = False
    workers = max(1, min(MAX_WORKERS, per_host * len(set(hosts)), len(jobs)))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="renew") as pool:
        while waiting or running:
            stopped = stopped or cancel.cancelled
            if stopped:
                if not running:
                    break
            else:
                for index in list(waiting):
                    host = hosts[index]
                    if host in paused:
                        results[index] = Deferred(jobs[index], paused[host])
                        waiting.remove(index)
                    elif busy.get(host, 0) < per_host:
                        busy[host] = busy.get(host, 0) + 1
                        running[pool.submit(work, jobs[index])] = index
                        waiting.remove(index)
            if not running:
                continue
            done, _ = wait(list(running), return_when=FIRST_COMPLETED)
            for future in done:
                index = running.pop(future)
                host = hosts[index]
                busy[host] -= 1
                exc = future.exception()
                if exc is None:
                    results[index] = future.result()
                    continue
                results[index] = exc
                if isinstance(exc, Cancelled):
                    stopped = job_cancelled = True
                elif pauses_host(exc) and host not in paused:
                    assert isinstance(exc, AcmeError)
                    paused[host] = exc
                    log.warning("%s asked to wait (%s): no more orders there in this batch",
                                host or "the CA", exc.message)
    if waiting or job_cancelled:
        raise Cancelled("Cancelled")
    return [results[i] for i in range(len(jobs))]
