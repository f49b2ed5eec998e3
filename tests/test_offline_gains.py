"""What raises the score most: unmet requirements re-scored as met, highest first, capped."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from jobfit.offline import OfflineEngine
from jobfit.offline.engine import analyze_parts
from jobfit.offline.gains import MAX_TRIED, gains
from jobfit.offline.scoring import score
from tests.browser.conftest import JOB, RESUME

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev.jsonl"


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


def _rescored(a) -> list[tuple[str, int]]:
    """The definition: each unmet requirement met, its skills shown, the whole score run again."""
    out = []
    for i, j in [(i, j) for i, j in enumerate(a.judgements) if j.status != "met"][:MAX_TRIED]:
        judgements = list(a.judgements)
        judgements[i] = replace(j, status="met", value=1.0)
        skills, shown = a.resume.skills.copy(), a.resume.shown.copy()
        for s in j.line.skills:
            skills[s.name] = max(skills[s.name], 1)
            shown[s.name] = max(shown[s.name], 1)
        new = score(a.job, replace(a.resume, skills=skills, shown=shown), judgements).score
        if new > a.scores.score:
            out.append((j.line.text, new))
    return sorted(out, key=lambda g: -g[1])


def test_gains_are_the_scores_of_a_full_rescoring_on_the_dev_pairs():
    if not DEV.is_file():
        pytest.skip(f"{DEV} is not here")
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    tried = 0
    for row in rows:
        a = analyze_parts(row["resume"], row["job"])
        assert [(g.requirement, g.score) for g in gains(a)] == _rescored(a)
        tried += bool(a.judgements)
    assert tried > 20
