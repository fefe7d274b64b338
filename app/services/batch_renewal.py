"""Many renewals at once, polite to each CA host.

An ACME order spends most of its life waiting for the CA (validation, issuance, the waits the
CA asks for with Retry-After), so a batch finishes in about the time of its slowest orders
instead of their sum. Two bounds per CA host keep certdesk polite:

- `per_host` (the renewals_per_ca setting) jobs *work* at once: send requests, build keys and
  CSRs, write the store. A job that waits (a poll's backoff, the CA's Retry-After, DNS
  propagation, another process's lock) gives its slot back while it sleeps, so at most
  `per_host` requests are in flight to a host while many orders wait at the CA. Every wait of
  a job goes through the cancel token the batch hands it (`JobToken`), which is how the slot
  is given back and taken again.
- At most `open_per_host` authorizations are open at a host at once (an order opens one per
  name): well under the pending-authorization limits of public CAs (Let's Encrypt allows 300
  per account).

A CA that answers with a rate limit (or any problem with a Retry-After) stops the batch's
further orders to that host; they are handed back as deferred with the CA's answer, and
nothing more is started there in this batch.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Generic, TypeVar
from urllib.parse import urlsplit

from app.cancel import NEVER_CANCELLED, CancelToken
from app.errors import AcmeError, Cancelled

log = logging.getLogger(__name__)

DEFAULT_PER_HOST = 4
MAX_PER_HOST = 16
# Authorizations open at one CA host at once: a third of Let's Encrypt's limit of pending
# authorizations per account, so a batch never comes near it.
OPEN_PER_HOST = 100
MAX_WORKERS = 128
# How often a job waiting for a slot looks at the batch's cancellation.
_SLOT_CHECK = 0.25

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


class HostSlots:
    """At most `limit` jobs of one host working at once. Jobs start in the order they were
    queued (each holds a turn from `queue()`; threads of a pool may reach `take()` in any
    order); a job coming back from a wait takes any free slot."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._busy = 0
        self._cond = threading.Condition()
        self._turns = 0  # turns handed out by queue()
        self._next_turn = 0  # the turn whose job starts next

    def queue(self) -> int:
        """A turn for a job not started yet: jobs start in the order of their turns."""
        with self._cond:
            turn = self._turns
            self._turns += 1
            return turn

    def take(self, cancel: CancelToken, turn: int | None = None) -> None:
        """Wait for a free slot (and, with a turn, for the jobs queued before it to have
        started); raises Cancelled when the batch is cancelled meanwhile."""
        with self._cond:
            while self._busy >= self.limit or (turn is not None and turn != self._next_turn):
                cancel.check()
                self._cond.wait(_SLOT_CHECK)
            cancel.check()
            self._busy += 1
            if turn is not None:
                self._next_turn += 1
                self._cond.notify_all()  # the next turn may also find a free slot

    def give_back(self) -> None:
        with self._cond:
            self._busy -= 1
            self._cond.notify_all()  # the waiter whose turn it is, whichever it is


class JobToken(CancelToken):
    """The cancel token one job of a batch runs under. Cancelling it, or the batch, cancels
    the batch; while the job sleeps on it, the job's slot at its host is free for another
    job, and it is taken again before the job goes on."""

    def __init__(self, batch: CancelToken, slots: HostSlots, turn: int | None = None) -> None:
        super().__init__()
        self._batch = batch
        self._slots = slots
        self._turn = turn  # the first take waits for it; later ones take any free slot
        self._holding = False

    def cancel(self) -> None:
        self._batch.cancel()

    @property
    def cancelled(self) -> bool:
        return self._batch.cancelled

    def check(self) -> None:
        self._batch.check()

    def sleep(self, seconds: float) -> None:
        if seconds <= 0:
            self.check()
            return
        self.let_go()
        self._batch.sleep(seconds)
        self.hold()

    def hold(self) -> None:
        """Take the job's slot (waiting for one) unless it is held already."""
        if not self._holding:
            self._slots.take(self._batch, self._turn)
            self._turn = None
            self._holding = True

    def let_go(self) -> None:
        """Give the job's slot back if it holds one."""
        if self._holding:
            self._holding = False
            self._slots.give_back()


def run_bounded(jobs: Sequence[J], host_of: Callable[[J], str],
                work: Callable[[J, CancelToken], R], *, per_host: int = DEFAULT_PER_HOST,
                cancel: CancelToken = NEVER_CANCELLED, size_of: Callable[[J], int] | None = None,
                open_per_host: int = OPEN_PER_HOST) -> list[R | Deferred[J] | BaseException]:
    """Run `work(job, token)` for every job, started in the order given: at most `per_host`
    working at once per host (a job sleeping on `token` does not count), and at most
    `open_per_host` authorizations open per host (`size_of(job)` each, 1 when not given; a
    job larger than the bound still runs, alone). Results come back in the jobs' order: the
    value, the exception the job raised, or Deferred when the host had asked to wait.
    Cancelling starts nothing more and raises Cancelled once the running jobs have returned."""
    per_host = clamp_per_host(per_host)
    if len(jobs) == 1:  # no pool for one job: it runs in the caller's thread, as before
        cancel.check()
        try:
            return [work(jobs[0], cancel)]
        except Cancelled:
            raise
        except Exception as error:
            return [error]
    results: dict[int, R | Deferred[J] | BaseException] = {}
    hosts = [host_of(job) for job in jobs]
    sizes = [max(1, size_of(job)) if size_of else 1 for job in jobs]
    slots = {host: HostSlots(per_host) for host in set(hosts)}
    waiting = list(range(len(jobs)))
    running: dict[Future[R | Deferred[J]], int] = {}
    opened: dict[str, int] = {}
    paused: dict[str, AcmeError] = {}  # written by the jobs, read by all
    paused_lock = threading.Lock()
    job_cancelled_event = threading.Event()  # a job was cancelled: the others do not start
    stopped = job_cancelled = False

    def run_job(index: int, turn: int) -> R | Deferred[J]:
        host = hosts[index]
        token = JobToken(cancel, slots[host], turn)
        token.hold()
        try:
            if job_cancelled_event.is_set():
                raise Cancelled("Cancelled")
            with paused_lock:  # the host may have asked to wait while this job queued
                reason = paused.get(host)
            if reason is not None:
                return Deferred(jobs[index], reason)
            return work(jobs[index], token)
        except Cancelled:
            job_cancelled_event.set()  # before the slot is free for the next job
            raise
        except AcmeError as exc:
            if pauses_host(exc):  # recorded before the slot is free for the next job
                with paused_lock:
                    if host not in paused:
                        paused[host] = exc
                        log.warning("%s asked to wait (%s): no more orders there in this "
                                    "batch", host or "the CA", exc.message)
            raise
        finally:
            token.let_go()

    finished: queue.SimpleQueue[Future[R | Deferred[J]]] = queue.SimpleQueue()
    workers = max(1, min(MAX_WORKERS, len(jobs)))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="renew") as pool:
        while waiting or running:
            stopped = stopped or cancel.cancelled
            if stopped:
                if not running:
                    break
            else:
                full: set[str] = set()  # a host's jobs start in the order given
                with paused_lock:
                    paused_now = dict(paused)
                for index in list(waiting):
                    host = hosts[index]
                    if host in paused_now:
                        results[index] = Deferred(jobs[index], paused_now[host])
                        waiting.remove(index)
                    elif host in full:
                        continue
                    elif not opened.get(host) or opened[host] + sizes[index] <= open_per_host:
                        opened[host] = opened.get(host, 0) + sizes[index]
                        future = pool.submit(run_job, index, slots[host].queue())
                        running[future] = index
                        future.add_done_callback(finished.put)
                        waiting.remove(index)
                    else:
                        full.add(host)
            if not running:
                continue
            # One finished job at a time (waiting on all running futures at once costs time
            # in proportion to their number, for every job that finishes).
            done = [finished.get()]
            while not finished.empty():
                done.append(finished.get())
            for future in done:
                index = running.pop(future)
                opened[hosts[index]] -= sizes[index]
                exc = future.exception()
                if exc is None:
                    results[index] = future.result()
                    continue
                results[index] = exc
                if isinstance(exc, Cancelled):
                    stopped = job_cancelled = True
    if waiting or job_cancelled:
        raise Cancelled("Cancelled")
    return [results[i] for i in range(len(jobs))]
