"""Signs that a resume games a screener: repeated keywords, job text pasted in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

SHINGLE = 8  # eight words in a row shared with the job ad do not happen by chance
STUFF_TOTAL = 12  # mentions of one keyword before density is even considered
STUFF_SHARE = 0.1  # share of all resume words one keyword may take (prose stays well under)
STUFF_LINE = 4  # mentions of one keyword within one line
STUFF_LINE_SHARE = 0.3
STUFF_BLOCK_SHARE = 0.6  # once a keyword is stuffed, lines mostly made of it are dropped


def copied_fractions(segments: Sequence[Sequence[str]], job: Sequence[str]) -> list[float]:
    """For each resume segment (as lower-case words), the share of words copied from `job`."""
    grams = {tuple(job[i : i + SHINGLE]) for i in range(len(job) - SHINGLE + 1)}
    flat = [(s, w) for s, words in enumerate(segments) for w in words]
    copied = [False] * len(flat)
    words = [w for _, w in flat]
    for i in range(len(words) - SHINGLE + 1):
        if tuple(words[i : i + SHINGLE]) in grams:
            copied[i : i + SHINGLE] = [True] * SHINGLE
    hits = Counter(flat[i][0] for i, c in enumerate(copied) if c)
    return [hits[s] / len(words_) if words_ else 0.0 for s, words_ in enumerate(segments)]


def stuffed_keywords(
    per_segment: Sequence[Counter[str]], sizes: Sequence[int], keywords: set[str]
) -> set[str]:
    """Keywords of the job that the resume repeats far more than prose ever does."""
    total = Counter()
    for counts in per_segment:
        total.update(counts)
    words = max(1, sum(sizes))
    stuffed = {
        k
        for k, n in total.items()
        if k in keywords and n >= STUFF_TOTAL and n / words >= STUFF_SHARE
    }
    for counts, size in zip(per_segment, sizes, strict=True):
        stuffed.update(k for k, n in counts.items() if k in keywords and line_is_stuffed(n, size))
    return stuffed


def line_is_stuffed(mentions: int, words: int) -> bool:
    """True when one keyword takes up much of a line, several times over."""
    return mentions >= STUFF_LINE and mentions / max(1, words) >= STUFF_LINE_SHARE
