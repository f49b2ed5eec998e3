"""Field overlap, coverage and the final score."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from jobfit.offline import scoring
from jobfit.offline.checklist import judge
from jobfit.offline.job import build_job
from jobfit.offline.profile import build_resume
from jobfit.offline.scoring import cosine, field_vector, score, skill_coverage
from jobfit.offline.vocabulary import skill_named, vocabulary


def scores(resume: str, job: str):
    job_profile = build_job(job)
    profile = build_resume(resume, job_profile.words, job_profile.keywords)
    return score(job_profile, profile, judge(job_profile, profile))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ({"devops": 1.0}, {"devops": 2.0}, 1.0),
        ({"devops": 1.0}, {"networking": 1.0}, 0.5),
        ({"devops": 1.0}, {"legal": 1.0}, 0.0),
        ({}, {"legal": 1.0}, 0.0),
    ],
)
def test_cosine_counts_neighbouring_fields_half(a, b, expected):
    assert cosine(Counter(a), Counter(b)) == pytest.approx(expected)


def test_field_vector_leaves_soft_skills_out_and_damps_repeats():
    once = field_vector(
        [(skill_named("Kubernetes"), 1, 1.0), (skill_named("Communication"), 9, 1.0)]
    )
    many = field_vector([(skill_named("Kubernetes"), 50, 1.0)])
    assert set(once) == {"devops"}
    assert many["devops"] < 3 * once["devops"]
    assert field_vector([(skill_named("Kubernetes"), 5, 1.0)]) == many


JOB = """Recruiter

Minimum qualifications:
2 years of full-cycle recruiting experience.
Experience with an applicant tracking system and sourcing on LinkedIn.

Preferred qualifications:
Experience negotiating offers.
"""
RECRUITER = """Talent acquisition specialist, 2015 - 2021.
Ran full-cycle recruiting for engineering roles: sourcing, screening, interviews, offer negotiation.
"""
NURSE = """Registered nurse, ICU, 2015 - 2021.
Patient care, medication administration and family education.
"""


def test_same_field_scores_above_other_field():
    same, other = scores(RECRUITER, JOB), scores(NURSE, JOB)
    assert same.field > 0.9 and other.field < 0.1
    assert same.score >= 70 > 45 > other.score


def test_parts_are_fractions_and_score_is_bounded():
    for resume in (RECRUITER, NURSE, "x"):
        s = scores(resume, JOB)
        assert 0 <= s.field <= 1 and 0 <= s.skills <= 1 and 0 <= s.checklist <= 1
        assert 0 <= s.score <= 100


def test_skill_coverage_weighs_required_over_preferred():
    job = build_job("Engineer\n\nRequirements:\nKubernetes.\n\nNice to have:\nTerraform.\n")
    has_required = build_resume("Kubernetes", job.words, job.keywords)
    has_preferred = build_resume("Terraform", job.words, job.keywords)
    assert skill_coverage(job, has_required) == pytest.approx(2 / 3)
    assert skill_coverage(job, has_preferred) == pytest.approx(1 / 3)


@pytest.mark.parametrize(
    ("resume", "ceiling"),
    [
        ("Recruiter.", 45),
        ("Recruiter: sourcing and interviews.", 70),
    ],
)
def test_thin_resumes_cannot_score_high(resume, ceiling):
    assert scores(resume, JOB).score < ceiling


def _naive_dot(a: Counter, b: Counter, related: frozenset) -> float:
    """The definition: every pair of fields tried, in order (the sum _dot must give bit for bit)."""
    same = sum(v * b[k] for k, v in a.items() if k in b)
    near = sum(va * vb for fa, va in a.items() for fb, vb in b.items() if (fa, fb) in related)
    return same + scoring.tuning.RELATED * near


def test_dot_adds_neighbouring_fields_in_the_order_of_every_pair():
    related = vocabulary().related
    fields = sorted({f for pair in related for f in pair})
    rng = random.Random(12)
    for _ in range(300):
        a = Counter({f: rng.random() * 9 for f in rng.sample(fields, rng.randint(0, 12))})
        b = Counter({f: rng.random() * 9 for f in rng.sample(fields, rng.randint(0, 12))})
        assert scoring._dot(a, b, related) == _naive_dot(a, b, related)  # exact, not approx


def test_dot_with_the_first_vector_read_before_is_the_same_sum():
    """near_of(a), what a prepared job keeps for cosine(), gives _dot's terms in _dot's order."""
    related = vocabulary().related
    fields = sorted({f for pair in related for f in pair}) + ["unrelated"]
    rng = random.Random(13)
    for _ in range(300):
        a = Counter({f: rng.random() * 9 for f in rng.sample(fields, rng.randint(0, 12))})
        b = Counter({f: rng.random() * 9 for f in rng.sample(fields, rng.randint(0, 12))})
        near = scoring.near_of(a)
        assert scoring._dot(a, b, related, near) == scoring._dot(a, b, related)  # exact
        assert cosine(a, b, None, near) == cosine(a, b)


def _field_vector_as_before(items):
    vec = Counter()
    for skill, count, place in items:
        if count > 0 and skill.kind != "soft":
            share = skill.weight * place * scoring._mention_weight(count) / len(skill.fields)
            for f in skill.fields:
                vec[f] += share
    return vec


def test_field_vector_sums_as_a_counter_does():
    skills = vocabulary().skills
    rng = random.Random(21)
    for _ in range(500):
        items = [
            (rng.choice(skills), rng.randint(-1, 6), rng.choice([1.0, 0.6, 0.5, 0.35]))
            for _ in range(rng.randint(0, 30))
        ]
        got, expected = field_vector(items), _field_vector_as_before(items)
        assert list(got.items()) == list(expected.items())  # same order, same bits
        assert type(got) is Counter


def _thin(occupation: float, relation: str) -> int:
    """The score of a resume naming one skill, at this occupation nearness and relation."""
    parts = scoring.PairParts(Counter(), occupation, relation, [])
    return scoring.combine(parts, occupation, None, None, 1, 0, []).score


def test_an_adjacent_field_keeps_a_floor_when_the_occupations_show_it():
    floor = scoring.tuning.ADJACENT_FLOOR
    assert _thin(0.45, "adjacent") == floor  # thin, but in a neighbouring field
    assert _thin(0.45, "different") < floor  # as thin in an unrelated field
    assert _thin(0.0, "adjacent") == 0  # a headline alone (a pasted job title) earns nothing


@pytest.mark.parametrize(
    ("relation", "occupation", "expected"),
    [
        ("different", 0.1, 0.3),  # the skills lift an unrelated field to 3x what occupations see
        ("different", 0.3, 0.9),  # ...and confirm a neighbour the occupations half see
        ("adjacent", 0.1, 0.9),  # a neighbour or the same field: the skills decide as before
        (None, 0.0, 0.9),  # no occupation on a side: the skills alone
    ],
)
def test_skills_confirm_a_field_the_occupations_call_different_never_invent_it(
    relation, occupation, expected
):
    parts = scoring.PairParts(Counter(), occupation, relation, [])
    field = scoring.combine(parts, 0.9, None, None, 6, 0, []).field
    assert field == pytest.approx(expected)


def test_an_adjacent_field_under_its_cap_keeps_the_order_of_its_fit():
    parts = scoring.PairParts(Counter(), 0.9, "adjacent", [])
    scores = [scoring.combine(parts, 1.0, cover, None, 6, 0, []).score for cover in (0, 0.5, 1)]
    assert scores == [54, 56, 57]  # a hard cap read 59, 59, 59: a tie whatever the fit
    assert scoring._soft_cap(40.0, scoring.tuning.ADJACENT_CAP, 10) == 40.0  # below: unchanged
    assert scoring._soft_cap(100.0, scoring.tuning.ADJACENT_CAP, 10) == scoring.tuning.ADJACENT_CAP


def test_fields_given_are_the_fields_read():
    """score() given the resume's field vector (analyze_parts reads it once) scores the same."""
    job = build_job("Data engineer\n\nRequirements:\n- Python, Spark and Airflow.\n- SQL.\n")
    resume = build_resume("Built Spark jobs in Python.\nSkills: SQL", job.words, job.keywords)
    judgements = judge(job, resume)
    fields = scoring._resume_fields(resume)
    assert score(job, resume, judgements, fields=fields) == score(job, resume, judgements)
    # The vector given is the one read: another one scores otherwise.
    other = Counter({"law": 1.0})
    assert score(job, resume, judgements, fields=other) != score(job, resume, judgements)
