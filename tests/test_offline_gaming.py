"""Copied job text and keyword stuffing, at the level of words and lines."""

from __future__ import annotations

from collections import Counter

from jobfit.offline.gaming import copied_fractions, line_is_stuffed, stuffed_keywords

JOB = (
    "we need an engineer who can design build and operate large distributed data pipelines".split()
)


def test_copied_run_is_found():
    pasted = "i can design build and operate large distributed data pipelines for you".split()
    own = "i built data pipelines at acme".split()
    fractions = copied_fractions([pasted, own], JOB)
    assert fractions[0] == 9 / 12  # "can design build ... pipelines"
    assert fractions[1] == 0.0


def test_short_shared_phrases_are_not_copying():
    assert copied_fractions([["distributed", "data", "pipelines"]], JOB) == [0.0]


def test_copied_run_across_two_segments():
    first, second = JOB[:6], JOB[6:]
    assert copied_fractions([first, second], JOB) == [1.0, 1.0]


def test_repeated_keyword_is_stuffing():
    lines = [Counter({"python": 6, "django": 1}), Counter({"team": 1, "python": 1})]
    assert stuffed_keywords(lines, [7, 2], {"python", "django"}) == {"python"}


def test_words_outside_the_job_are_not_stuffing():
    assert stuffed_keywords([Counter({"exprience": 12})], [20], {"python"}) == set()


def test_prose_rate_is_not_stuffing():
    lines = [Counter({"python": 1, "service": 1, "built": 1, "api": 1}) for _ in range(10)]
    assert stuffed_keywords(lines, [40] * 10, {"python"}) == set()


def test_line_rule():
    assert line_is_stuffed(4, 10)
    assert not line_is_stuffed(3, 4)
    assert not line_is_stuffed(4, 40)
