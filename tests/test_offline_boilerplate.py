"""Posting lines about applying, pay and benefits ask the candidate nothing."""

import pytest

from jobfit.offline import OfflineEngine
from jobfit.offline.boilerplate import is_boilerplate


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Please email your resume to jobs@acme.com.", True),
        ("We offer a competitive salary, 401(k) and paid time off.", True),
        ("Acme is an Equal Opportunity Employer.", True),
        ("No fees for you and confidentiality is assured!", True),
        ("Apply now!", True),
        ("Must have 3+ years of experience; competitive pay.", False),  # it asks something
        ("Experience with Python required.", False),
        ("Strong knowledge of payroll and 401(k) administration.", False),
    ],
)
def test_is_boilerplate(line, expected):
    assert is_boilerplate(line) is expected


def test_applying_and_benefits_are_no_requirements():
    job = (
        "Line Cook\n"
        "- 2+ years of line cook experience.\n"
        "- ServSafe food handler card.\n"
        "- Please email your resume to jobs@example.com.\n"
        "- We offer a competitive wage, paid time off and a 401k.\n"
    )
    resume = "Line Cook\nLine Cook, Bistro Nine, 2018 - 2024\n- Grill and saute station.\n"
    report = OfflineEngine().analyze(resume, job)
    assert [i.text for i in report.requirements] == [
        "2+ years of line cook experience.",
        "ServSafe food handler card.",
    ]
