"""Pieces of a resume that game a screener (job text pasted, restated, mirrored or repeated
keywords): left out of the score and flagged."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from jobfit import tuning
from jobfit.offline import gaming
from jobfit.offline.text import EDGE, STOP_WORDS, Token, content_stems, stem, tokenize
from jobfit.report import Notice

COPIED_WORDS = tuning.COPIED_WORDS
COPIED_SHARE = tuning.COPIED_SHARE


@dataclass
class Piece:
    """A verbatim piece of the resume, its scanned text and its tokens."""

    text: str  # verbatim
    scan: str  # personal details blanked
    quotable: bool
    tokens: list[Token]

    # What the checks read from the tokens, read as the piece is made: every check reads it, and
    # a prepared resume keeps it for every job.
    stems: frozenset[str] = field(init=False, repr=False)  # content stems (and the segment's)
    words: list[str] = field(init=False, repr=False)  # lower-case words (drop_copied)
    counts: Counter[str] = field(init=False, repr=False)  # stems but stop words (drop_stuffed)
    size: int = field(init=False, repr=False)  # how many words `counts` holds
    alpha_stems: frozenset[str] = field(init=False, repr=False)  # words of letters (mirrored)

    def __post_init__(self) -> None:
        tokens = self.tokens
        self.stems = frozenset(content_stems(self.scan, tokens))
        self.words = [t.lower for t in tokens]
        kept = [t for t in tokens if t.lower not in STOP_WORDS]
        self.counts = Counter([t.stem for t in kept if len(t.lower) > 1])
        self.size = self.counts.total()
        # Every word but stop words: "Minimum, Qualifications, Preferred" are the posting's too.
        self.alpha_stems = frozenset([t.stem for t in kept if t.lower.isalpha()])

    @cached_property
    def lines(self) -> list[Piece]:
        """The lines a wrapped piece joined, each a piece of its own; a one-line piece itself.

        Kept on the piece: a prepared resume splits its pieces once, not once per job.
        """
        if "\n" not in self.scan:
            return [self]
        out, start = [], 0
        for line in self.scan.split("\n"):
            a, b = start + len(line) - len(line.lstrip(EDGE)), start + len(line.rstrip(EDGE))
            if b > a:
                scan = self.scan[a:b]
                out.append(Piece(self.text[a:b], scan, self.quotable, tokenize(scan)))
            start += len(line) + 1
        return out


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


def job_side(words: list[str], keywords: set[str], lines: Sequence[frozenset[str]]) -> JobSide:
    """Index the job's words and lines for the screening checks."""
    stems = frozenset(stem(w) for w in words)
    # Which words carry content is read once per distinct word, not per word of a long ad.
    content = frozenset(content_stems(" ".join(set(words))))
    run = gaming.content_run([stem(w) for w in words], content)
    return JobSide(
        words,
        keywords,
        lines,
        stems,
        gaming.shingles(words),
        gaming.line_index(lines),
        gaming.shingles(run, tuning.RESTATE_RUN),
    )


def drop_copied(pieces: list[Piece], job: JobSide, notes: list[Notice]) -> list[Piece]:
    """Leave out pieces pasted or restated from the job; flag job_text_copied."""
    # Line by line: a pasted line that a wrap joined to the resume's own is pasted all the same.
    lines = [(i, line) for i, p in enumerate(pieces) for line in p.lines]
    words = [line.words for _, line in lines]
    copied = gaming.copied_fractions(words, job.words, runs=job.shingles)
    # Lines restated in other words, reordered or padded with fillers are copied all the same.
    reworded = gaming.reworded_lines([line.stems for _, line in lines], job.lines, job.index)
    # So are the job's words kept in its order with fillers or other small words between them.
    runs = [gaming.content_run([t.stem for t in line.tokens], line.stems) for _, line in lines]
    restated = gaming.copied_fractions(runs, [], runs=job.restated)
    bad = [
        f >= COPIED_SHARE or g >= COPIED_SHARE or r
        for f, r, g in zip(copied, reworded, restated, strict=True)
    ]
    spoilt = {i for (i, _), b in zip(lines, bad, strict=True) if b}
    own: dict[int, list[Piece]] = {}
    for (i, line), b in zip(lines, bad, strict=True):
        if not b:
            own.setdefault(i, []).append(line)
    kept: list[Piece] = []
    for i, p in enumerate(pieces):
        # A piece with a copied line keeps the resume's own lines, each a piece of its own.
        kept += own.get(i, []) if i in spoilt else [p]
    total = sum(f * len(w) for f, w in zip(copied, words, strict=True))
    if total >= COPIED_WORDS or spoilt:
        notes.append(
            Notice(
                code="job_text_copied",
                message=(
                    "Parts of the resume repeat the job description word for word; "
                    "those parts were left out of the score."
                ),
            )
        )
    return kept


def short_list(text: str) -> bool:
    """A plain list of a few short items, after an optional label: what anyone may write."""
    label, colon, body = text.partition(":")
    items = [i for i in (body if colon and len(label.split()) <= 3 else text).split(",") if i]
    return 2 <= len(items) <= tuning.SHORT_LIST_ITEMS and all(
        len(i.split()) <= tuning.SHORT_LIST_WORDS for i in items
    )


def drop_mirrored(pieces: list[Piece], job: JobSide, notes: list[Notice]) -> list[Piece]:
    """Leave out lists of the posting's own words; flag skills_mirror_job."""
    found = gaming.mirrored_lines([p.alpha_stems for p in pieces], job.stems)
    mirrored = [m and not short_list(p.scan) for p, m in zip(pieces, found, strict=True)]
    if not any(mirrored):
        return pieces
    notes.append(
        Notice(
            code="skills_mirror_job",
            message=(
                "A list in the resume repeats the job description's own terms, which the rest "
                "of the resume never uses; it was left out of the score."
            ),
        )
    )
    return [p for p, m in zip(pieces, mirrored, strict=True) if not m]


def drop_stuffed(pieces: list[Piece], job: JobSide, notes: list[Notice]) -> list[Piece]:
    """Leave out lines of keywords repeated far beyond prose; flag keyword_stuffing."""
    counts = [p.counts for p in pieces]
    sizes = [p.size for p in pieces]
    stuffed = gaming.stuffed_keywords(counts, sizes, job.keywords)
    # Many different keywords repeated together are stuffing too, though none stands out alone.
    stuffed |= gaming.repeated_words(counts, job.stems)
    if not stuffed:
        return pieces
    # Name each keyword as the resume writes it, not as its stem.
    shown = sorted({t.lower for p in pieces for t in p.tokens if t.stem in stuffed})
    notes.append(
        Notice(
            code="keyword_stuffing",
            message=(
                f"The resume repeats {', '.join(shown[:5])} far more often than "
                "prose does; repetition does not raise the score."
            ),
        )
    )
    # Lines made of the repeated keywords, and little else, are stuffing, not evidence.
    return [
        p
        for p, c, n in zip(pieces, counts, sizes, strict=True)
        if not any(gaming.line_is_stuffed(c[k], n) for k in stuffed & c.keys())
        and sum(c[k] for k in stuffed & c.keys()) < gaming.STUFF_BLOCK_SHARE * n
    ]
