"""What raises the score most: unmet requirements re-scored as met, highest first, capped."""

from __future__ import annotations

from jobfit.offline import OfflineEngine
from jobfit.offline.engine import analyze_parts
from jobfit.offline.gains import MAX_TRIED, gains
from tests.browser.conftest import JOB, RESUME


def test_each_unmet_requirement_with_its_score_best_first():
    report = OfflineEngine().analyze(RESUME, JOB)
    unmet = [r.text for r in report.requirements if r.status != "met"]
    assert sorted(g.requirement for g in report.gains) == sorted(unmet)
    scores = [g.score for g in report.gains]
    assert scores == sorted(scores, reverse=True)
    assert all(report.score < s <= 100 for s in scores)
    # A required gap weighs more than a preferred one.
    assert [g.requirement for g in report.gains] == ["Kubernetes in production", "Terraform"]


def test_a_fully_met_job_has_no_gains():
    assert OfflineEngine().analyze(RESUME, "Requirements\n- Python\n- Flask\n").gains == []


def test_a_long_posting_tries_a_bounded_number():
    job = "Requirements\n" + "".join(f"- Experience with Tool{i}\n" for i in range(60))
    analysis = analyze_parts(RESUME, job)
    unmet = sum(j.status != "met" for j in analysis.judgements)
    assert unmet > MAX_TRIED
    assert len(gains(analysis)) <= MAX_TRIED
