"""The job side: lines, skills by place, keywords."""

from __future__ import annotations

from jobfit.offline.job import PLACE_WEIGHT, build_job

JOB = """Site Reliability Engineer

Responsibilities:
Run Kubernetes and Terraform for the payments team.

Minimum qualifications:
Experience with Kubernetes and Python.
Linux

Preferred qualifications:
Experience with Go.
Apply
"""


def test_skills_carry_their_strongest_place():
    job = build_job(JOB)
    weights = {name: weight for name, (_, _, weight) in job.skills.items()}
    assert weights["Kubernetes"] == PLACE_WEIGHT["required"]
    assert weights["Terraform"] == PLACE_WEIGHT["duty"]
    assert weights["Go"] == PLACE_WEIGHT["preferred"]
    assert job.skills["Kubernetes"][1] == 2


def test_title_and_one_word_lines():
    job = build_job(JOB)
    assert job.title == "Site Reliability Engineer"
    assert [s.name for s in job.title_skills] == [
        "Site reliability engineer",
        "Site reliability engineering",
    ]
    assert [ln.text for ln in job.lines if ln.importance != "duty"] == [
        "Experience with Kubernetes and Python.",
        "Linux",
        "Experience with Go.",
    ]


def test_keywords_are_content_stems_of_the_lines():
    keywords = build_job(JOB).keywords
    assert {"kubernet", "python", "payment"} <= keywords
    assert "experience" not in keywords and "with" not in keywords
