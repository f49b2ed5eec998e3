"""OfflineEngine end to end: a valid, deterministic Report."""

from __future__ import annotations

from jobfit.offline import VERSION, OfflineEngine
from jobfit.report import Report, verdict_for

RESUME = """Jordan Example
Backend developer
Built REST APIs in Python and Django on PostgreSQL; deployed them with Docker on AWS.
Wrote unit tests with pytest and reviewed code for a team of five.
"""
JOB = """Backend Engineer

Minimum qualifications:
3 years of experience with Python.
Experience with PostgreSQL and Docker.

Preferred qualifications:
Experience with Kubernetes.
"""


def test_report_is_valid_and_labelled():
    report = OfflineEngine().analyze(RESUME, JOB)
    assert Report.model_validate(report.model_dump()) == report
    assert report.engine.name == "offline"
    assert report.engine.version == VERSION
    assert report.verdict == verdict_for(report.score)


def test_same_input_same_report():
    assert OfflineEngine().analyze(RESUME, JOB) == OfflineEngine().analyze(RESUME, JOB)
