"""A skills list that mirrors the posting's own terms: left out of the score and flagged."""

from __future__ import annotations

from operator import itemgetter

from jobfit import tuning
from jobfit.offline import gaming
from jobfit.offline.pieces import Piece, once
from jobfit.offline.screen_words import JobSide, Words
from jobfit.offline.text import Token
from jobfit.report import Notice


class _Line:
    """A line of a wrapped piece as Piece.lines makes it, but only what _may_mirror reads of it
    (its words, scanned text and alpha_stems): most such lines are never needed as pieces."""

    def __init__(self, scan: str, tokens: list[Token]) -> None:
        self.scan = scan
        self.tokens = tokens
        self.words = list(map(_LOWER, tokens))

    alpha_stems = once(Piece.alpha_stems.read)  # as a piece reads it


_LOWER = itemgetter(0)  # Token.lower
# What the units are made of: pieces, or the lines of a wrapped one as read first.
_Read = Piece | _Line


def _lines(piece: Piece) -> list[_Line]:
    """Piece.lines of a wrapped piece, as _Line."""
    return [_Line(piece.scan[a:b], tokens) for a, b, tokens in piece._spans()]


def _items(text: str) -> list[str]:
    """The comma-separated items of a line, after an optional label of a few words."""
    label, colon, body = text.partition(":")
    return [i for i in (body if colon and len(label.split()) <= 3 else text).split(",") if i]


def short_list(text: str) -> bool:
    """A plain list of a few short items, after an optional label: what anyone may write."""
    items = _items(text)
    return 2 <= len(items) <= tuning.SHORT_LIST_ITEMS and all(
        len(i.split()) <= tuning.SHORT_LIST_WORDS for i in items
    )


def _units(pieces: list[_Read], theirs: set[str]) -> list[list[_Read]]:
    """The pieces, but a run of LIST_BLOCK or more items of a few words, a line each, is one
    unit: a list written down the page is a list all the same. Its ends start and stop at
    an item with a word of the job (`theirs`): a heading or the line before stays apart."""
    out: list[list[_Read]] = []
    run: list[_Read] = []
    for p in [*pieces, None]:
        if p is not None and 0 < len(p.words) <= tuning.SHORT_LIST_WORDS:
            run.append(p)
            continue
        has = [not theirs.isdisjoint(q.words) for q in run]
        first = has.index(True) if True in has else len(run)
        last = len(run) - has[::-1].index(True) if True in has else len(run)
        block = run[first:last]
        if len(block) >= tuning.LIST_BLOCK:
            out += [[q] for q in run[:first]] + [block] + [[q] for q in run[last:]]
        else:
            out += [[q] for q in run]
        run = []
        if p is not None:
            out.append([p])
    return out


def _least(unit: list[_Read]) -> int:
    """How many of the job's words a unit needs to mirror it: fewer for a long list of items,
    which has few words (MIRROR_MIN_STEMS stems make a line of prose or a short list)."""
    items = len(unit) if len(unit) > 1 else len(_items(unit[0].scan))
    return tuning.MIRROR_LIST_STEMS if items > tuning.SHORT_LIST_ITEMS else tuning.MIRROR_MIN_STEMS


def drop_mirrored(
    pieces: list[Piece], job: JobSide, notes: list[Notice], words: Words | None = None
) -> list[Piece]:
    """Leave out lists of the posting's own words; flag skills_mirror_job.

    `words`: Words(pieces, job), when read before.
    """
    words = Words(pieces, job) if words is None else words
    # The resume's words whose stems are the job's, as alpha_stems reads them: a unit holds
    # no more of the job's stems than of these words.
    theirs = {w for w, s in words.of_job if s in job.listed and w.isalpha()}
    if len(theirs) < tuning.MIRROR_LIST_STEMS:
        return pieces  # too few of the job's words in the whole resume (most resumes)
    hits = [0 if theirs.isdisjoint(p.words) else len(theirs.intersection(p.words)) for p in pieces]
    if not _enough(pieces, hits):
        return pieces  # no piece, nor run of short ones, holds enough of the job's words
    # A list pasted below the resume's own list is joined to it as a wrapped line: read the
    # lines of a wrapped piece that holds enough of the job's words, each apart.
    split = [
        n >= tuning.MIRROR_LIST_STEMS and "\n" in p.scan for p, n in zip(pieces, hits, strict=True)
    ]
    # Their words first (_Line): most resumes' units hold too few of the job's words, and their
    # wrapped pieces are never made into pieces of their own.
    first = [ln for p, s in zip(pieces, split, strict=True) for ln in (_lines(p) if s else [p])]
    if not _may_mirror(_units(first, theirs), job, theirs):
        return pieces  # no unit holds enough of the job's words (most resumes): none is read
    lines = [(i, line) for i, p in enumerate(pieces) for line in (p.lines if split[i] else [p])]
    units = _units([line for _, line in lines], theirs)
    least = [_least(u) for u in units]
    stems = [frozenset().union(*(p.alpha_stems for p in u)) for u in units]
    found = gaming.mirrored_lines(stems, job.listed, least)
    texts = [", ".join(p.scan for p in u) for u in units]
    mirrored = [m and not short_list(t) for t, m in zip(texts, found, strict=True)]
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
    dropped = {id(p) for u, m in zip(units, mirrored, strict=True) if m for p in u}
    spoilt = {i for i, line in lines if id(line) in dropped}
    kept: list[Piece] = []
    for i, line in lines:
        if i in spoilt:
            kept += [] if id(line) in dropped else [line]
        elif not kept or kept[-1] is not pieces[i]:
            kept.append(pieces[i])  # a piece none of whose lines is left out stays whole
    return kept


def _enough(pieces: list[Piece], hits: list[int]) -> bool:
    """True when a piece, or a run of short ones (_units), holds MIRROR_LIST_STEMS of the job's
    words (`hits`, per piece): no unit holds fewer of the job's stems than that otherwise."""
    least, run = tuning.MIRROR_LIST_STEMS, 0
    for p, n in zip(pieces, hits, strict=True):
        if n >= least:
            return True
        run = run + n if 0 < len(p.words) <= tuning.SHORT_LIST_WORDS else 0
        if run >= least:
            return True
    return False


def _may_mirror(units: list[list[_Read]], job: JobSide, theirs: set[str]) -> bool:
    """False when no unit holds its least number of the job's stems (_least), making
    MIRROR_FROM_JOB of its own (mirrored_lines); `theirs`: the resume's words whose stems are
    the job's."""
    low = min(tuning.MIRROR_LIST_STEMS, tuning.MIRROR_MIN_STEMS)  # the least any unit needs
    for u in units:
        size = sum(len(p.words) for p in u)
        if size < low:
            continue
        held = sum(len(theirs.intersection(p.words)) for p in u)
        if held < low:
            continue  # too few of the job's words (most units): no need read for it
        need = _least(u)
        if size >= need and held >= need and _mostly_job(u, job, need):
            return True
    return False


def _mostly_job(unit: list[_Read], job: JobSide, need: int) -> bool:
    """mirrored_lines' first two tests of a unit alone: `need` of the job's stems, at least
    MIRROR_FROM_JOB of its own (the third asks about the other pieces)."""
    stems = frozenset().union(*(p.alpha_stems for p in unit))
    from_job = len(stems & job.listed)
    return from_job >= need and from_job >= tuning.MIRROR_FROM_JOB * len(stems)
