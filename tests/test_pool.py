"""Ranking on several processes: the same ranking as one process, progress, fallbacks, deadline."""

from __future__ import annotations

import gc
import os
import time

import pytest

from jobfit import pool
from jobfit.batch import rank_jobs, rank_resumes
from jobfit.errors import InputTooLarge

JOB = "Backend Engineer\nRequirements:\n- 3+ years of Python\n- Experience with PostgreSQL\n"
BODIES = [
    "Backend developer.\nBuilt Python services for {n} years on PostgreSQL.\n",
    "Pastry chef.\nBaked bread and cakes for {n} years.\n",
    "Data analyst.\nWrote Python and SQL reports for {n} years.\n",
    "",  # blank: an item error, kept in its place
]
ITEMS = [(f"r{i}", BODIES[i % 4].format(n=i % 9 + 1)) for i in range(40)]


def _rows(ranked) -> list[tuple]:
    return [
        (r.id, r.report.model_dump_json() if r.report else None, r.error and r.error.code)
        for r in ranked
    ]


def test_two_workers_rank_exactly_as_one():
    one = rank_resumes(JOB, ITEMS, workers=1)
    two = rank_resumes(JOB, ITEMS, workers=2)
    assert _rows(two) == _rows(one)
    assert sum(r.error is not None for r in two) == 10


def test_jobs_for_a_resume_too():
    jobs = [(f"j{i}", JOB.replace("3+", f"{i % 7 + 1}+")) for i in range(24)]
    resume = BODIES[0].format(n=4)
    assert _rows(rank_jobs(resume, jobs, workers=2)) == _rows(rank_jobs(resume, jobs, workers=1))


def test_progress_counts_every_item_once():
    ticks = []
    rank_resumes(JOB, ITEMS, workers=2, progress=lambda: ticks.append(1))
    assert len(ticks) == len(ITEMS)


@pytest.mark.parametrize(
    ("requested", "items", "expected"), [(2, 40, 2), (2, 15, 1), (4, 24, 3), (1, 400, 1)]
)
def test_workers_only_where_they_pay(requested, items, expected):
    assert pool.usable_workers(requested, items) == expected


def test_zero_means_one_per_core(monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 3)
    assert pool.usable_workers(0, 1000) == 3


def test_no_processes_to_be_had_runs_in_this_one(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError(38, "Function not implemented")  # what AWS Lambda says without /dev/shm

    monkeypatch.setattr(pool, "ProcessPoolExecutor", refuse)
    ticks = []
    two = rank_resumes(JOB, ITEMS, workers=2, progress=lambda: ticks.append(1))
    assert _rows(two) == _rows(rank_resumes(JOB, ITEMS))
    assert len(ticks) == len(ITEMS)


def test_a_worker_that_dies_leaves_the_rest_to_this_process():
    parent = os.getpid()

    def fragile(item):
        if os.getpid() != parent:
            os._exit(1)  # a worker killed (out of memory, say)
        return item * 2

    assert pool.map_in_workers(fragile, list(range(40)), 2) == []


def test_the_deadline_stops_the_batch():
    with pytest.raises(InputTooLarge) as caught:
        rank_resumes(JOB, ITEMS, workers=2, deadline=time.monotonic() - 1)
    assert caught.value.code == "batch_too_slow"


def test_workers_inherit_the_heap_frozen_and_this_process_is_left_unfrozen():
    # Frozen, a worker's collector never walks (and so never copies) the heap it inherited.
    frozen = pool.map_in_workers(lambda _: gc.get_freeze_count(), list(range(16)), 2)
    assert len(frozen) == 16 and min(frozen) > 1000
    assert gc.get_freeze_count() == 0
