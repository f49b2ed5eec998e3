"""The resume side: what is kept, what is counted, what is flagged."""

from __future__ import annotations

from jobfit.offline import profile as profile_module
from jobfit.offline.profile import build_resume, read_resume
from jobfit.offline.text import tokenize

RESUME = """Jane Doe
jane@example.com, +1 555 010 2030
Data Analyst, 2017 - 2022
Built Tableau dashboards and SQL reports for the sales team.
Education: M.Sc. Statistics
"""


def profile(text: str = RESUME, job: str = ""):
    return build_resume(text, [t.lower for t in tokenize(job)], set())


def test_personal_lines_are_not_segments():
    texts = [s.text for s in profile().segments]
    assert texts == [
        "Data Analyst, 2017 - 2022",
        "Built Tableau dashboards and SQL reports for the sales team.",
        "Education: M.Sc. Statistics",
    ]


def test_counts_years_and_degrees():
    p = profile()
    assert p.skills["Tableau"] == 1 and p.skills["SQL"] == 1
    assert p.years == 5.0
    assert p.degrees == {3}
    assert p.warnings == []


def test_a_degree_is_never_read_across_a_line_break():
    p = profile("Led support for Group B\nTech support for 40 users, 2019 - 2023")
    assert p.degrees == set()


def test_long_line_with_contact_details_is_scanned_but_not_quoted():
    line = (
        "Call me on +1 555 010 2030 about the Kubernetes migration I led for three banks in 2020."
    )
    [segment] = profile(line).segments
    assert segment.skills["Kubernetes"] == 1
    assert segment.quotable is False


def test_copied_job_text_is_dropped_and_flagged():
    job = "You will design and operate large scale Kubernetes clusters for global payments."
    p = profile(RESUME + job + "\n", job)
    assert [w.code for w in p.warnings] == ["job_text_copied"]
    assert p.skills["Kubernetes"] == 0


def test_a_read_resume_finds_its_skills_and_degrees_once_for_every_job(monkeypatch):
    read = read_resume(RESUME)
    calls = []
    real = profile_module.find_mentions
    monkeypatch.setattr(
        profile_module, "find_mentions", lambda *a, **k: calls.append(1) or real(*a, **k)
    )
    jobs = ("Data Analyst: SQL and Tableau", "Statistician with an MSc", "")
    built = [build_resume(RESUME, [t.lower for t in tokenize(j)], set(), read=read) for j in jobs]
    assert calls == []
    for job, p in zip(jobs, built, strict=True):
        assert p == profile(RESUME, job)
    assert built[0].skills["Tableau"] == built[0].skills["SQL"] == 1 and built[0].degrees == {3}
