"""jobfit.batch: a prepared posting gives analyze()'s reports; ranking orders and isolates."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

import jobfit
import jobfit.batch
from jobfit.batch import (
    Ranked,
    ordered,
    prepare_job,
    prepare_resume,
    rank_jobs,
    rank_resumes,
    score,
)
from jobfit.errors import InputTooLarge, InvalidInput, JobfitError, UnreadableFile
from tests.conftest import make_report

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev.jsonl"

JOB = """Backend Engineer
Requirements:
- 3+ years of Python
- Experience with PostgreSQL and Docker
Nice to have:
- Kubernetes
"""
STRONG = "Backend developer.\nBuilt Python services for 5 years on PostgreSQL, shipped in Docker."
MIDDLE = "Developer.\nWrote Python scripts."
WEAK = "Pastry chef.\nBaked bread and cakes for 8 years."
NURSE_JOB = "Registered Nurse\nRequirements:\n- Current RN license\n- 2+ years of patient care"
NURSE = "Registered nurse, RN.\nSix years of patient care in the ICU, BLS certified."


def dev_rows() -> list[dict]:
    if not DEV.is_file():
        pytest.skip(f"{DEV} is not here")
    return [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]


def test_prepared_job_gives_analyze_report_for_every_dev_pair():
    by_job = defaultdict(list)
    for row in dev_rows():
        by_job[row["job"]].append(row["resume"])
    assert len(by_job) > 1
    for job, resumes in by_job.items():
        prepared = prepare_job(job)
        for resume in resumes:
            expected = jobfit.analyze(resume, job).model_dump(mode="json")
            assert score(resume, prepared).model_dump(mode="json") == expected


def test_rankings_give_analyze_report_pair_by_pair():
    rows = dev_rows()[:12]
    job, resume = rows[0]["job"], rows[0]["resume"]
    by_resume = rank_resumes(job, [(str(i), r["resume"]) for i, r in enumerate(rows)])
    by_job = rank_jobs(resume, [(str(i), r["job"]) for i, r in enumerate(rows)])
    for ranked, pair in (
        (by_resume, lambda r: (r["resume"], job)),
        (by_job, lambda r: (resume, r["job"])),
    ):
        assert len(ranked) == len(rows)
        for item in ranked:
            expected = jobfit.analyze(*pair(rows[int(item.id)]))
            assert item.report.model_dump(mode="json") == expected.model_dump(mode="json")


def test_rank_resumes_orders_best_first():
    ranked = rank_resumes(JOB, [("weak", WEAK), ("strong", STRONG), ("middle", MIDDLE)])
    assert [r.id for r in ranked] == ["strong", "middle", "weak"]
    scores = [r.report.score for r in ranked]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] > scores[2]


def test_rank_jobs_orders_best_first():
    ranked = rank_jobs(NURSE, [("backend", JOB), ("nurse", NURSE_JOB)])
    assert [r.id for r in ranked] == ["nurse", "backend"]
    assert ranked[0].report.score > ranked[1].report.score


def test_failed_items_carry_their_error_and_go_last():
    unreadable = UnreadableFile("The PDF is encrypted.")
    ranked = rank_resumes(
        JOB,
        [("blank", "   "), ("file", unreadable), ("ok", STRONG), ("huge", "x " * 400)],
        max_chars=len(JOB),
    )
    assert [r.id for r in ranked] == ["ok", "blank", "file", "huge"]
    assert ranked[0].error is None and ranked[0].report is not None
    assert isinstance(ranked[1].error, InvalidInput) and ranked[1].error.code == "blank_field"
    assert ranked[2].error is unreadable
    assert isinstance(ranked[3].error, InputTooLarge)
    assert all(r.report is None for r in ranked[1:])


def test_an_unexpected_exception_becomes_that_items_error(monkeypatch):
    def boom(text, job, **_):
        if text == "bad":
            raise ValueError("the resume text, which must not leak")
        return make_report(50)

    monkeypatch.setattr("jobfit.batch.score", boom)
    ranked = rank_resumes(JOB, [("bad", "bad"), ("good", "good")])
    assert [r.id for r in ranked] == ["good", "bad"]
    assert ranked[1].error.code == "analysis_failed"
    assert "leak" not in ranked[1].error.message


def test_the_prepared_side_is_checked_once_and_raises():
    with pytest.raises(InvalidInput) as caught:
        rank_resumes("  ", [("a", STRONG)])
    assert caught.value.field == "jobDesc"
    with pytest.raises(InvalidInput) as caught:
        rank_jobs("", [("a", JOB)])
    assert caught.value.field == "resume"


def test_ties_keep_input_order():
    items = [Ranked(str(i), report=make_report(s)) for i, s in enumerate([50, 70, 50, 70])]
    failed = Ranked("x", error=JobfitError("no"))
    assert [r.id for r in ordered([failed, *items])] == ["1", "3", "0", "2", "x"]


def test_progress_is_called_once_per_item():
    calls = []
    rank_resumes(JOB, [("a", STRONG), ("b", "  ")], progress=lambda: calls.append(1))
    assert calls == [1, 1]


def test_public_api_reexports():
    assert jobfit.prepare_job is prepare_job
    assert jobfit.rank_resumes is rank_resumes
    assert jobfit.rank_jobs is rank_jobs


def test_prepared_resume_gives_analyze_report_for_every_dev_pair():
    by_resume = defaultdict(list)
    for row in dev_rows():
        by_resume[row["resume"]].append(row["job"])
    assert len(by_resume) > 1
    for resume, jobs in by_resume.items():
        prepared = prepare_resume(resume)
        for job in jobs:
            expected = jobfit.analyze(resume, job).model_dump(mode="json")
            assert score(prepared, job).model_dump(mode="json") == expected
            assert score(prepared, prepare_job(job)).model_dump(mode="json") == expected


def test_a_prepared_resume_reads_its_text_once(monkeypatch):
    calls = []
    real = jobfit.batch.read_resume
    monkeypatch.setattr("jobfit.batch.read_resume", lambda t: calls.append(1) or real(t))
    rank_jobs(NURSE, [("a", JOB), ("b", NURSE_JOB), ("c", JOB)])
    assert calls == [1]
