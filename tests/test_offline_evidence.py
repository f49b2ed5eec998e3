"""Evidence quotes: the telling lines, each once a report, never cut mid-phrase."""

from __future__ import annotations

import random
import re

from jobfit.offline import OfflineEngine, evidence

RESUME = """\
Backend Engineer, Routewise, 2017 - 2024
Skills: Python, Django, PostgreSQL, Docker, Kubernetes, Terraform
- Built a Django API for route planning; moved it to AWS Lambda and SQS.
- Ran Kubernetes clusters for twelve services and wrote their Terraform modules.
EDUCATION
B.S. in Computer Science, State University
"""
JOB = """\
Requirements
- 5+ years of experience with Python
- Experience with Django
- Experience with PostgreSQL
- Experience with Docker
- Experience running services on AWS
- Experience with Kubernetes
- BS degree in Computer Science
"""


def quotes(resume=RESUME, job=JOB):
    report = OfflineEngine().analyze(resume, job)
    return {r.text: r.evidence for r in report.requirements}


def test_no_line_is_quoted_twice_in_a_report():
    found = [q for qs in quotes().values() for q in qs]
    assert len(found) == len(set(found))


def test_a_skills_line_is_quoted_by_the_items_that_answer():
    by_item = quotes()
    assert by_item["Experience with PostgreSQL"] == ["PostgreSQL"]
    assert by_item["Experience with Docker"] == ["Docker, Kubernetes"]  # Kubernetes runs Docker


def test_a_line_of_clauses_is_quoted_by_the_clause_that_answers():
    assert "moved it to AWS Lambda and SQS." in quotes()["Experience running services on AWS"]


def test_years_and_degrees_are_quoted_by_whole_lines():
    by_item = quotes()
    assert by_item["5+ years of experience with Python"][0] == (
        "Backend Engineer, Routewise, 2017 - 2024"
    )
    assert by_item["BS degree in Computer Science"] == [
        "B.S. in Computer Science, State University"
    ]


def test_headings_and_bare_dates_are_never_quoted():
    found = [q for qs in quotes().values() for q in qs]
    assert "EDUCATION" not in found and not any(q.startswith("2017") for q in found)


def test_a_line_wrapped_after_and_is_joined_and_quoted_whole():
    # A line never ends on "and" unless its sentence goes on below: whatever the case of the
    # next word, the two lines are one sentence (before: quoted up to "in Django").
    resume = "Developed REST services in Django and\nPostgreSQL for the billing team."
    [quote] = quotes(resume, "Requirements\n- Experience with Django REST services")[
        "Experience with Django REST services"
    ]
    assert quote == resume


def test_a_line_wrapped_mid_sentence_is_joined_and_quoted_whole():
    # The offline-3 reader joins a line a PDF wrapped mid-sentence, so the quote ends where the
    # sentence does, not at the wrap ("...predicts stock").
    resume = "Used PyTorch for model development and Docker. The model predicts stock\nprices."
    [quote] = quotes(resume, "Requirements\n- Experience with PyTorch")["Experience with PyTorch"]
    assert quote == resume


def test_list_items_are_the_spans_between_commas_semicolons_and_bars():
    for text in ("", "Python", "Python, Django | SQL;Go", ",,", "a|", ";b", "C++, C#; .NET |"):
        spans, start = [], 0
        for i, ch in enumerate(text + ","):  # the definition, one character at a time
            if ch in ",;|":
                spans.append((start, i))
                start = i + 1
        assert evidence._pieces(text) == spans


_PLAIN_YEARS = re.compile(
    r"\b\d{1,2}\+?\s*+(?:years?|yrs?)\b|\b(?:19|20)\d{2}\s*+[-\u2013\u2014]", re.I
)


def test_dates_are_found_where_the_plain_pattern_finds_them():
    rng = random.Random(4)
    parts = [
        "1",
        "2",
        "9",
        "0",
        "19",
        "20",
        "201",
        "a",
        "_",
        "+",
        " ",
        "-",
        "\u2013",
        " years",
        "YR",
    ]
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 12)))
        found = [m.span() for m in evidence._YEARS.finditer(text)]
        assert found == [m.span() for m in _PLAIN_YEARS.finditer(text)], text


def _ranked_plainly(line, segments, dated):
    """The candidates as _hits ranks every segment (no shortcut for lines of words alone)."""
    degrees = line.degree is not None and any(s.degrees for s in segments)
    study = bool(line.years) and line.degree is None
    ranked = sorted(
        (-evidence._hits(line, s, dated[i]), i, s.text)
        for i, s in enumerate(segments)
        if s.quotable and (s.degrees or not degrees) and not (study and s.degrees)
    )
    return [(-h, i, text) for h, i, text in ranked if -h >= 1]


def test_candidates_are_those_every_segments_hits_rank():
    from jobfit.offline.job import build_job
    from jobfit.offline.profile import build_resume

    rng = random.Random(7)
    pool = RESUME.splitlines() + [
        "Wrote Python services for payments, 2019 - 2023",
        "Over 6 years of experience with Docker and AWS",
        "Cooked for a team of twelve",
        "MS in Computer Science",
        "Led the Kubernetes migration",
        "Call 555-123-4567 about Python and AWS work",  # personal details: never quoted
        "jane.doe@example.com - Docker, Kubernetes, AWS",
    ]
    job = build_job(JOB + "- Master's degree preferred\n- 3 years with AWS\n")
    asked = unquotable = 0
    for _ in range(60):
        text = "\n".join(rng.sample(pool, rng.randint(1, len(pool)))) + "\n"
        resume = build_resume(text, job.words, job.keywords, [ln.stems for ln in job.lines])
        dated = [rng.random() < 0.3 for _ in resume.segments]
        unquotable += sum(not s.quotable for s in resume.segments)
        for line in job.lines:
            found = evidence._Candidates(line, resume.segments, dated, evidence._Reading())
            assert found.ranked == _ranked_plainly(line, resume.segments, dated), text
            asked += bool(found.ranked)
    assert asked > 100  # the candidates are not all empty
    assert unquotable > 5  # nor every segment quotable


def test_a_quoted_piece_shows_the_skills_with_implied_counts():
    from collections import Counter

    from jobfit.offline.vocabulary import implied_names, vocabulary, with_implied

    rng = random.Random(5)
    names = [s.name for s in vocabulary().skills]
    for _ in range(2000):
        found = [rng.choice(names) for _ in range(rng.randint(0, 6))]  # repeats too
        assert implied_names(found) == frozenset(with_implied(Counter(found)))


def test_an_item_met_by_a_line_another_item_quotes_still_quotes_it():
    job = (
        "Data Analyst\n\nRequirements:\n"
        "- Bachelor's degree in Statistics.\n- Master's degree preferred.\n"
    )
    resume = "Data analyst at Acme, 2015 - 2024.\nM.S. in Statistics, Stanford University, 2012\n"
    report = OfflineEngine().analyze(resume, job)
    assert [(r.status, r.evidence) for r in report.requirements] == [
        ("met", ["M.S. in Statistics, Stanford University, 2012"]),
        ("met", ["M.S. in Statistics, Stanford University, 2012"]),
    ]
