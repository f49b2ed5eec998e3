"""Reading a resume once, whatever the job: screener notes, clean pieces, what each piece names."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, _count_elements
from dataclasses import dataclass, field
from itertools import accumulate, chain, compress, count, repeat
from typing import TYPE_CHECKING, NamedTuple

from jobfit import tuning
from jobfit.offline import budget, privacy, strength
from jobfit.offline.credentials import degree_levels_each
from jobfit.offline.injection import EVERY_PATTERN, find_injections, has_hidden_characters, within
from jobfit.offline.lines import segments
from jobfit.offline.matching import case_bound_words, mentions_each, token_keys
from jobfit.offline.name_or_title import reads_as_title
from jobfit.offline.pieces import Piece
from jobfit.offline.text import tokenize
from jobfit.offline.vocabulary import implied_names
from jobfit.report import Notice

if TYPE_CHECKING:
    from jobfit.offline.profile import ResumeProfile

SHORT_LINE = tuning.SHORT_LINE


class Found(NamedTuple):
    """What one piece names, whatever the job: skills as named, degree levels, skills shown."""

    # A tuple, not a frozen dataclass: made for most pieces of every resume, and a frozen
    # dataclass costs three times as much to build (measured, as for text.Token).
    skills: Counter[str]
    degrees: frozenset[int]
    shown: frozenset[str]
    bound: bool = False  # it has a case-bound word ("Flask", "Chef"): see profile._named


_new_found = tuple.__new__  # skips NamedTuple's Python-level __new__; same object
_new_counter = Counter.__new__  # an empty Counter, without its Python-level __init__


@dataclass(frozen=True)
class ReadResume:
    """The job-independent part of reading a resume: screener notes and clean pieces."""

    notes: tuple[Notice, ...]
    pieces: list[Piece]
    found: dict[int, Found] = field(default_factory=dict)  # by id() of each of `pieces`
    # build_resume's profile of all the pieces, made for the first job whose screening drops
    # none: the same for every such job, so one resume ranks many jobs reading it once.
    whole: list[ResumeProfile] = field(default_factory=list, compare=False, repr=False)


def read_resume(resume: str) -> ReadResume:
    """Read what does not depend on the job, once per resume (jobfit.batch ranks many jobs)."""
    injections = find_injections(resume)
    notes = _screener_notes(resume, injections)
    # A piece's own text (not masked) need not be searched again for what the whole has not.
    pieces = _pieces(resume, within(resume, injections))
    # What each piece names is read here, once, not again for every job the resume meets.
    found = dict(zip(map(id, pieces), found_in(pieces), strict=True))
    return ReadResume(tuple(notes), pieces, found)


def found_in(pieces: list[Piece]) -> list[Found]:
    """What each piece names, read in one pass over all their tokens (see Found)."""
    # A resume has sixty pieces of a dozen words: piece by piece, the calls cost more than the
    # words. The words of all pieces are read at once; each piece gets what falls in its words.
    tokens = list(chain.from_iterable(p.tokens for p in pieces))
    keys = token_keys(tokens)
    ends = list(accumulate(len(p.tokens) for p in pieces))
    texts = [p.scan for p in pieces]
    # Capitals are no evidence: read as if the resume were in one case (see profile._named).
    mentions = mentions_each(texts, tokens, keys, ends)
    degrees = degree_levels_each(texts, chain.from_iterable(p.words for p in pieces), ends)
    # Read here with the keys at hand, once, not for every job (one piece in sixty has one).
    bound = set()
    if not case_bound_words().isdisjoint(keys):  # in one resume in two
        at = compress(count(), map(case_bound_words().__contains__, keys))
        bound = set(map(bisect_right, repeat(ends), at))
    out = []
    for k, (found, levels) in enumerate(zip(mentions, degrees, strict=True)):
        budget.check()
        if not found and not levels and k not in bound:
            out.append(_NOTHING)  # two pieces in five
            continue
        # Counter's own __init__ and update (an isinstance of Mapping) cost more than counting
        # a piece's two or three names: counted as update counts them.
        named = _new_counter(Counter)
        _count_elements(named, [m.skill.name for m in found])
        shown = implied_names(named) if named else frozenset()
        out.append(_new_found(Found, (named, levels, shown, k in bound)))
    return out


# What a piece that names nothing has found; shared, as a Found is never changed (profile._named).
_NOTHING = Found(Counter(), frozenset(), frozenset())


def _pieces(resume: str, inside: tuple[int, ...]) -> list[Piece]:
    """Segments of the resume with personal details and screener instructions removed.

    `inside`: the injection patterns a piece of it left as it is may hold (injection.within).
    """
    out = []
    words = privacy.personal_words(resume)  # a piece holds only the words its text holds
    for i, seg in enumerate(segments(resume, heading=strength.is_heading)):
        budget.check()
        # A headline or heading in capitals ("CONSTRUCTION WORKER", "KEY SKILLS") reads like a
        # name but names a job or a section. Only the first segment can be the name: the
        # others are not looked at for one (this ran on every line).
        seg_tokens = None  # tokenised at most once: the line unmasked reuses them
        name = 0
        if i == 0 and not strength.is_heading(seg):
            name = privacy.name_length(seg)
            if name:
                seg_tokens = tokenize(seg)
            if name and reads_as_title(seg_tokens):
                # "Maria Lopez, RN": the letters after a name may name an occupation; the name
                # not ("Jane Cook" is a name: reads_as_title).
                tail = name < len(seg) and not reads_as_title(tokenize(seg[:name]))
                name = name if tail else 0
        if name:
            # The letters after a name ("RN", "CPA") count as skills, but are never quoted.
            if name < len(seg):
                scan = privacy.mask(seg, [(0, name)])
                out.append(Piece(seg, scan, False, tokenize(scan)))
            continue
        spans = privacy.personal_spans(seg, words)
        if spans and (len(seg) <= SHORT_LINE or spans[0] == (0, len(seg))):
            continue
        scan = privacy.mask(seg, spans) if spans else seg
        # Blanks may make a word start where the resume has none: a masked piece is searched in
        # full.
        patterns = EVERY_PATTERN if spans else inside
        if not (patterns and find_injections(scan, patterns)):
            tokens = seg_tokens if seg_tokens is not None and not spans else tokenize(scan)
            out.append(Piece(seg, scan, not spans, tokens))
    return out


def _screener_notes(resume: str, injections: list[str]) -> list[Notice]:
    notes = []
    if injections:
        shown = "; ".join(f'"{p[:60]}"' for p in injections[:3])
        notes.append(
            Notice(
                code="prompt_injection",
                message=(
                    f"The resume contains instructions aimed at an automated screener ({shown}); "
                    "they were ignored and did not affect the score."
                ),
            )
        )
    if has_hidden_characters(resume):
        notes.append(
            Notice(
                code="hidden_text",
                message=(
                    "The resume contains invisible characters (zero-width or direction overrides)."
                ),
            )
        )
    return notes
