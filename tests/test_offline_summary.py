"""The summary paragraph, from constructed situations and analyses."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from jobfit.offline.engine import analyze_parts
from jobfit.offline.prose import summary_problems
from jobfit.offline.summary import Situation, field_relation, render, situation
from jobfit.report import Skills

BASE = Situation(
    verdict="partial",
    relation="adjacent",
    job_field="networking",
    resume_field="DevOps and operations engineering",
    strengths=("Kubernetes", "Law"),
    facts=("a degree that matches",),
    gaps=("experience with BGP", "legal work"),
    preferred=("payment systems",),
)


def test_render_says_verdict_relation_evidence_and_gaps():
    assert render(BASE) == (
        "This resume is a partial fit for the job, as it comes from an adjacent field "
        "(DevOps and operations engineering) rather than the job's (networking). "
        "Its strongest evidence is experience with Kubernetes, and in legal work, along with a "
        "degree that matches. It does not show experience with BGP or legal work, which the job "
        "asks for, nor payment systems, which it prefers."
    )


@pytest.mark.parametrize(
    ("relation", "verdict", "opening"),
    [
        ("same", "strong", "This resume fits the job well: both are in the same field, network"),
        ("same", "partial", "This resume is a partial fit for the job: it is in the same field,"),
        ("same", "weak", "This resume is a weak fit for the job, although it is in the same field"),
        ("adjacent", "strong", "This resume fits the job well, coming from an adjacent field"),
        ("different", "weak", "This resume is a weak fit for the job: it comes from a different"),
        ("different", "partial", "This resume is a partial fit for the job even though it comes"),
        (None, "weak", "This resume is a weak fit for the job, but it names too few skills"),
    ],
)
def test_opening_varies_by_relation_and_verdict(relation, verdict, opening):
    text = render(replace(BASE, relation=relation, verdict=verdict))
    assert text.startswith(opening)
    assert summary_problems(text) == []


def test_a_job_without_a_field_is_judged_on_its_requirements():
    text = render(replace(BASE, relation=None, job_field=None))
    assert "the job ad names too few skills to place it in a field" in text


def test_gaps_required_before_preferred_and_weak_wording():
    weak = render(replace(BASE, verdict="weak", gaps=("a", "b", "c"), preferred=("d",)))
    assert "It does not show a, b or c, all of which the job asks for." in weak
    only_preferred = render(replace(BASE, gaps=()))
    assert "Nothing the job requires is plainly missing; of what it prefers, it lacks" in (
        only_preferred
    )


def test_items_to_confirm_and_set_aside_text_close_the_paragraph():
    confirm = render(replace(BASE, confirm=('"Valid driving licence"', "the years of experience")))
    assert confirm.endswith(
        'Worth confirming with the candidate: "Valid driving licence" and the years of experience.'
    )
    gamed = render(replace(BASE, discounted=("text copied from the job ad",)))
    assert gamed.endswith("leaves out text copied from the job ad found in the resume.")


def test_a_thin_situation_still_makes_two_sentences_of_enough_words():
    text = render(Situation("weak", "different", "law", "sales"))
    assert text.endswith("Little of what the job asks for shows in the resume.")
    assert summary_problems(text) == []


def test_long_lists_are_cut_to_stay_within_the_word_limit():
    long = tuple(f"very long requirement number {w} of many words" for w in "abcdefg")
    text = render(replace(BASE, gaps=long, preferred=long, confirm=long))
    assert summary_problems(text) == []


@pytest.mark.parametrize(
    ("job", "resume", "overlap", "relation"),
    [
        ({"devops": 5.0}, {"devops": 1.0, "legal": 0.5}, 0.2, "same"),
        ({"networking": 5.0}, {"devops": 5.0}, 0.3, "adjacent"),
        ({"legal": 5.0}, {"sales": 5.0}, 0.5, "adjacent"),
        ({"legal": 5.0}, {"sales": 5.0}, 0.1, "different"),
        ({"legal": 5.0}, {}, 0.0, None),
    ],
)
def test_field_relation(job, resume, overlap, relation):
    assert field_relation(Counter(job), Counter(resume), overlap) == relation


def test_unknown_status_items_are_to_confirm():
    a = analyze_parts(
        "Paralegal, 2015 - 2024\nDrafted contracts and court filings for a law firm.",
        "Requirements:\n- Experience drafting contracts\n- Valid driving licence",
    )
    unknown = [
        replace(j, status="unknown") if "licence" in j.line.text else j for j in a.judgements
    ]
    s = situation(replace(a, judgements=unknown), Skills(matched=[], missing=[]), [], "partial")
    assert s.confirm == ('"Valid driving licence"',)


def test_a_long_unknown_item_is_named_by_its_topic():
    a = analyze_parts(
        "Paralegal, 2015 - 2024\nDrafted contracts and court filings for a law firm.",
        "Requirements:\n- Experience drafting contracts\n- Willing to travel to client sites "
        "across the region for up to three weeks at a time, often at short notice",
    )
    unknown = [replace(j, status="unknown") if "travel" in j.line.text else j for j in a.judgements]
    s = situation(replace(a, judgements=unknown), Skills(matched=[], missing=[]), [], "partial")
    assert s.confirm == ("the travel the job asks for",)


def test_an_unknown_item_with_numbers_is_named_not_quoted():
    a = analyze_parts(
        "Paralegal, 2015 - 2024\nDrafted contracts and court filings for a law firm.",
        "Requirements:\n- Experience drafting contracts\n- Ability to travel up to 25% of the time",
    )
    unknown = [replace(j, status="unknown") if "travel" in j.line.text else j for j in a.judgements]
    s = situation(replace(a, judgements=unknown), Skills(matched=[], missing=[]), [], "partial")
    assert s.confirm == ("the travel the job asks for",)  # the summary never holds digits


def test_a_stated_total_meets_the_years_with_nothing_to_confirm():
    from jobfit import analyze

    report = analyze(
        "Backend engineer. Built Python services on PostgreSQL for 6 years.",
        "Backend Engineer\nRequirements:\n- 3+ years of Python\n- PostgreSQL",
    )
    assert report.requirements[0].status == "met"
    assert "no dates" not in report.summary


def test_the_occupations_that_decide_the_relation_name_the_fields():
    # A chef names one skill, costing (finance); the occupation model reads her as a cook.
    chef = (
        "Tom Baker\nExecutive Chef with 12 years in fine dining kitchens.\n"
        "Executive Chef, Le Jardin, 2015 - 2024: menu development, food cost control.\n"
    )
    nurse_job = (
        "Registered Nurse\n\nRequirements:\n- Active RN license.\n- 2+ years of acute care.\n"
    )
    a = analyze_parts(chef, nurse_job)
    s = situation(a, Skills(matched=[], missing=[]), [], "weak")
    assert (s.relation, s.resume_field, s.job_field) == ("different", "cooking", "nursing")


@pytest.mark.parametrize(
    ("asked", "had", "fact"),
    [
        ("High school diploma or GED.", "High School Diploma, 2014", "the education it asks for"),
        ("Bachelor's degree in Accounting.", "B.S. in Accounting, 2014", "a degree that matches"),
    ],
)
def test_a_diploma_is_named_as_education_not_as_a_degree(asked, had, fact):
    from jobfit import analyze

    report = analyze(
        f"Accounts clerk\nExperience\nAccounts clerk, Acme, 2015 - 2024\nEducation\n{had}\n",
        f"Accounts Clerk\nRequirements:\n- {asked}\n- Accounts payable experience.\n",
    )
    assert fact in report.summary
