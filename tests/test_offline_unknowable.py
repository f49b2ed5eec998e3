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
