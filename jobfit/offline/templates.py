"""Clauses that fill one template with the posting's skills ("Used Kubernetes daily", ", using
SQL" added to line after line): left out of the score and flagged."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import compress, count
from operator import itemgetter

from jobfit import tuning
from jobfit.offline.pieces import Piece
from jobfit.offline.screen_words import JobSide
from jobfit.offline.text import BULLETS, Token
from jobfit.report import Notice

# Characters between two words that end a clause.
_BREAKS = frozenset(",;.:()[]{}|/\n" + BULLETS)
# Words that only join items of a list: "SQL and Python" is a list, not a template.
_JOINS = frozenset(("and", "or", "&", "etc", "including", "e.g"))
_STEM = itemgetter(2)  # Token.stem


def _clauses(piece: Piece, skills: frozenset[str]) -> list[tuple[int, int]]:
    """(first, last + 1) token of each clause of the piece that holds a skill word of the job.

    Read outwards from those words only, and no further than a template's length: a clause
    longer than TEMPLATE_WORDS comes back longer than that, but not whole.
    """
    tokens, scan, most = piece.tokens, piece.scan, tuning.TEMPLATE_WORDS
    out: list[tuple[int, int]] = []
    # The skill words' places, found in C: most tokens of a piece are none.
    for k in compress(count(), map(skills.__contains__, map(_STEM, tokens))):
        if out and k < out[-1][1]:
            continue  # in the clause just read
        a, b = k, k + 1
        while a > 0 and k - a < most and _BREAKS.isdisjoint(scan[tokens[a - 1][4] : tokens[a][3]]):
            a -= 1
        while (
            b < len(tokens)
            and b - a <= most
            and _BREAKS.isdisjoint(scan[tokens[b - 1][4] : tokens[b][3]])
        ):
            b += 1
        out.append((a, b))
    return out


def _split(tokens: list[Token], skills: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(frame, slots) of a clause: its words but the job's skill words and joins, and those."""
    frame = tuple(t[0] for t in tokens if t[2] not in skills and t[0] not in _JOINS)
    slots = tuple(t[2] for t in tokens if t[2] in skills)
    return frame, slots


def templated(pieces: list[Piece], job: JobSide) -> dict[int, list[tuple[int, int]]]:
    """For each piece with templated clauses, the (first, last + 1) tokens of each.

    A template is a frame of a few words that holds a different skill of the job each time:
    TEMPLATE_MIN clauses or more with the same frame are a tool's work, not a candidate's.
    """
    skills = job.skill_stems
    if not skills:
        return {}
    candidates = [i for i, p in enumerate(pieces) if not skills.isdisjoint(p.stems)]
    named = skills.intersection(*(pieces[i].stems for i in candidates[:1]))
    named = named.union(*(skills & pieces[i].stems for i in candidates[1:]))
    if len(named) < tuning.TEMPLATE_MIN:
        return {}  # too few skill words of the job to fill a template three times (most resumes)
    groups: dict[tuple[str, ...], list[tuple[int, int, int, frozenset[str]]]] = defaultdict(list)
    for i in candidates:
        tokens = pieces[i].tokens
        clauses = [(a, b, *_split(tokens[a:b], skills)) for a, b in _clauses(pieces[i], skills)]
        run, next_start = 0, -1  # where the items right after a clause end (0: none follows)
        for a, b, frame, slots in reversed(clauses):
            long = b - a > tuning.TEMPLATE_WORDS  # a sentence of its own: no frame
            # A template's list runs on ("Proficient in SQL, Kafka and Go"): its items go too.
            end = run if run and next_start == b else b
            item = not long and _JOINS.issuperset(frame)
            run, next_start = (end if item else 0), a
            # A number in the frame is a skills table ("Python - 31 months"), written by hand.
            if not long and not item and not _numbered(frame):
                groups[frame].append((i, a, end, frozenset(slots)))
    out: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for uses in groups.values():
        if len(uses) < tuning.TEMPLATE_MIN:
            continue  # fewer uses than a template needs (most frames): _apart keeps no more
        # Each use names other skills than the rest, not one of them written twice.
        kinds = {slots for *_, slots in uses}
        if len(_apart(kinds)) >= tuning.TEMPLATE_MIN:
            # A template once found, every clause of it goes ("Marketing" by "Product marketing").
            for i, a, b, _ in uses:
                out[i].append((a, b))
    return out


def _apart(kinds: set[frozenset[str]]) -> set[frozenset[str]]:
    """The sets of skill words that are no one word of another set, nor hold such a word."""
    # One word alone and a set holding it are a skill written twice ("Cisco", "Cisco routers").
    # Counted per word, not set against set: a hostile text may fill thousands of sets.
    single = {w for k in kinds if len(k) == 1 for w in k}
    seen = Counter(w for k in kinds for w in k)
    return {
        k
        for k in kinds
        if (len(k) == 1 and seen[next(iter(k))] == 1) or (len(k) > 1 and single.isdisjoint(k))
    }


def _numbered(frame: tuple[str, ...]) -> bool:
    """True when a word of the frame holds a digit."""
    return any(not w.isalpha() and any(c.isdigit() for c in w) for w in frame)


def drop_templated(pieces: list[Piece], job: JobSide, notes: list[Notice]) -> list[Piece]:
    """Leave out the templated clauses of each piece; flag skills_mirror_job."""
    found = templated(pieces, job)
    if not found:
        return pieces
    notes.append(
        Notice(
            code="skills_mirror_job",  # the job's skills written into the resume, as a list is
            message=(
                "Several lines of the resume repeat one phrase with a different skill of the "
                "job each time; those phrases were left out of the score."
            ),
        )
    )
    kept: list[Piece] = []
    for i, p in enumerate(pieces):
        kept += _without(p, sorted(found[i])) if i in found else [p]
    return kept


def _without(piece: Piece, cut: list[tuple[int, int]]) -> list[Piece]:
    """The piece's stretches of tokens outside `cut`, each a piece of its own."""
    out, start = [], 0
    for a, b in [*cut, (len(piece.tokens), len(piece.tokens))]:
        if a > start:
            out.append(_part(piece, start, a))
        start = max(start, b)
    return out


def _part(piece: Piece, a: int, b: int) -> Piece:
    """The piece's tokens a to b - 1, as a piece."""
    tokens = piece.tokens[a:b]
    x, y = tokens[0][3], tokens[-1][4]
    moved = [Token(t[0], t[1], t[2], t[3] - x, t[4] - x) for t in tokens]
    return Piece(piece.text[x:y], piece.scan[x:y], piece.quotable, moved)
