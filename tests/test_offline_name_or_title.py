"""A name whose last word is a trade is a name; a title is a title."""

import pytest

from jobfit.offline import OfflineEngine
from jobfit.offline.name_or_title import reads_as_title
from jobfit.offline.profile import _headline
from jobfit.offline.text import tokenize

RESUME = """{name}
Backend engineer | name@example.com

Experience
Senior Software Engineer, Acme Corp, 2016 - 2024
- Built Python and Go services on AWS and Kubernetes; led code reviews.
Education
B.S. in Computer Science, State University, 2015
"""
JOB = """Senior Software Engineer

Requirements:
- 5+ years of professional software development in Python or Go.
- Experience with AWS and Kubernetes.
- BS in Computer Science or a related field.
"""


@pytest.mark.parametrize("name", ["Jane Cook", "Tom Baker", "John Carpenter", "Jim Driver"])
def test_a_surname_that_names_a_trade_never_moves_the_score(name):
    analyze = OfflineEngine().analyze
    plain = analyze(RESUME.format(name="Priya Natarajan"), JOB)
    report = analyze(RESUME.format(name=name), JOB)
    assert (report.score, report.field_relation) == (plain.score, plain.field_relation)
    assert not any(name in quote for item in report.requirements for quote in item.evidence)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Line Cook", True),
        ("Head Baker", True),
        ("Commercial Truck Driver", True),
        ("Master Carpenter", True),
        ("OVERNIGHT PHARMACY TECHNICIAN", True),
        ("UNMANNED AVIATION TECHNICIAN SUPERVISOR", True),
        ("Dedicated Nurse", True),
        ("Freelance Writer", True),
        ("Jane Cook", False),
        ("Tom Baker", False),
        ("Priya Natarajan", False),
    ],
)
def test_reads_as_title(line, title):
    assert reads_as_title(tokenize(line)) is title


@pytest.mark.parametrize(
    ("line", "occupation"),
    [("Line Cook", "culinary"), ("Head Baker", "culinary"), ("Jane Cook, RN", "nursing")],
)
def test_the_headline_reads_titles_and_not_surnames(line, occupation):
    assert _headline(f"{line}\nExperience\nWorked at a clinic, 2019 - 2023\n") == {occupation}
