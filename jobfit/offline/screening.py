"""Pieces of a resume that game a screener (job text pasted, restated, mirrored or repeated
keywords): left out of the score and flagged."""

from __future__ import annotations

from jobfit import tuning
from jobfit.offline import gaming
from jobfit.offline.mirroring import drop_mirrored
from jobfit.offline.pieces import Piece
from jobfit.offline.screen_words import JobSide as JobSide
from jobfit.offline.screen_words import Words as Words
from jobfit.offline.screen_words import job_side as job_side
from jobfit.offline.stuffing import drop_stuffed
from jobfit.offline.templates import drop_templated
from jobfit.report import Notice

COPIED_WORDS = tuning.COPIED_WORDS
COPIED_SHARE = tuning.COPIED_SHARE


def screen(
    pieces: list[Piece], job: JobSide, notes: list[Notice], words: Words | None = None
) -> list[Piece]:
    """Leave out the pieces that game a screener (copied, stuffed, mirrored, templated); flag them.

    `words`: Words(pieces, job), for a caller that reads them after (when no piece is left out).
    """
    # Each check reads the words of the pieces the one before kept: most keep them all.
    words = Words(pieces, job) if words is None else words
    kept = drop_copied(pieces, job, notes, words)
    words = words if kept is pieces else Words(kept, job)
    unstuffed = drop_stuffed(kept, job, notes, words)
    words = words if unstuffed is kept else Words(unstuffed, job)
    unmirrored = drop_mirrored(unstuffed, job, notes, words)
    return drop_templated(unmirrored, job, notes)


def drop_copied(
    pieces: list[Piece], job: JobSide, notes: list[Notice], words: Words | None = None
) -> list[Piece]:
    """Leave out pieces pasted or restated from the job; flag job_text_copied.

    `words`: Words(pieces, job), when read before.
    """
    words = Words(pieces, job) if words is None else words
    # Line by line: a pasted line that a wrap joined to the resume's own is pasted all the same.
    # The lines' words end to end are the pieces' words: what is copied is found on the pieces.
    marks = gaming.copied_words(words.all, job.shingles)
    reword = _rewording(pieces, job, words)
    if True not in marks and True not in reword and not _may_restate(pieces, job, words):
        return pieces  # nothing can be copied (most resumes): no piece is read line by line
    whole = _whole(pieces, marks, reword, job)
    # (piece, words, content stems, run of content words) of each line, or of a whole piece.
    none: frozenset[str] = frozenset()  # no line of the piece can restate one (may_reword)
    lines: list[tuple[int, int, frozenset[str], list[str]]] = []
    for i, p in enumerate(pieces):
        if whole[i]:
            lines.append((i, len(p.words), none, _kept_apart(p)))
        else:
            lines += [(i, n, stems if reword[i] else none, run) for n, stems, run in p.line_reads]
    sizes = [n for _, n, _, _ in lines]
    copied = gaming.shares(marks, sizes)
    # Lines restated in other words, reordered or padded with fillers are copied all the same.
    reworded = gaming.reworded_lines([u[2] for u in lines], job.lines, job.index)
    # So are the job's words kept in its order with fillers or other small words between them.
    restated = gaming.copied_fractions([u[3] for u in lines], [], runs=job.restated)
    bad: dict[int, list[bool]] = {}
    for (i, *_), f, r, g in zip(lines, copied, reworded, restated, strict=True):
        bad.setdefault(i, []).append(f >= COPIED_SHARE or g >= COPIED_SHARE or r)
    spoilt = {i for i, flags in bad.items() if any(flags)}
    kept: list[Piece] = []
    for i, p in enumerate(pieces):
        # A piece with a copied line keeps the resume's own lines, each a piece of its own.
        if i in spoilt:
            kept += [line for line, b in zip(p.lines, bad[i], strict=True) if not b]
        else:
            kept.append(p)
    total = sum(f * n for f, n in zip(copied, sizes, strict=True))
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
    # No line left out: the same list, which tells build_resume that no piece changed.
    return kept if spoilt else pieces


def _rewording(pieces: list[Piece], job: JobSide, words: Words) -> list[bool]:
    """For each piece, whether a line of it may restate a job line (gaming.may_reword), where
    enough lines may for reworded_lines to flag them; else False for every piece."""
    no = [False] * len(pieces)
    # No part of a piece may restate a job line when the whole resume may not (may_reword).
    if not gaming.may_reword(words.stems, job.index):
        return no
    reword = [gaming.may_reword(p.stems, job.index) for p in pieces]
    # reworded_lines flags none unless REWORD_LINES lines restate one: when fewer lines may
    # (a piece has one more line than line breaks, at most), none is read for it.
    lines = sum(p.scan.count("\n") + 1 for p, may in zip(pieces, reword, strict=True) if may)
    return reword if lines >= tuning.REWORD_LINES else no


def _whole(pieces: list[Piece], marks: list[bool], reword: list[bool], job: JobSide) -> list[bool]:
    """For each piece, True when none of its lines can be copied: the checks read it whole.

    Such a piece holds no copied word (`marks`: copied_words of the pieces' words), no word of
    the job's runs of content words, and too few of any job line's words to restate it
    (`reword`: may_reword). Most pieces are such: their lines are never split apart.
    """
    out, start = [], 0
    for p, may in zip(pieces, reword, strict=True):
        end = start + len(p.words)
        out.append(
            not may and True not in marks[start:end] and job.restated.words.isdisjoint(p.stems)
        )
        start = end
    return out


def _may_restate(pieces: list[Piece], job: JobSide, words: Words) -> bool:
    """False when no run of the job's content words can be restated by the pieces, none of
    which holds a copied word or may reword a line (they are read whole by that alone)

    A piece that holds no word of the job's runs is read whole, and if it has content, keeps
    the runs on either side apart (_kept_apart): a restated run lies in the pieces between two
    such, and all its words are theirs. Where no stretch holds all the words of a job's run,
    in any order, none is restated.
    """
    runs = job.restated
    if not gaming.holds_run(runs.words.intersection(words.stems), runs):
        return False  # the whole resume is the longest stretch (nine resumes in ten)
    held: set[str] = set()  # the job's run words of the stretch of pieces so far
    for p in pieces:
        if not runs.words.isdisjoint(p.stems):
            held.update(runs.words.intersection(p.stems))
        elif held and _kept_apart(p):
            if gaming.holds_run(held, runs):
                return True
            held = set()
    return gaming.holds_run(held, runs)


# A word no run of the job holds: it stands for a whole piece's content words (_kept_apart).
_APART = [""]


def _kept_apart(piece: Piece) -> list[str]:
    """What a whole piece adds to the runs of content words: none of its words is the job's,
    so it only keeps the runs on either side apart, as its lines' words would (if it has any:
    a line has content words when the piece has, fillers left out)."""
    return _APART if any(not gaming.is_filler(s) for s in piece.stems) else []
