"""Evidence strength: a skill shown in work counts more than a skill only listed."""

from __future__ import annotations

from jobfit.offline import OfflineEngine
from jobfit.offline.strength import listed_flags, listed_only
from jobfit.offline.text import tokenize


def flags(*lines: str) -> list[bool]:
    return listed_flags([(line, tokenize(line)) for line in lines])


def test_a_skills_section_lists_until_the_next_heading():
    assert flags(
        "Technical Skills",
        "Python",
        "SQL and Tableau",
        "Work History",
        "Built ETL pipelines in Python for the finance team.",
    ) == [True, True, True, False, False]


def test_a_line_of_items_lists_and_a_sentence_or_dated_line_shows_work():
    assert flags(
        "Skills: Python, SQL",
        "Python, SQL, Tableau, Excel, Power BI",
        "Product Manager, Ledgerly, Payments, B2B, 2018 - 2024",
        "Wrote SQL reports for the sales team, the CFO and the board.",
    ) == [True, True, False, False]


def test_listed_only_names_the_skills_when_they_are_most_of_the_match():
    demonstrated = frozenset({"SQL"})
    job = ["SQL", "Python", "Tableau", "Excel"]
    assert listed_only(job, ["SQL", "Python", "Tableau", "Excel"], demonstrated) == [
        "Python",
        "Tableau",
        "Excel",
    ]
    assert listed_only(job, ["SQL", "Python"], demonstrated) == []  # too few to judge


JOB = """Data Analyst

Requirements:
- SQL
- Python
- Tableau
- Excel
"""
SHOWN = """Data Analyst, Shopline, 2018 - 2024
Wrote SQL queries and Python scripts for weekly reports.
Built Tableau dashboards and Excel models for the sales team.
"""
LISTED = """Data Analyst, Shopline, 2018 - 2024
Answered questions from the sales team.
Skills: SQL, Python, Tableau, Excel
"""


def test_listed_skills_count_less_and_are_reported_as_listed():
    engine = OfflineEngine()
    shown, listed = engine.analyze(SHOWN, JOB), engine.analyze(LISTED, JOB)
    assert shown.score > listed.score
    assert {s.evidence for s in shown.skills.matched} == {"demonstrated"}
    assert {s.evidence for s in listed.skills.matched} == {"listed"}
    assert "unsupported_skills" in [w.code for w in listed.warnings]
    assert "unsupported_skills" not in [w.code for w in shown.warnings]
    assert listed.verdict != "strong"


def test_a_heading_in_capitals_is_a_section_not_a_name():
    from jobfit.offline.profile import build_resume

    upper = build_resume("KEY SKILLS\nPython, SQL, Tableau, Excel", [], set())
    lower = build_resume("key skills\npython, sql, tableau, excel", [], set())
    assert [s.listed for s in upper.segments] == [s.listed for s in lower.segments] == [True, True]
