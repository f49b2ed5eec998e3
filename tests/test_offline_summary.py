"""Summary and suggestions text."""

from __future__ import annotations

from collections import Counter

from jobfit.offline.summary import suggestions, summary


def test_summary_for_a_weak_match_names_both_fields():
    text = summary(
        20,
        "weak",
        [],
        ["Kubernetes", "Terraform"],
        [],
        Counter({"devops": 5.0}),
        Counter({"legal": 4.0}),
        0.0,
    )
    assert text == (
        "The resume is a weak fit for this job (score 20 of 100). The job is about DevOps and "
        "operations engineering; the resume is mostly about law. "
        "Key gaps: Kubernetes and Terraform."
    )


def test_summary_for_a_strong_match_names_skills():
    text = summary(
        85,
        "strong",
        ["Python", "Django", "PostgreSQL"],
        [],
        [],
        Counter({"software": 3.0}),
        Counter({"software": 5.0}),
        0.95,
    )
    assert text == (
        "The resume is a strong fit for this job (score 85 of 100). Both are about software "
        "development. It shows Python, Django and PostgreSQL."
    )


def test_suggestions_call_gaps_gaps():
    gaps = [("Kubernetes", "required"), ("Helm", "duty"), ("Terraform", "preferred")]
    out = suggestions(gaps, [], "Cut costs by 20% for 30 teams in 2019.")
    assert out == [
        "The job requires Kubernetes; the resume shows no evidence of it. "
        "If you have used it, describe where and how.",
        "The job's duties involve Helm; the resume does not mention it. "
        "If you have done this work, describe it.",
        "The job prefers Terraform; the resume does not mention it. "
        "If you have experience with it, say so with an example.",
    ]


def test_suggests_numbers_only_when_the_resume_has_few():
    assert suggestions([], [], "Ran the team.")[-1].startswith("Quantify results")
    assert suggestions([], [], "Cut costs by 20% for 30 teams in 2019.") == []


def test_summary_for_a_neighbouring_field():
    text = summary(
        55, "partial", [], [], [], Counter({"networking": 5.0}), Counter({"devops": 5.0}), 0.6
    )
    assert "The job is about networking; the resume is mostly about a neighbouring field, " in text
