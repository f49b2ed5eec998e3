"""Prose helpers: cut phrases, whole clauses, and the summary's shape."""

from __future__ import annotations

import pytest

from jobfit.offline.prose import (
    checked_summary,
    dangling,
    join,
    report_problems,
    sentences,
    summary_problems,
    telling,
    trim_dangling,
    whole_clause,
)
from jobfit.report import EngineInfo, Report, Requirement, Skills

GOOD = (
    "This resume fits the job well: both are in the same field, software development. "
    "Its strongest evidence is experience with Python and Django, along with a degree that "
    "matches. What it lacks is Kubernetes, which the job asks for."
)


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Experience with server-side web frameworks such as JSP or", True),
        ("frameworks such as", True),
        ("Python, Django and", True),
        ("Python, Django,", True),
        ("Python and Django", False),
        ("which the job asks for", False),
        ('"Built APIs with"', False),
    ],
)
def test_dangling(text, cut):
    assert dangling(text) is cut


def test_a_quote_may_not_end_on_a_preposition_either():
    assert dangling("Built APIs with", quote=True)
    assert trim_dangling("Built REST APIs in Flask and") == "Built REST APIs in Flask"
    assert trim_dangling("Led a team of") == "Led a team"


def test_whole_clause_quotes_whole_or_cuts_at_a_clause_or_gives_up():
    assert whole_clause("Experience with Kubernetes.", 90) == "Experience with Kubernetes"
    long = "Experience in data analysis and database querying; ideally with SQL, Python or R too"
    assert whole_clause(long, 60) == "Experience in data analysis and database querying"
    assert whole_clause("Experience with frameworks such as JSP or", 90) is None


def test_join():
    assert [join([]), join(["a"]), join(["a", "b"]), join(["a", "b", "c"], "or")] == [
        "",
        "a",
        "a and b",
        "a, b or c",
    ]


def test_sentences_ignore_dots_inside_names():
    assert len(sentences("It shows Node.js and ASP.NET work. It lacks Go.")) == 2


@pytest.mark.parametrize(
    ("line", "ok"),
    [
        ("August 2014 to May 2018", False),
        ("TECHNICAL SKILLS", False),
        ("Work Experience", False),
        ("Education:", False),
        ("Python, Django", True),
        ("Django", True),
        ("Machine Learning", True),
        ("Built a Django API for route planning.", True),
    ],
)
def test_telling(line, ok):
    assert telling(line) is ok


def test_summary_problems():
    assert summary_problems(GOOD) == []
    assert summary_problems("A weak fit (score 30 of 100).") == [
        "has digits",
        "has 7 words",
        "has 1 sentences",
    ]
    assert "has a phrase cut short" in summary_problems(GOOD + ' It lacks "JSP or".')
    assert "has personal details" in summary_problems(GOOD + " Mail jo@example.com today.")
    assert "has personal details" in summary_problems(GOOD + " Her Python is strong.")
    assert "has personal details" in summary_problems(GOOD + " Jane Doe knows Go.", "Jane Doe")


def test_checked_summary_drops_sentences_with_numbers_or_personal_details():
    model = "A strong fit, 85 of 100. Jane Doe shows Python and Django. It lacks Kubernetes."
    assert checked_summary(model, "offline", "Jane Doe\nPython developer") == (
        "It lacks Kubernetes."
    )
    assert checked_summary("Scored 85.", "offline text") == "offline text"
    assert checked_summary(GOOD, "offline") == GOOD


def test_report_problems_names_each_kind():
    def req(*quotes: str) -> Requirement:
        return Requirement(text="x", importance="required", status="met", evidence=list(quotes))

    report = Report(
        score=30,
        verdict="weak",
        summary="The resume is a weak fit for this job (score 30 of 100).",
        requirements=[req("Python, Django and", "2014 - 2018"), req("Python, Django and", "x")],
        skills=Skills(matched=[], missing=[]),
        suggestions=['Show "frameworks such as JSP or" with an example.'],
        engine=EngineInfo(name="offline", version="t"),
    )
    assert report_problems(report) == [
        "summary has digits",
        "summary has 13 words",
        "summary has 1 sentences",
        "summary names no field relation",
        "evidence quotes a line twice",
        "evidence cut mid-phrase",
        "evidence says nothing on its own",
        "suggestion quotes a cut phrase",
    ]
    sound = report.model_copy(
        update={"summary": GOOD, "requirements": [req("Python, Django")], "suggestions": []}
    )
    assert report_problems(sound) == []
    # A line may also be the only quote of another item: it meets that item too.
    shared = sound.model_copy(
        update={"requirements": [req("Python, Django", "Built APIs"), req("Python, Django")]}
    )
    assert report_problems(shared) == []
