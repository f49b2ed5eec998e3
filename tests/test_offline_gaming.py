"""Copied job text and keyword stuffing, at the level of words and lines."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from jobfit import tuning
from jobfit.offline.gaming import (
    content_run,
    copied_fractions,
    copied_words,
    is_filler,
    line_index,
    line_is_stuffed,
    may_reword,
    mirrored_lines,
    repeated_words,
    reworded_lines,
    shares,
    shingles,
    stuffed_keywords,
)

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


def test_reworded_lines_need_several_restatements():
    job = [frozenset({"python", "pipelin", "design", "build"}), frozenset({"sql", "warehous"})]
    job.append(frozenset({"kafka", "stream", "system", "scal"}))
    restated = [frozenset({"build", "design", "pipelin", "python", "really"})]
    restated += [frozenset({"warehous", "sql"}), frozenset({"scal", "stream", "kafka", "system"})]
    honest = [frozenset({"build", "design", "pipelin", "python"}), frozenset({"hospital"})]
    assert reworded_lines(restated, job) == [True, True, True]
    assert reworded_lines(honest, job) == [False, False]  # one restated line is how people write


def test_mirrored_lines_are_job_words_used_nowhere_else():
    job = frozenset("a b c d e f g h i j k l".split())
    mirror = frozenset("a b c d e f g h i j".split())
    assert mirrored_lines([mirror, frozenset({"cook", "menu"})], job) == [True, False]
    # The same list, backed by the rest of the resume, is a skills list, not a mirror.
    backed = [mirror, frozenset("a b c d e f".split())]
    assert mirrored_lines(backed, job) == [False, False]


def test_many_words_repeated_together_are_stuffing():
    block = Counter({w: 25 for w in "alpha beta gamma delta epsilon zeta".split()})
    prose = Counter({f"w{i}": 1 for i in range(200)})
    keywords = set(block)
    assert repeated_words([block, prose], keywords) == keywords
    assert repeated_words([prose, Counter({"alpha": 25})], keywords) == set()


def test_a_few_keywords_repeated_together_fill_a_line():
    line = Counter({"attorney": 40, "law": 40, "legal": 40, "management": 2, "python": 27})
    keywords = {"attorney", "law", "legal", "management"}
    # Each takes under a third of the line alone; together they are most of it.
    assert stuffed_keywords([line], [149], keywords) == {"attorney", "law", "legal"}
    prose = Counter({"attorney": 4, "law": 4, "legal": 4, "court": 3})
    assert stuffed_keywords([prose], [60], keywords) == set()


def test_prepared_shingles_and_line_index_give_the_same_answers():
    pasted = "i can design build and operate large distributed data pipelines for you".split()
    assert copied_fractions([pasted], JOB, runs=shingles(JOB)) == [9 / 12]
    job = [frozenset({"nurse", "patient", "care", "icu"}), frozenset({"bls"})]
    restated = [frozenset({"nurse", "patient", "care", "icu"})] * 3
    assert reworded_lines(restated, job, line_index(job)) == [True, True, True]
    assert line_index(job).lines == [job[0]]
    assert line_index(job).holding["care"] == [0]


def test_a_run_of_the_jobs_content_words_is_a_copy_small_words_between():
    # Before: a word every few words broke every 8-word run, and the line was kept.
    job_run = content_run(JOB, frozenset(JOB) - {"we", "an", "who", "can", "and"})
    padded = "clearly design notably build and operate large distributed data pipelines".split()
    run = content_run(padded, frozenset(padded) - {"and"})
    # "clearly" and "notably" pad the line: what is left is the job's words in its order.
    assert run == "design build operate large distributed data pipelines".split()
    assert copied_fractions([run], job_run, 5) == [1.0]
    assert copied_fractions([["build", "operate", "data"]], job_run, 5) == [0.0]


def test_content_run_leaves_out_fillers_and_other_words():
    assert content_run(["really", "design", "the", "build"], frozenset({"design", "build"})) == [
        "design",
        "build",
    ]


@pytest.mark.parametrize(
    ("word", "filler"),
    [("really", True), ("notably", True), ("successfully", True), ("supply", False)]
    + [("assembly", False), ("python", False), ("only", False)],
)
def test_adverbs_pad_a_line(word, filler):
    assert is_filler(word) is filler


def test_copied_words_and_their_shares_per_segment():
    pasted = "i can design build and operate large distributed data pipelines".split()
    segments = [pasted[:4], [], pasted[4:] + ["today"]]
    marks = copied_words([w for ws in segments for w in ws], shingles(JOB))
    assert marks == [False] + [True] * 9 + [False]  # the run goes on across the segments
    assert shares(marks, [4, 0, 7]) == [3 / 4, 0.0, 6 / 7] == copied_fractions(segments, JOB)
    assert shares([False] * 3, [2, 0, 1]) == [0.0, 0.0, 0.0]
    assert shingles(JOB[:3], 2).words == frozenset(JOB[:3])


def test_may_reword_is_false_only_where_no_part_can_restate_a_line():
    job = [frozenset({"python", "pipelin", "design", "build"}), frozenset({"sql", "warehous"})]
    index = line_index(job)
    # Three of four words of a long line, or one of a short one: no part of it restates either.
    few = frozenset({"python", "pipelin", "design", "sql", "acme", "team"})
    assert not may_reword(few, index)
    assert reworded_lines([few, few, few], job, index) == [False] * 3
    assert not may_reword(frozenset({"hospital"}), index)
    assert may_reword(few | {"build"}, index)  # a part of it may hold just that line
    assert may_reword(frozenset({"sql", "warehous", "acme"}), index)


def test_counts_added_up_before_give_the_same_answers():
    lines = [Counter({"python": 6, "django": 1}), Counter({"team": 1, "python": 1})]
    total = Counter({"python": 7, "django": 1, "team": 1})
    # The pieces without a keyword repeated STUFF_LINE times may come uncounted (empty).
    assert stuffed_keywords([lines[0], Counter()], [7, 2], {"python"}, total) == {"python"}
    block = Counter({w: 25 for w in "alpha beta gamma delta epsilon zeta".split()})
    prose = Counter({f"w{i}": 1 for i in range(200)})
    assert repeated_words([], set(block), block + prose) == set(block)


def test_may_reword_bounds_every_part_of_a_text():
    # drop_copied reads a piece whole when may_reword says no part of it restates a job line:
    # a part that reworded_lines finds restating one would be a copied line kept.
    rng = random.Random(5)
    words = [f"w{i}" for i in range(12)]
    for _ in range(300):
        job = [frozenset(rng.sample(words, rng.randint(2, 6))) for _ in range(3)]
        index = line_index(job)
        text = frozenset(rng.sample(words, rng.randint(1, 9)))
        parts = [frozenset(rng.sample(sorted(text), rng.randint(1, len(text)))) for _ in range(4)]
        for part in [text, *parts]:
            restates = reworded_lines([part] * tuning.REWORD_LINES, job, index)[0]
            assert may_reword(text, index) or not restates


def _may_reword_as_before(stems, index):
    """may_reword as it was before LineIndex.need."""
    holding, lines = index.holding, index.lines
    if holding.keys().isdisjoint(stems):
        return False
    counts = Counter(i for s in holding.keys() & stems for i in holding[s])
    return any(
        shared >= tuning.REWORD_COVER * len(lines[i])
        if len(lines[i]) >= tuning.REWORD_MIN_STEMS
        else shared == len(lines[i])
        for i, shared in counts.items()
    )


def test_may_reword_with_the_lines_needs_read_before_is_as_before():
    rng = random.Random(8)
    words = [f"w{i}" for i in range(16)]
    seen = Counter()
    for _ in range(3000):
        # Lines of 1 to 14 stems: short ones, and long ones where REWORD_COVER leaves one out.
        job = [frozenset(rng.sample(words, rng.randint(1, 14))) for _ in range(rng.randint(1, 4))]
        index = line_index(job)
        text = frozenset(rng.sample(words, rng.randint(0, 15)))
        expected = _may_reword_as_before(text, index)
        assert may_reword(text, index) == expected
        seen[expected] += 1
    assert min(seen[True], seen[False]) > 100  # both answers tried
