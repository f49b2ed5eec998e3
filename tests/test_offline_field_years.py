"""Years of experience counted in the field a requirement names ("in accounting")."""

from __future__ import annotations

import pytest

from jobfit.offline.checklist import judge
from jobfit.offline.field_years import asked_field, years_in_field
from jobfit.offline.job import build_job
from jobfit.offline.profile import build_resume

# An accountant for 4 years (2015-2019, and 2018-2019 at once), a receptionist for 5 before.
RESUME = [
    "Accountant",
    "ABC Corp, 2015 - 2019",
    "Prepared ledgers and reconciliations",
    "Receptionist",
    "XYZ, 2010 - 2015",
    "Answered phones",
    "Staff Accountant",
    "QQ Ltd, 2018 - 2019",
    "Accounts payable",
]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("5+ years of experience in accounting", {"account"}),
        ("5 years of progressive work experience in accounting or finance", {"account", "financ"}),
        ("3 years as a Registered Nurse in a hospital setting", {"register", "nurs"}),
        ("2+ years in software, including Python", {"softwar"}),
        # No field: a skill's years, a setting, or none named at all.
        ("3 years of experience building data pipelines in Python.", set()),
        ("5 years of experience in a fast-paced environment", set()),
        ("5 years of experience in a related field", set()),
        ("8 years of relevant work experience", set()),
    ],
)
def test_asked_field(line, field):
    assert asked_field(line) == field


def test_years_in_field_counts_the_field_jobs_once():
    # 2015-2019 and 2018-2019 overlap: 4 years, not 5; the receptionist years (and the title
    # line above the next job) are not accounting.
    assert years_in_field(RESUME, frozenset({"account"})) == 4.0
    assert years_in_field(RESUME, frozenset({"phone"})) == 5.0


def test_present_counts_to_this_year():
    # The tests' year is 2026 (conftest): 2018 to 2025 are covered, whatever years the resume
    # names after it.
    texts = ["Staff Accountant", "QQ Ltd, 2018 - present", "CPA exam 2019"]
    assert years_in_field(texts, frozenset({"account"})) == 8.0


def test_the_last_sentence_of_a_job_stays_with_it():
    # "Built SQL pipelines." ends the job above; a short title line starts the job below.
    texts = ["Data Analyst, Acme, 2015 - 2019", "Built SQL pipelines.", "Beta, 2012 - 2015"]
    assert years_in_field(texts, frozenset({"sql"})) == 4.0
    titled = [
        "Data Analyst, Acme, 2015 - 2019",
        "Built reports.",
        "SQL Developer",
        "Beta, 2012 - 2015",
    ]
    assert years_in_field(titled, frozenset({"sql"})) == 3.0


def test_years_in_field_reads_numeric_months():
    texts = [
        "Staff Accountant",
        "ABC Corp, 06/2012 - 08/2016",
        "Cashier",
        "XYZ, 09/2016 to 01/2018",
    ]
    assert years_in_field(texts, frozenset({"account"})) == 4.0


def test_years_in_field_reads_a_stated_total_that_names_the_field():
    texts = ["Accountant with over 12 years of experience", "Chef, 2001 - 2003"]
    assert years_in_field(texts, frozenset({"account"})) == 12.0
    assert years_in_field(["Over 12 years of experience"], frozenset({"account"})) == 0.0


def test_years_in_field_without_dates_is_unknown():
    assert years_in_field(["Accountant at ABC Corp"], frozenset({"account"})) is None


def _judged(resume: str, line: str):
    job = build_job(f"Accountant\n\nRequirements:\n{line}\n")
    [j] = judge(job, build_resume(resume, job.words, job.keywords))
    return j


def test_requirement_in_a_field_counts_that_field_only():
    resume = "\n".join(RESUME)
    # 9 years of work, 4 of them in accounting.
    in_field = _judged(resume, "6+ years of experience in accounting.")
    assert in_field.years_short
    assert in_field.status == "partial"
    anywhere = _judged(resume, "6+ years of work experience.")
    assert not anywhere.years_short
    assert anywhere.status == "met"
    enough = _judged(resume, "3+ years of experience in accounting.")
    assert not enough.years_short
    assert enough.status == "met"


def test_a_field_after_years_in_words_is_read():
    # Before: years in words asked for no years, so no field either.
    assert asked_field("Three years of experience in accounts payable") == asked_field(
        "3 years of experience in accounts payable"
    )
    assert (
        years_in_field(
            ["Ten years of accounts payable experience."],
            asked_field("Three years of experience in accounts payable"),
        )
        == 10.0
    )


def test_a_role_field_is_the_title_the_short_form_names():
    # Before: "as a PM" asked for the letters "pm", which a night shift's "7 PM" has.
    assert asked_field("5+ years of experience as a PM") == asked_field(
        "5+ years of experience as a project manager"
    )
    assert asked_field("3+ years as a BA in banking") == frozenset({"business", "analyst"})
