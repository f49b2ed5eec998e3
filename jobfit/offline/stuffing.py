"""Keywords repeated far beyond prose: the lines that stuff them are left out and flagged."""

from __future__ import annotations

from collections import Counter
from itertools import chain

from jobfit import tuning
from jobfit.offline import gaming
from jobfit.offline.pieces import Piece
from jobfit.offline.screen_words import JobSide, Words
from jobfit.offline.text import STOP_WORDS
from jobfit.report import Notice


def drop_stuffed(
    pieces: list[Piece], job: JobSide, notes: list[Notice], words: Words | None = None
) -> list[Piece]:
    """Leave out lines of keywords repeated far beyond prose; flag keyword_stuffing.

    `words`: Words(pieces, job), when read before.
    """
    words = Words(pieces, job) if words is None else words
    if not _may_stuff(words, job):
        return pieces  # no keyword used often enough (most resumes): no piece is counted
    total = Counter(chain.from_iterable(p.counted for p in pieces))  # gaming._total's sums
    sizes = [p.size for p in pieces]
    # A line stuffed with a keyword holds it STUFF_LINE times, and so does the whole resume: a
    # piece with none of the keywords it repeats that often is never counted (most are not).
    often = {k for k, n in total.items() if n >= gaming.STUFF_LINE and k in job.keywords}
    none: Counter[str] = Counter()
    counts = [p.counts if not often.isdisjoint(p.counted) else none for p in pieces]
    stuffed = gaming.stuffed_keywords(counts, sizes, job.keywords, total)
    # Many different keywords repeated together are stuffing too, though none stands out alone.
    stuffed |= gaming.repeated_words(counts, job.stems, total)
    if not stuffed:
        return pieces
    counts = [p.counts for p in pieces]
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


def _may_stuff(words: Words, job: JobSide) -> bool:
    """False when drop_stuffed finds no stuffed keyword (six pairs in seven), told from the
    counts of the words the job asks about, and of the few pieces that repeat one of them.

    repeated_words finds REPEAT_WORDS stems of the job used REPEAT_MIN times each and
    REPEAT_SHARE of the resume's words; stuffed_keywords a keyword used STUFF_TOTAL times and
    at STUFF_SHARE of the words, or one piece stuffed with keywords (_stuffs).
    """
    # As drop_stuffed counts, for the stems asked about alone; a dict, not a Counter, whose
    # Python __missing__ would run for each of them (a hundred a pair).
    total: dict[str, int] = {}
    add, counts = total.get, words.counts
    for w, s in words.of_job:
        if len(w) > 1:  # the words Piece.counted keeps (stop words left out by of_job)
            total[s] = add(s, 0) + counts[w]
    heavy = [k for k, n in total.items() if n >= tuning.REPEAT_MIN and k in job.stems]
    if len(heavy) >= tuning.REPEAT_WORDS:
        if sum(total[k] for k in heavy) / _size(words) >= tuning.REPEAT_SHARE:
            return True
    often = {k for k, n in total.items() if n >= gaming.STUFF_LINE and k in job.keywords}
    if not often:
        return False
    if any(total[k] >= gaming.STUFF_TOTAL for k in often):
        size = _size(words)
        if any(total[k] / size >= gaming.STUFF_SHARE for k in often):  # as stuffed_keywords
            return True
    # Only a piece that uses words whose stems are `often` STUFF_LINE times may use one of
    # those stems that often: only such a piece is counted.
    theirs = {w for w, s in words.of_job if s in often and len(w) > 1}
    least = gaming.STUFF_LINE
    return any(
        _stuffs(p, often)
        for p in words.pieces
        # Most pieces are too short or hold none of those words: told in C, before counting.
        if len(p.words) >= least
        and not theirs.isdisjoint(p.words)
        and sum(map(theirs.__contains__, p.words)) >= least
    )


def _size(words: Words) -> int:
    """The words drop_stuffed counts (Piece.size, added up): those not left out."""
    left_out = [n for w, n in words.counts.items() if w in STOP_WORDS or len(w) < 2]
    return max(1, len(words.all) - sum(left_out))


def _stuffs(piece: Piece, often: set[str]) -> bool:
    """True when stuffed_keywords finds a keyword stuffed in `piece`: one used STUFF_LINE
    times (so one of `often`) taking much of the line, or several making most of it."""
    repeated = [n for n in map(piece.counts.__getitem__, often) if n >= gaming.STUFF_LINE]
    return any(gaming.line_is_stuffed(n, piece.size) for n in repeated) or (
        bool(repeated) and sum(repeated) >= gaming.STUFF_BLOCK_SHARE * piece.size
    )
