"""Input sanity warnings: swapped texts, and texts that are not a resume or not a job posting."""

from __future__ import annotations

import pytest

from jobfit.offline import OfflineEngine
from jobfit.offline.sanity import input_warnings
from tests.browser.conftest import JOB, RESUME
from tests.timing import best_seconds


def codes(resume: str, job: str) -> list[str]:
    return [w.code for w in OfflineEngine().analyze(resume, job).warnings]


def test_a_resume_and_a_posting_in_their_fields_raise_nothing():
    assert codes(RESUME, JOB) == []


def test_swapped_texts_are_named_once():
    assert codes(JOB, RESUME) == ["texts_swapped"]


@pytest.mark.parametrize(
    ("resume", "job", "expected"),
    [
        (RESUME, "asdf qwer zxcv lorem ipsum", ["not_a_posting"]),
        ("asdf qwer zxcv lorem ipsum", JOB, ["not_a_resume"]),
        ("lorem ipsum", "dolor sit amet", ["not_a_resume", "not_a_posting"]),
        # Short but real: one word of its kind is enough.
        ("Python developer since 2015", "Python experience required", []),
        # A resume whose jobs list "Responsibilities" is still a resume.
        (RESUME + "\nResponsibilities:\n- on call\n", JOB, []),
    ],
)
def test_texts_that_are_not_their_kind(resume, job, expected):
    assert [w.code for w in input_warnings(resume, job)] == expected


def test_time_grows_linearly():
    def seconds(n: int) -> float:
        text = ("Requirements:\nyou will work with Python - present\n" + "x" * 200 + "\n") * n
        return best_seconds(lambda: input_warnings(text, text))

    seconds(50)  # warm up
    assert seconds(4000) / seconds(1000) < 8  # linear is 4; quadratic would be 16
