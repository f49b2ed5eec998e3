"""PM and BA read from the words around them: a role, a time of day, or a degree."""

from __future__ import annotations

import pytest

from jobfit.offline import OfflineEngine, abbreviations
from jobfit.offline.abbreviations import role
from jobfit.offline.credentials import degree_levels
from jobfit.offline.occupations import occupation_vector
from jobfit.offline.text import tokenize, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senior PM at Acme", ("project", "manager")),
        ("pm for the payments product", ("product", "manager")),
        ("Shift ends at 9 PM", None),
        ("Shift ends at 9 pm", None),
        ("Open AM/PM", None),
        ("PM shift supervisor", None),
        ("Senior BA at Acme", ("business", "analyst")),
        ("worked as a ba on payments", ("business", "analyst")),
        ("BA/QA lead", ("business", "analyst")),
        ("BA in English", None),
        ("a BA in Economics", None),
        ("BA, History, 2010", None),
    ],
)
def test_role(text, expected):
    ws = words(text)
    i = next(i for i, w in enumerate(ws) if w in ("pm", "ba"))
    assert role(ws, i) == expected


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        ("Senior PM at Acme", {"project_mgmt": 1.5}),
        ("senior pm at acme", {"project_mgmt": 1.5}),
        ("PM for the product roadmap", {"product_mgmt": 2.5}),  # "product roadmap" is work too
        ("Worked 5 PM to 1 AM", {}),
        ("Senior BA at Acme", {"business_analysis": 1.5}),
        ("BA in English", {}),
    ],
)
def test_short_forms_name_occupations_in_context(text, occupation):
    assert dict(occupation_vector([], tokenize(text))) == occupation


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("BA in English, 2010", {2}),
        ("BA (Hons) Economics", {2}),
        ("Senior BA at Acme", set()),
        ("Worked as a BA on payments", set()),
        ("BA/QA lead", set()),
    ],
)
def test_ba_is_a_degree_unless_it_is_the_analyst(text, levels):
    assert degree_levels(text) == levels


@pytest.mark.parametrize(
    ("requirement", "resume", "expected"),
    [
        ("Current PA-C certification (NCCPA)", "Medical Assistant\nPittsburgh, PA, USA", "missing"),
        ("MD or DO degree", "Registered Nurse\nBaltimore, MD, USA", "missing"),
        ("Current PA-C certification (NCCPA)", "Physician Assistant, PA-C\nNCCPA", "met"),
    ],
)
def test_a_state_after_a_town_shares_no_word_with_a_requirement(requirement, resume, expected):
    # Before: "Pittsburgh, PA" half met "PA-C certification", quoting "PA" as the evidence.
    job = f"Clinician\n\nRequirements:\n- {requirement}\n"
    [item] = OfflineEngine().analyze(resume, job).requirements
    assert item.status == expected


def test_only_places_needs_a_place_and_no_other_use():
    assert abbreviations.only_places("pa", ["Pittsburgh, PA, USA"])
    assert not abbreviations.only_places("pa", ["Pittsburgh, PA, USA", "PA-C, 2015"])
    assert not abbreviations.only_places("pa", [])
    assert not abbreviations.only_places("qa", ["Austin, QA, USA"])  # no state


@pytest.mark.parametrize(
    ("requirement", "resume", "expected", "quote"),
    [
        (
            "PM experience required",
            "Pat Doe\nProject Manager, Acme 2015 - present\n- Led 12 projects",
            "met",
            ["Project Manager, Acme 2015 - present"],
        ),
        (
            "PM experience required",
            "Pat Doe\nNurse, night shift 7 PM - 7 AM, Mercy 2015 - present\n- Patient care",
            "missing",
            [],
        ),
        (
            "5+ years of experience as a PM",
            "Pat Doe\nNurse, night shift 7 PM - 7 AM, Mercy 2015 - present\n- Patient care",
            "missing",
            [],
        ),
    ],
)
def test_a_short_role_is_its_title_not_its_letters(requirement, resume, expected, quote):
    # Before: a project manager did not meet "PM experience", and a nurse's "7 PM" shift gave
    # eleven years "as a PM".
    job = f"Project Manager\n\nRequirements:\n- {requirement}\n"
    [item] = OfflineEngine().analyze(resume, job).requirements
    assert (item.status, item.evidence) == (expected, quote)


def test_role_stems_read_the_short_forms_that_name_a_role():
    assert abbreviations.role_stems("3+ years as a BA in banking") == {
        "ba": frozenset({"business", "analyst"})
    }
    assert abbreviations.role_stems("BA or BS degree required") == {}
    assert abbreviations.role_stems("Shift ends at 9 PM") == {}
    assert abbreviations.used_as_role("pm", ["Senior PM, Acme"])
    assert not abbreviations.used_as_role("pm", ["Night shift 7 PM - 7 AM"])
