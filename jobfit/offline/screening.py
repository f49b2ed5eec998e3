"""Pieces of a resume that game a screener (job text pasted, restated, mirrored or repeated
keywords): left out of the score and flagged."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, compress

from jobfit import tuning
from jobfit.offline import gaming
from jobfit.offline.pieces import Piece, once
from jobfit.offline.text import STOP_WORDS, meant_stems, stem
from jobfit.report import Notice

COPIED_WORDS = tuning.COPIED_WORDS
COPIED_SHARE = tuning.COPIED_SHARE


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
    asked: frozenset[str]  # `stems` and `keywords`: the stems the stuffing checks count


def job_side(words: list[str], keywords: set[str], lines: Sequence[frozenset[str]]) -> JobSide:
    """Index the job's words and lines for the screening checks."""
    # Each distinct word is stemmed and read for content once, not per word of a long ad.
    distinct = set(words)
    stem_of = {w: stem(w) for w in distinct}
    stems = frozenset(stem_of.values())
    content = frozenset(meant_stems(distinct))  # the words are tokens already: no tokenize
    run = gaming.content_run(list(map(stem_of.__getitem__, words)), content)
    return JobSide(
        words,
        keywords,
        lines,
        stems,
        gaming.shingles(words),
        gaming.line_index(lines),
        gaming.shingles(run, tuning.RESTATE_RUN),
        stems | keywords,
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


def screen(pieces: list[Piece], job: JobSide, notes: list[Notice]) -> list[Piece]:
    """Leave out the pieces that game a screener (the three checks below), flagged in `notes`."""
    # Each check reads the words of the pieces the one before kept: most keep them all.
    words = Words(pieces, job)
    kept = drop_copied(pieces, job, notes, words)
    words = words if kept is pieces else Words(kept, job)
    unstuffed = drop_stuffed(kept, job, notes, words)
    words = words if unstuffed is kept else Words(unstuffed, job)
    return drop_mirrored(unstuffed, job, notes, words)


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
    total: Counter[str] = Counter()  # as drop_stuffed counts, for the stems asked about alone
    counts = words.counts
    for w, s in words.of_job:
        if len(w) > 1:  # the words Piece.counted keeps (stop words left out by of_job)
            total[s] += counts[w]
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
