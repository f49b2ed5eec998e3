"""A skills list that mirrors the posting's own terms: left out of the score and flagged."""

from __future__ import annotations

from jobfit import tuning
from jobfit.offline import gaming
from jobfit.offline.pieces import Piece
from jobfit.offline.screen_words import JobSide, Words
from jobfit.report import Notice


def short_list(text: str) -> bool:
    """A plain list of a few short items, after an optional label: what anyone may write."""
    label, colon, body = text.partition(":")
    items = [i for i in (body if colon and len(label.split()) <= 3 else text).split(",") if i]
    return 2 <= len(items) <= tuning.SHORT_LIST_ITEMS and all(
        len(i.split()) <= tuning.SHORT_LIST_WORDS for i in items
    )


def drop_mirrored(
    pieces: list[Piece], job: JobSide, notes: list[Notice], words: Words | None = None
) -> list[Piece]:
    """Leave out lists of the posting's own words; flag skills_mirror_job.

    `words`: Words(pieces, job), when read before.
    """
    if not _may_mirror(pieces, job, Words(pieces, job) if words is None else words):
        return pieces  # no piece holds enough of the job's words (most resumes): none is read
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


def _may_mirror(pieces: list[Piece], job: JobSide, words: Words) -> bool:
    """False when no piece holds MIRROR_MIN_STEMS of the job's stems, making MIRROR_FROM_JOB
    of its own (mirrored_lines)."""
    # The resume's words whose stems are the job's, as alpha_stems reads them: a piece holds
    # no more of the job's stems than of these words.
    theirs = {w for w, s in words.of_job if s in job.stems and w.isalpha()}
    least = tuning.MIRROR_MIN_STEMS
    return any(
        _mostly_job(p, job)
        for p in pieces
        if len(p.words) >= least and len(theirs.intersection(p.words)) >= least
    )


def _mostly_job(piece: Piece, job: JobSide) -> bool:
    """mirrored_lines' first two tests of a piece alone: MIRROR_MIN_STEMS of the job's stems,
    at least MIRROR_FROM_JOB of its own (the third asks about the other pieces)."""
    from_job = len(piece.alpha_stems & job.stems)
    return from_job >= tuning.MIRROR_MIN_STEMS and from_job >= tuning.MIRROR_FROM_JOB * len(
        piece.alpha_stems
    )
