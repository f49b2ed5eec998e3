"""Pieces of a resume that game a screener (job text pasted, restated, mirrored or repeated
keywords): left out of the score and flagged."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from jobfit import tuning
from jobfit.offline import gaming
from jobfit.offline.text import STOP_WORDS, Token, content_stems, stem
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


@dataclass(frozen=True)
class JobSide:
    """What the screening checks read from the job; a prepared job computes it once."""

    words: list[str]
    keywords: set[str]
    lines: Sequence[frozenset[str]]  # the content stems of each requirement line
    stems: frozenset[str]  # the stem of every word
    shingles: gaming.Shingles
    index: gaming.LineIndex


def job_side(words: list[str], keywords: set[str], lines: Sequence[frozenset[str]]) -> JobSide:
    """Index the job's words and lines for the screening checks."""
    stems = frozenset(stem(w) for w in words)
    return JobSide(words, keywords, lines, stems, gaming.shingles(words), gaming.line_index(lines))


def drop_copied(pieces: list[Piece], job: JobSide, notes: list[Notice]) -> list[Piece]:
    """Leave out pieces pasted or restated from the job; flag job_text_copied."""
    words = [p.words for p in pieces]
    copied = gaming.copied_fractions(words, job.words, job.shingles)
    # Lines restated in other words, reordered or padded with fillers are copied all the same.
    stems = [p.stems for p in pieces]
    reworded = gaming.reworded_lines(stems, job.lines, job.index)
    kept = [
        p for p, f, r in zip(pieces, copied, reworded, strict=True) if f < COPIED_SHARE and not r
    ]
    total = sum(f * len(w) for f, w in zip(copied, words, strict=True))
    if total >= COPIED_WORDS or len(kept) < len(pieces):
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


def drop_mirrored(pieces: list[Piece], job: JobSide, notes: list[Notice]) -> list[Piece]:
    """Leave out lists of the posting's own words; flag skills_mirror_job."""
    mirrored = gaming.mirrored_lines([p.alpha_stems for p in pieces], job.stems)
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
