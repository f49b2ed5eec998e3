"""Requirement lines judged against a resume."""

from __future__ import annotations

import pytest

from jobfit.offline.checklist import judge, skill_cover
from jobfit.offline.job import build_job
from jobfit.offline.profile import build_resume


def judged(resume: str, requirement: str, heading: str = "Requirements:"):
    job = build_job(f"Engineer\n\n{heading}\n{requirement}\n")
    profile = build_resume(resume, job.words, job.keywords)
    [judgement] = judge(job, profile)
    return judgement, job, profile


@pytest.mark.parametrize(
    ("resume", "status"),
    [
        ("Built services in Java and Python.", "met"),
        ("Built services in Ruby.", "missing"),
    ],
)
def test_one_option_of_a_list_is_enough(resume, status):
    judgement, _, _ = judged(resume, "Experience in C++, Java, Go or Python.")
    assert judgement.status == status


def test_all_skills_of_an_and_list_count():
    judgement, job, profile = judged(
        "Ran Docker in production.", "Experience with Docker and Kubernetes."
    )
    assert skill_cover(job.lines[0], profile) == 0.5
    assert judgement.status == "partial"
    assert judgement.evidence == ("Ran Docker in production.",)


def test_content_words_judge_lines_without_known_skills():
    resume = "Negotiated supplier contracts for adhesives and coatings across three plants."
    judgement, _, _ = judged(resume, "Experience working with adhesives and coatings.")
    assert judgement.status == "met"
    assert judgement.evidence == (resume,)


@pytest.mark.parametrize(
    ("resume", "status"),
    [
        ("B.Sc. Computer Science, 2015", "met"),
        ("Bachelor of Commerce, 2015", "partial"),
        ("Worked as a developer 2012 - 2020.", "met"),
        ("Worked as a developer 2019 - 2020.", "partial"),
        ("Self-taught developer.", "missing"),
    ],
)
def test_degree_requirement(resume, status):
    judgement, _, _ = judged(resume, "BS in Computer Science or equivalent practical experience.")
    assert judgement.status == status


@pytest.mark.parametrize(
    ("resume", "status"),
    [
        ("Python developer, 2012 - 2020.", "met"),
        ("Python developer, 2019 - 2020.", "partial"),
    ],
)
def test_years_requirement(resume, status):
    judgement, _, _ = judged(resume, "5+ years of experience with Python.")
    assert judgement.status == status


def test_duties_stand_in_when_the_job_lists_no_requirements():
    job = build_job("Engineer\n\nResponsibilities:\nOperate Kubernetes clusters.\n")
    profile = build_resume("Operated Kubernetes clusters.", job.words, job.keywords)
    assert [(j.line.importance, j.status) for j in judge(job, profile)] == [("duty", "met")]


def test_missing_has_no_evidence():
    judgement, _, _ = judged("Sold insurance policies.", "Experience with Kubernetes.")
    assert (judgement.status, judgement.evidence) == ("missing", ())
