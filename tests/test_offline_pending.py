"""Certifications on the way ("Pursuing CFA"), lapsed or of a lower class meet in part."""

from __future__ import annotations

import pytest

from jobfit.offline import OfflineEngine

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
        ("ServSafe Manager certification", "ServSafe Manager (expired 2021)", "partial"),
        ("Current BLS certification", "BLS certified (AHA), 2024", "met"),
    ],
)
def test_a_certification_on_the_way_is_partly_met(requirement, shown, expected):
    # Before: each was met, as if the candidate held the certification.
    assert _status(requirement, WORK + shown) == expected


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


@pytest.mark.parametrize(
    ("requirement", "shown", "expected"),
    [
        (
            "Texas Journeyman Electrician license",
            "Apprentice Electrician License, Texas",
            "partial",
        ),
        ("Texas Journeyman Electrician license", "Journeyman Electrician License, Texas", "met"),
        ("Texas Journeyman Electrician license", "Master Electrician License, Texas", "met"),
        ("Texas Journeyman Electrician license", "Electrician License, Texas", "met"),
    ],
)
def test_a_trade_licence_of_a_lower_grade_is_partly_met(requirement, shown, expected):
    # Before: an apprentice's licence met "Journeyman Electrician license".
    resume = f"Pat Doe\nElectrician, Spark 2012 - present\n{shown}"
    assert _status(requirement, resume) == expected
