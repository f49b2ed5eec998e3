"""Hedges, employer context and role statements in job sentences."""

from __future__ import annotations

import pytest

from jobfit.offline.clauses import describes_role, hedged, is_context


@pytest.mark.parametrize(
    ("sentence", "optional"),
    [
        ("Strong SQL skills, ideally PostgreSQL", False),
        ("Bachelor's degree required, Master's preferred", False),
        ("2 years of recruiting, 5 years preferred", False),
        ("Python (Django a plus)", False),
        ("Experience with AWS, GCP, or Azure preferred", True),
        ("Experience with AWS, GCP, Azure preferred", True),
        ("2+ years of acute care nursing experience, telemetry preferred.", False),
        ("Customer service experience, Spanish a plus", False),
        ("Working knowledge of LC-MS, GC-MS and ICP-MS is a plus", True),
        ("Bilingual (English/Spanish) preferred.", True),
        ("Experience with the Unified Process (UP) or Agile methods is a plus", True),
        ("Kubernetes experience is a plus.", True),
        ("Ideally, you have shipped a mobile app.", True),
        ("Experience with Python", False),
    ],
)
def test_a_hedge_applies_to_its_clause(sentence, optional):
    assert hedged(sentence) is optional


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        ("Acme Health builds scheduling software for clinics.", True),
        ("We offer a base salary plus commission.", True),
        ("Our team is spread across Europe.", True),
        ("We are looking for a nurse with 3 years of ICU experience.", False),
        ("You will design the APIs.", False),
        ("Kubernetes experience is required.", False),
    ],
)
def test_employer_context(sentence, context):
    assert is_context(sentence) is context


def test_role_statements():
    assert describes_role("The role involves frequent travel.")
    assert not describes_role("Role-play sales calls with new hires.")
