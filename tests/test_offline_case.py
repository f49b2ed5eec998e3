"""Letter case, spacing and pronouns never change a judgement of the offline analyzer."""

from __future__ import annotations

import pytest

from jobfit.offline import OfflineEngine

RESUME = """jane doe
Senior Accountant
San Jose, CA, USA
Summary
She is a senior accountant with over 8 years of experience in audit, tax and financial
reporting for manufacturing companies, and she leads month-end close for three entities.
Skills
Financial reporting, Audit, Tax, Excel, QuickBooks, Reconciliation, Accounts
payable, Budgeting
Experience
2016 - Present Senior Accountant, Acme Corp, Austin, TX
Prepared monthly financial statements and reconciliations. Led the year-end audit
with the external auditors. Filed sales tax returns in four states.
Education
2012 BE Commerce, Pune University
"""

JOB = """Senior Accountant
Requirements
- CPA or CA qualification.
- Bachelor's degree in Accounting or Finance.
- 5+ years of experience in accounting.
- Experience with accounts payable and reconciliation.
- Ability to travel up to 10%.
"""


def _judgement(resume: str) -> tuple:
    report = OfflineEngine().analyze(resume, JOB)
    statuses = [r.status for r in report.requirements]
    matched = sorted((s.name, s.evidence) for s in report.skills.matched)
    return report.score, statuses, matched, report.field_relation


def _pronouns(text: str) -> str:
    return text.replace("She ", "He ").replace(" she ", " he ")


@pytest.mark.parametrize(
    "change",
    [
        str.lower,
        str.upper,
        lambda t: t.replace(" ", "  ").replace("\n", "\r\n"),
        _pronouns,
    ],
    ids=["lower", "upper", "spacing", "pronouns"],
)
def test_a_variant_of_the_resume_gets_the_same_judgement(change):
    # Before: lower- or upper-cased, "San Jose, CA" met "CPA or CA qualification", "BE" lost
    # its degree and "Accounts / payable" its wrap.
    assert _judgement(change(RESUME)) == _judgement(RESUME)


def test_the_place_is_no_qualification_in_any_case():
    for resume in (RESUME, RESUME.lower(), RESUME.upper()):
        report = OfflineEngine().analyze(resume, JOB)
        [cpa] = [r for r in report.requirements if r.text.startswith("CPA")]
        assert cpa.status == "missing"
