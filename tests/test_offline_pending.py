"""Degrees and certifications on the way ("PhD candidate", "Pursuing CFA") meet in part."""

from __future__ import annotations

import pytest

from jobfit.offline import OfflineEngine
from jobfit.offline.pending import degree_on_the_way, held_degrees

WORK = "Pat Doe\nAnalyst, Acme 2016 - present\n- Built financial models\n"


def _status(requirement: str, resume: str) -> str:
    job = f"Analyst\n\nRequirements:\n- {requirement}\n"
    [item] = OfflineEngine().analyze(resume, job).requirements
    return item.status


@pytest.mark.parametrize(
    ("requirement", "shown", "expected"),
    [
        ("CFA charterholder", "CFA Level II candidate", "partial"),
        ("CFA required", "Pursuing CFA designation", "partial"),
        ("Active CPA license", "CPA eligible; sitting for exam in 2027", "partial"),
        ("PMP certification", "PMP (in progress)", "partial"),
        ("Active CPA license", "Certified Public Accountant (CPA), 2019", "met"),
        ("CPA required", "CPA, CFA Level III candidate", "met"),
        ("CPA or CPA eligible", "CPA eligible", "met"),
        ("PMP certification", "PMP certified, 2019 - present", "met"),
    ],
)
def test_a_certification_on_the_way_is_partly_met(requirement, shown, expected):
    # Before: each was met, as if the candidate held the certification.
    assert _status(requirement, WORK + shown) == expected


@pytest.mark.parametrize(
    ("requirement", "education", "expected"),
    [
        ("MBA required", "MBA, expected May 2027\nB.S. Finance, 2015", "partial"),
        ("Bachelor's degree in Computer Science", "Pursuing B.S. in Computer Science", "partial"),
        (
            "Bachelor's degree in Computer Science",
            "B.S. Computer Science, 2023 - Present",
            "partial",
        ),
        ("PhD in Physics", "PhD candidate in Physics\nM.S. Physics, 2020", "partial"),
        ("Master's degree in Physics", "PhD candidate in Physics\nM.S. Physics, 2020", "met"),
        (
            "Currently pursuing a Bachelor's degree in Computer Science",
            "Pursuing B.S. in Computer Science",
            "met",
        ),  # fmt: skip
        ("Bachelor's degree in Computer Science", "B.S. Computer Science, 2019", "met"),
    ],
)
def test_a_degree_being_earned_is_partly_met(requirement, education, expected):
    assert _status(requirement, f"{WORK}Education\n{education}") == expected


def test_on_the_way_is_told_by_words_or_a_year_to_come():
    # conftest pins this year to 2026.
    assert degree_on_the_way("B.S. Computer Science, May 2027")
    assert not degree_on_the_way("B.S. Computer Science, May 2019")
    assert held_degrees(["MBA, expected 2027", "B.S. Finance, 2015"]) == {2}
    assert held_degrees(["Analyst, 2016 - present\nM.S. Physics, 2020"]) == {3}


@pytest.mark.parametrize(
    ("requirement", "shown", "expected"),
    [
        ("Valid CDL Class A", "CDL Class B", "partial"),
        ("Valid CDL Class A", "Class A CDL with Hazmat endorsement", "met"),
        ("Class B CDL required", "CDL-A, clean record", "met"),
        ("Class A or B CDL", "CDL Class B", "met"),
        ("Valid CDL Class A", "CDL, clean record", "met"),  # no class stated: not judged short
    ],
)
def test_a_licence_of_a_lower_class_is_partly_met(requirement, shown, expected):
    # Before: "CDL Class B" met "Valid CDL Class A".
    assert _status(requirement, f"Pat Doe\nTruck Driver, Swift 2014 - present\n{shown}") == expected
