"""Conditions of the job that no resume can show: unknown, to confirm with the employer."""

from __future__ import annotations

import pytest

from jobfit.offline import OfflineEngine, unknowable
from jobfit.offline.unknowable import stated, topic


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ability to travel internationally as required.", "travel"),
        ("Up to 25% travel", "travel"),
        ("Must be authorized to work in the United States", "authorisation"),
        ("Willing to work weekends, nights and holidays", "schedule"),
        ("Able to lift 50 lbs", "physical"),
        ("Valid driver's license and a clean driving record", "driving"),
        ("Must pass a background check and drug screen", "checks"),
        ("Experience generating business insights", None),  # "insights" is not "nights"
        ("Bachelor's degree in nursing", None),
        ("Experience with travel booking and expense reports", None),
        # Cues of two topics: the first topic listed wins, wherever its cue sits in the line.
        ("Work weekends; some travel required; lift 30 lbs", "travel"),
        ("Night shift; valid driver's license", "schedule"),
        ("Must travel to clients' sites", "travel"),  # "must" starts no other topic's cue
    ],
)
def test_topic(line, expected):
    assert topic(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Must be able to stand and walk for 8-10 hours", "physical"),
        ("Must be able to work outdoors in all weather conditions", "physical"),
        ("Able to pass a physical exam", "physical"),
        ("Must be able to pass a TB test", "checks"),
        ("Must be fully vaccinated against COVID-19", "checks"),
        ("Must be bondable", "checks"),
        ("Must complete a fingerprint clearance", "checks"),
        ("Must reside within 30 miles of the facility", "relocation"),
        ("Must be eligible to obtain a security clearance", "clearance"),
        ("Ability to obtain and maintain a Secret clearance", "clearance"),
        ("Must be 18 years of age or older", "age"),
        ("Must be at least 21 years old", "age"),
        # What a resume can show stays an ordinary line.
        ("Active TS/SCI clearance required", None),
        ("Experience administering vaccinations", None),
        ("Cold calling and prospecting experience", None),
        ("Experience with fingerprint sensors", None),
        ("Experience teaching children 3-5 years old", None),
    ],
)
def test_more_conditions_no_resume_can_show(line, expected):
    # Before: each of these conditions read as a requirement the resume was missing.
    assert topic(line) == expected


def test_a_held_clearance_states_the_eligibility():
    lines = ["Systems Engineer, 2015 - present", "Active TS/SCI clearance"]
    assert stated("clearance", lines) == ["Active TS/SCI clearance"]
    assert stated("age", lines) == []


def test_stated_finds_the_resume_line_that_says_it():
    lines = ["Line cook, 2019 - 2024", "Valid Driver's License; CDL Class A"]
    assert stated("driving", lines) == ["Valid Driver's License; CDL Class A"]
    assert stated("travel", lines) == []


JOB = """Field Service Technician

Requirements:
- 3 years repairing HVAC equipment
- Valid driver's license
- Ability to travel up to 50%
- Must be authorized to work in the US
"""
RESUME = """HVAC Technician, Coolair, 2018 - 2024
Repaired and maintained HVAC equipment, chillers and boilers.
Valid driver's license.
"""


def test_unknown_is_never_missing_and_a_stated_condition_is_met():
    report = OfflineEngine().analyze(RESUME, JOB)
    status = {r.text: (r.status, r.evidence) for r in report.requirements}
    assert status["Valid driver's license"] == ("met", ["Valid driver's license."])
    assert status["Ability to travel up to 50%"] == ("unknown", [])
    assert status["Must be authorized to work in the US"] == ("unknown", [])


def test_unknown_items_do_not_lower_the_score():
    without = JOB.replace("- Ability to travel up to 50%\n", "").replace(
        "- Must be authorized to work in the US\n", ""
    )
    engine = OfflineEngine()
    assert engine.analyze(RESUME, JOB).score == engine.analyze(RESUME, without).score


def test_words_turn_every_character_but_letters_digits_percent_and_quote_to_spaces():
    text = "".join(chr(c) for c in range(0x3000))  # ASCII and far past it
    for sample in (text[:128], text, "Travel: 25%\u2019s / week-ends, O'Neil!"):
        low = sample.lower().replace("\u2019", "'").replace("%", " % ")
        kept = "".join(c if c.isalnum() or c in "%'" else " " for c in low)
        assert unknowable._words(sample) == " " + " ".join(kept.split()) + " "
