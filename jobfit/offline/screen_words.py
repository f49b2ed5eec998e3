"""What the screening checks read: the job's words and lines, and the resume pieces' words."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, compress

from jobfit import tuning
from jobfit.offline import gaming
from jobfit.offline.pieces import Piece, once
from jobfit.offline.text import STOP_WORDS, meant_stems, stem, tokenize


@dataclass(frozen=True)
class JobSide:
    """What the screening checks read from the job; a prepared job computes it once."""

    words: list[str]
    keywords: set[str]
    lines: Sequence[frozenset[str]]  # the content stems of each requirement line
    stems: frozenset[str]  # the stem of every word
    shingles: gaming.Shingles
    index: gaming.LineIndex
    restated: gaming.Shingles  # runs of the job's content words in its order (RESTATE_RUN)
    asked: frozenset[str]  # `stems`, `keywords`, `skill_stems`: the stems the checks count
    skill_stems: frozenset[str] = frozenset()  # the stems of the job's skill names (templates)
    listed: frozenset[str] = frozenset()  # `stems` and `skill_stems`: what a mirrored list holds


def job_side(
    words: list[str],
    keywords: set[str],
    lines: Sequence[frozenset[str]],
    skills: Iterable[str] = (),
) -> JobSide:
    """Index the job's words and lines for the screening checks; `skills`: the job's skill names."""
    # Each distinct word is stemmed and read for content once, not per word of a long ad.
    distinct = set(words)
    stem_of = {w: stem(w) for w in distinct}
    stems = frozenset(stem_of.values())
    content = frozenset(meant_stems(distinct))  # the words are tokens already: no tokenize
    run = gaming.content_run(list(map(stem_of.__getitem__, words)), content)
    # A list may name the job's skills as the vocabulary does ("BLS" for "Basic Life Support").
    named = frozenset(t.stem for name in skills for t in tokenize(name)) - STOP_WORDS
    return JobSide(
        words,
        keywords,
        lines,
        stems,
        gaming.shingles(words),
        gaming.line_index(lines),
        gaming.shingles(run, tuning.RESTATE_RUN),
        stems | keywords | named,
        named,
        stems | named,
    )


class Words:
    """The pieces' words end to end, read once for the three checks (screen)."""

    def __init__(self, pieces: list[Piece], job: JobSide) -> None:
        self.all = list(chain.from_iterable(p.words for p in pieces))
        self.pieces = pieces
        self.job = job

    @once
    def counts(self) -> Counter[str]:
        """How often each word is used."""
        return Counter(self.all)

    @once
    def of_job(self) -> list[tuple[str, str]]:
        """(word, stem) of each distinct word but stop words whose stem the job's checks ask
        about (JobSide.asked): the stuffing and mirror checks read no other word."""
        # The distinct words are the counts' keys: counted in C once, not set apart and then
        # counted again for the words of the job.
        distinct = list(self.counts.keys() - STOP_WORDS)
        stems = list(map(stem, distinct))  # read in C: this runs on every distinct word
        pairs = zip(distinct, stems, strict=True)
        return list(compress(pairs, map(self.job.asked.__contains__, stems)))

    @once
    def stems(self) -> frozenset[str]:
        """Every piece's content stems."""
        return frozenset().union(*(p.stems for p in self.pieces))
