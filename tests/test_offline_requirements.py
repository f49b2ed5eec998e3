"""Reading a job description into a title and tagged requirement lines."""

from __future__ import annotations

import random
import re

import pytest

from jobfit.offline import requirements
from jobfit.offline.requirements import _heading, parse_job, years_required

JOB = """Data Engineer

About the role:
You will build pipelines for the analytics team.

Minimum qualifications:
- BS in Computer Science or equivalent practical experience.
- 3+ years of experience with Python. Experience with SQL (e.g. PostgreSQL, MySQL).
* Experience with Spark is a plus.

NICE TO HAVE
• Airflow experience.
"""


def test_title_sections_and_importance():
    parsed = parse_job(JOB)
    assert parsed.title == "Data Engineer"
    assert [(ln.importance, ln.text) for ln in parsed.lines] == [
        ("duty", "You will build pipelines for the analytics team."),
        ("required", "BS in Computer Science or equivalent practical experience."),
        ("required", "3+ years of experience with Python."),
        ("required", "Experience with SQL (e.g. PostgreSQL, MySQL)."),
        ("preferred", "Experience with Spark is a plus."),
        ("preferred", "Airflow experience."),
    ]


@pytest.mark.parametrize(
    "heading",
    ["Preferred qualifications:", "Nice to have:", "Bonus points", "DESIRABLE SKILLS:"],
)
def test_preferred_headings(heading):
    parsed = parse_job(f"Analyst\n\n{heading}\nExperience with Tableau dashboards.")
    assert [ln.importance for ln in parsed.lines] == ["preferred"]


@pytest.mark.parametrize(
    "line",
    [
        "Kubernetes experience is a plus.",
        "Knowledge of Go would be nice to have.",
        "Terraform preferred.",
        "Bonus: experience with Rust.",
    ],
)
def test_preferred_wording_inside_required_section(line):
    parsed = parse_job(f"Engineer\n\nRequirements:\n{line}")
    assert [ln.importance for ln in parsed.lines] == ["preferred"]


OTHER_STYLE = """Senior Data Engineer - Remote (EU)
About us
We are a fintech helping customers budget better.

What you'll do
* Own our pipelines (Airflow, Kafka)

What we're looking for
- 5+ years building data pipelines in Python

Good to have
- Terraform

Benefits
- Learning budget
"""


def test_other_ad_styles_and_employer_sections():
    parsed = parse_job(OTHER_STYLE)
    assert parsed.title == "Senior Data Engineer - Remote (EU)"
    assert [(ln.importance, ln.text) for ln in parsed.lines] == [
        ("duty", "Own our pipelines (Airflow, Kafka)"),
        ("required", "5+ years building data pipelines in Python"),
        ("preferred", "Terraform"),
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("About the role", "about"),
        ("About Acme", "skip"),
        ("Perks:", "skip"),
        ("Location:", "skip"),
        ("Team:", "duty"),
        ("Kubernetes experience is a plus", None),
        ("Experience with Python.", None),
    ],
)
def test_headings(line, kind):
    assert _heading(line) == kind


def test_heading_case_and_spacing_do_not_matter():
    plain = parse_job("Engineer\n\nRequirements:\nPython experience.\n")
    shouty = parse_job("Engineer\n\n\n   REQUIREMENTS:   \n\n  Python experience.  \n")
    assert plain == shouty


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("5+ years of Python", 5),
        ("3-5 years of experience in sales", 3),
        ("at least 2 years experience", 2),
        ("10 yrs in construction", 10),
        ("2 years of full-cycle recruiting, 5 years preferred", 2),
        ("Experience with Python", None),
        ("Worked 2015-2018", None),
        # In words (before: none of these asked for years).
        ("Two years of warehouse experience", 2),
        ("Five (5) years of experience in a warehouse", 5),
        ("A decade of leadership experience", 10),
        ("Twenty-five years of industry experience", 25),
        ("Obtain CPR certification within a year of hire", None),
        ("Must be eighteen years old", None),
    ],
)
def test_years_required(text, years):
    assert years_required(text) == years


@pytest.mark.parametrize(
    ("job", "expected"),
    [
        (
            "Requirements: 3+ years of Python; PostgreSQL; Kubernetes is a plus.",
            [
                ("3+ years of Python", "required"),
                ("PostgreSQL", "required"),
                ("Kubernetes is a plus.", "preferred"),
            ],
        ),
        (
            "Backend developer\nMust have: Python, SQL.\nLocation: Berlin\n- Docker\n"
            "Nice to have: Terraform; Go.",
            [
                ("Python, SQL.", "required"),
                ("Docker", "required"),
                ("Terraform", "preferred"),
                ("Go.", "preferred"),
            ],
        ),
    ],
)
def test_a_heading_and_its_items_on_one_line(job, expected):
    lines = parse_job(job).lines
    assert [(line.text, line.importance) for line in lines] == expected


# The plain forms of requirements._YEARS and _SENTENCE: the faster ones must match as they do.
_PLAIN_YEARS = re.compile(
    r"\b(\d{1,2})\s*+\+?\s*+(?:(?:-|to|–)\s*+\d{1,2}\s*+\+?\s*+)?(?:years?|yrs?)\b", re.IGNORECASE
)
_PLAIN_SENTENCE = re.compile(r"(?<!e\.g\.)(?<!i\.e\.)(?<=[.;])\s++(?=[A-Z])")


def test_years_and_sentence_patterns_match_as_their_plain_forms():
    rng = random.Random(5)
    parts = ["1", "12", "123", "a", "_", "+", " ", "-", "to", " years", "YRS", "yr", "e.g.", "i.e."]
    parts += [".", ";", " The", "Go", "\n", "ſ"]
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 12)))
        found = [(m.span(), m.group(1)) for m in requirements._YEARS.finditer(text)]
        assert found == [(m.span(), m.group(1)) for m in _PLAIN_YEARS.finditer(text)], text
        assert requirements._SENTENCE.split(text) == _PLAIN_SENTENCE.split(text), text
