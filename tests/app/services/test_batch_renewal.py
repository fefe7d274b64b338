"""Bounded concurrent renewals: the bound per CA host, jobs that wait give their slot back,
the bound on open authorizations, a CA that asks to wait, cancel."""

from __future__ import annotations

import threading
from collections import Counter

import pytest

from app.cancel import CancelToken
from app.errors import AcmeError, Cancelled, InvalidInput
from app.services.batch_renewal import (
    Deferred,
    HostSlots,
    ca_host,
    clamp_per_host,
    run_bounded,
)

WAIT = 20.0  # seconds a blocked test job waits at most before the test fails


def test_ca_host_and_clamp() -> None:
    assert ca_host("https://acme-v02.example.org/directory") == "acme-v02.example.org"
    assert ca_host("https://127.0.0.1:14000/dir") == "127.0.0.1:14000"
    assert ca_host(None) == ""
    assert clamp_per_host(0) == 1
    assert clamp_per_host(99) == 16
    assert clamp_per_host("3") == 3
    assert clamp_per_host(None) == 4
    assert clamp_per_host(True) == 4


def test_at_most_per_host_run_at_once_and_hosts_run_side_by_side() -> None:
    jobs = [("a", i) for i in range(6)] + [("b", i) for i in range(6)]
    lock = threading.Lock()
    running: Counter[str] = Counter()
    peak: Counter[str] = Counter()
    full = threading.Event()  # two per host are running: let them all finish

    def work(job: tuple[str, int], _token: CancelToken) -> str:
        host = job[0]
        with lock:
            running[host] += 1
            peak[host] = max(peak[host], running[host])
            if sum(running.values()) == 4:
                full.set()
        assert full.wait(WAIT), "the bound kept jobs from running side by side"
        with lock:
            running[host] -= 1
        return f"{host}{job[1]}"

    results = run_bounded(jobs, lambda j: j[0], work, per_host=2)
    assert results == [f"{h}{i}" for h, i in jobs]
    assert peak == Counter({"a": 2, "b": 2})


def test_a_rate_limited_host_gets_no_more_orders_in_the_batch() -> None:
    limit = AcmeError("The CA's rate limit was reached.", "Wait.",
                      problem_type="urn:ietf:params:acme:error:rateLimited",
                      retry_after_seconds=3600)
    started: list[tuple[str, int]] = []

    def work(job: tuple[str, int], _token: CancelToken) -> str:
        started.append(job)
        if job == ("a", 0):
            raise limit
        if job == ("b", 1):
            raise InvalidInput("not this one", "")
        return "ok"

    jobs = [("a", 0), ("b", 0), ("a", 1), ("b", 1), ("a", 2), ("b", 2)]
    results = run_bounded(jobs, lambda j: j[0], work, per_host=1)
    assert results[0] is limit
    assert isinstance(results[2], Deferred) and results[2].reason is limit
    assert isinstance(results[4], Deferred) and results[4].job == ("a", 2)
    assert results[1] == results[5] == "ok"
    assert isinstance(results[3], InvalidInput)  # other errors do not pause the host
    assert ("a", 1) not in started and ("a", 2) not in started


def test_cancel_starts_nothing_more_and_raises() -> None:
    cancel = CancelToken()
    started: list[int] = []

    def work(job: int, _token: CancelToken) -> int:
        started.append(job)
        cancel.cancel()
        return job

    with pytest.raises(Cancelled):
        run_bounded(list(range(5)), lambda _j: "h", work, per_host=1, cancel=cancel)
    assert started == [0]


def test_a_job_that_is_cancelled_cancels_the_batch() -> None:
    def work(job: int, _token: CancelToken) -> int:
        if job == 0:
            raise Cancelled("Cancelled")
        return job

    with pytest.raises(Cancelled):
        run_bounded([0], lambda _j: "h", work)


def test_a_job_sleeping_on_its_token_lets_another_job_of_its_host_work() -> None:
    other_ran = threading.Event()

    def work(job: int, token: CancelToken) -> int:
        if job == 0:  # waits (as for the CA's Retry-After) until the other job has run
            for _ in range(int(WAIT / 0.02)):
                if other_ran.is_set():
                    break
                token.sleep(0.02)
            assert other_ran.is_set(), "a sleeping job kept its host's only slot"
        else:
            other_ran.set()
        return job

    assert run_bounded([0, 1], lambda _j: "h", work, per_host=1) == [0, 1]


def test_working_jobs_stay_within_per_host_while_more_orders_are_open() -> None:
    lock = threading.Lock()
    working = opened = 0
    peak_working = peak_open = 0

    def step(delta_working: int, delta_open: int) -> None:
        nonlocal working, opened, peak_working, peak_open
        with lock:
            working += delta_working
            opened += delta_open
            peak_working = max(peak_working, working)
            peak_open = max(peak_open, opened)

    def work(job: int, token: CancelToken) -> int:
        step(1, 1)
        for _ in range(3):  # work, then wait for the CA, three times
            step(-1, 0)
            token.sleep(0.05)
            step(1, 0)
        step(-1, -1)
        return job

    assert run_bounded(list(range(12)), lambda _j: "h", work, per_host=2) == list(range(12))
    assert peak_working <= 2
    assert peak_open > 2


def test_open_authorizations_per_host_are_bounded_by_the_jobs_sizes() -> None:
    lock = threading.Lock()
    opened: Counter[str] = Counter()
    peak: Counter[str] = Counter()

    def work(job: tuple[str, int], token: CancelToken) -> int:
        with lock:
            opened[job[0]] += job[1]
            peak[job[0]] = max(peak[job[0]], opened[job[0]])
        token.sleep(0.05)
        with lock:
            opened[job[0]] -= job[1]
        return job[1]

    jobs = [("a", 3), ("a", 2), ("b", 5), ("a", 1), ("a", 4), ("b", 1), ("a", 9)]
    results = run_bounded(jobs, lambda j: j[0], work, per_host=4, size_of=lambda j: j[1],
                          open_per_host=5)
    assert results == [n for _h, n in jobs]
    assert peak["a"] == 9  # a job larger than the bound still runs, alone
    assert peak["b"] == 5


def test_cancel_while_a_job_sleeps_raises_and_starts_nothing_more() -> None:
    cancel = CancelToken()
    started: list[int] = []

    def work(job: int, token: CancelToken) -> int:
        started.append(job)
        if job == 0:
            cancel.cancel()
        token.sleep(WAIT)
        return job

    with pytest.raises(Cancelled):
        run_bounded(list(range(5)), lambda _j: "h", work, per_host=1, cancel=cancel,
                    open_per_host=1)
    assert started == [0]


def test_jobs_take_their_first_slot_in_the_order_they_were_queued() -> None:
    # Threads of a pool may reach take() in any order: here the last queued comes first.
    slots = HostSlots(1)
    turns = [slots.queue() for _ in range(4)]
    started: list[int] = []
    arrived = threading.Semaphore(0)

    def job(turn: int) -> None:
        arrived.release()
        slots.take(CancelToken(), turn)
        started.append(turn)
        slots.give_back()

    threads = []
    for turn in reversed(turns):
        thread = threading.Thread(target=job, args=(turn,))
        thread.start()
        arrived.acquire()  # this one is waiting (or about to) before the next is started
        threads.append(thread)
    for thread in threads:
        thread.join(timeout=10)
    assert started == turns


def test_a_job_back_from_a_wait_takes_any_free_slot() -> None:
    slots = HostSlots(1)
    slots.queue()  # a job queued but not started yet does not hold back one that waited
    slots.take(CancelToken())  # no turn: back from a wait
    slots.give_back()
