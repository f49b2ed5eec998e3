"""The resume as the analysis sees it: clean segments, skills, words, years, degrees, warnings."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate, chain, compress, count, repeat
from typing import NamedTuple

from jobfit import tuning
from jobfit.offline import budget, privacy, screening, strength
from jobfit.offline.credentials import degree_levels_each
from jobfit.offline.injection import EVERY_PATTERN, find_injections, has_hidden_characters, within
from jobfit.offline.lines import segments
from jobfit.offline.matching import case_bound_words, find_mentions, mentions_each, token_keys
from jobfit.offline.occupations import names_occupation, occupation_vector
from jobfit.offline.pieces import Piece
from jobfit.offline.text import EDGE, tokenize
from jobfit.offline.vocabulary import implied_names, skill_named, with_implied
from jobfit.offline.years import resume_years
from jobfit.report import Notice

SHORT_LINE = tuning.SHORT_LINE


@dataclass
class Segment:
    """A verbatim piece of the resume and what it contains."""

    text: str
    quotable: bool
    skills: Counter[str]
    stems: frozenset[str]
    degrees: frozenset[int]
    shown: frozenset[str] = frozenset()  # skills named or implied (PostgreSQL shows SQL)
    listed: bool = False  # a list of items (a skills section), not a line about work


@dataclass
class ResumeProfile:
    """Everything the scoring needs from the resume."""

    segments: list[Segment]
    skills: Counter[str]  # as named: these say which field the resume is in
    stems: frozenset[str]
    years: float
    degrees: set[int]
    warnings: list[Notice] = field(default_factory=list)
    shown: Counter[str] = field(default_factory=Counter)  # named or implied: evidence of skill
    occupation: Counter[str] = field(default_factory=Counter)  # weight per occupation
    demonstrated: frozenset[str] = frozenset()  # skills shown in work, not only listed
    headline: frozenset[str] = frozenset()  # occupations the headline's titles name


class Found(NamedTuple):
    """What one piece names, whatever the job: skills as named, degree levels, skills shown."""

    # A tuple, not a frozen dataclass: made for most pieces of every resume, and a frozen
    # dataclass costs three times as much to build (measured, as for text.Token).
    skills: Counter[str]
    degrees: frozenset[int]
    shown: frozenset[str]
    bound: bool = False  # it has a case-bound word ("Flask", "Chef"): see _named


_new_found = tuple.__new__  # skips NamedTuple's Python-level __new__; same object


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
    found = dict(zip(map(id, pieces), _found(pieces), strict=True))
    return ReadResume(tuple(notes), pieces, found)


def _found(pieces: list[Piece]) -> list[Found]:
    """What each piece names, read in one pass over all their tokens (see Found)."""
    # A resume has sixty pieces of a dozen words: piece by piece, the calls cost more than the
    # words. The words of all pieces are read at once; each piece gets what falls in its words.
    tokens = list(chain.from_iterable(p.tokens for p in pieces))
    keys = token_keys(tokens)
    ends = list(accumulate(len(p.tokens) for p in pieces))
    texts = [p.scan for p in pieces]
    # Capitals are no evidence: read as if the resume were in one case (see _named).
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
        named = Counter([m.skill.name for m in found])
        shown = implied_names(named) if named else frozenset()
        out.append(_new_found(Found, (named, levels, shown, k in bound)))
    return out


# What a piece that names nothing has found; shared, as a Found is never changed (see _named).
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
            if name and names_occupation(seg_tokens):
                # "Maria Lopez, RN": the letters after a name may name an occupation; the name
                # not.
                tail = name < len(seg) and not names_occupation(tokenize(seg[:name]))
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


def _named(pieces: list[Piece], found: list[Found]) -> list[Counter[str]]:
    """The skills each piece names, whatever its letter case (`found`: each piece's _found).

    Capitals are no evidence (an all-lower-case resume reads the same): a case-bound word
    ("Flask", "Chef", "Spring") is a skill in a list, or where the resume names another skill
    of its field ("Python and Flask services"), not in "Head Chef" or "Spring 2016" alone.
    A piece's own Counter is returned as it is when nothing is added (it is shared by every
    job a prepared resume meets: never changed in place).
    """
    named = [f.skills for f in found]
    if not any(f.bound for f in found):
        return named  # no case-bound word (most resumes): nothing to add, no fields to read
    fields = {f for names in named for name in names for f in skill_named(name).fields}
    out = []
    for p, f in zip(pieces, found, strict=True):
        names = f.skills
        if f.bound:
            for m in find_mentions(p.scan, p.tokens, one_case=True, loose=True):
                if m.skill.name not in names and fields.intersection(m.skill.fields):
                    if names is f.skills:
                        names = Counter(names)  # a copy: f.skills serves every job
                    names[m.skill.name] += 1
        out.append(names)
    return out


def build_resume(
    resume: str,
    job_words: list[str],
    job_keywords: set[str],
    job_lines: Sequence[frozenset[str]] = (),
    read: ReadResume | None = None,
    screen: screening.JobSide | None = None,
) -> ResumeProfile:
    """Read `resume` against the job's words, keyword stems and lines' stems.

    `read` (read_resume) and `screen` (screening.job_side of the same three) come prepared.
    """
    read = read_resume(resume) if read is None else read
    if screen is None:
        screen = screening.job_side(job_words, job_keywords, job_lines)
    notes = list(read.notes)
    pieces = screening.screen(read.pieces, screen, notes)
    if pieces is read.pieces and read.whole:
        # No piece left out: all but the notes is what the first such job read.
        return replace(read.whole[0], warnings=notes)
    segs = []
    listed = strength.listed_flags([(p.scan, p.tokens) for p in pieces])
    # The screening keeps the pieces it was given, or splits them: a new piece is read here.
    known = read.found
    new = iter(_found([p for p in pieces if id(p) not in known]))
    found = [known.get(id(p)) or next(new) for p in pieces]
    for p, is_list, f, named in zip(pieces, listed, found, _named(pieces, found), strict=True):
        budget.check()
        shown = f.shown if named is f.skills else implied_names(named)
        segs.append(Segment(p.text, p.quotable, named, p.stems, f.degrees, shown, is_list))
    skills: Counter[str] = Counter()
    add = skills.get
    for s in segs:
        # What Counter.update does, without its call and Mapping check per segment (half the
        # time: this runs on every segment, and most name a skill or two).
        for name, n in s.skills.items():
            skills[name] = add(name, 0) + n
    stems = frozenset().union(*(s.stems for s in segs))
    # Per segment, so "Group B" and "Tech support" on two lines never make a B.Tech.
    degrees = set().union(*(s.degrees for s in segs))
    # Years of study ("2018 - 2022 B.Tech") are not years of experience.
    work = "\n".join(p.scan for p, s in zip(pieces, segs, strict=True) if not s.degrees)
    years = resume_years(work)
    # The headline ("REGISTERED NURSE", "Java Developer") is the first lines left after the name.
    head = [t for p in pieces[: tuning.HEAD_LINES] for t in p.tokens]
    # Every token of the resume passes here: chained in C, not one by one.
    pairs = list(zip(pieces, listed, strict=True))
    work = list(chain.from_iterable(p.tokens for p, is_list in pairs if not is_list))
    lists = list(chain.from_iterable(p.tokens for p, is_list in pairs if is_list))
    occupation = occupation_vector(head, work)
    # Words a list names say less about the occupation than the work the resume describes.
    # A list alone never makes an occupation: one the rest of the resume does not name counts
    # far less ("Skills: Law, Privacy law" on an engineer's resume).
    for name, weight in occupation_vector([], lists).items():
        alone = name not in occupation
        occupation[name] += weight * (tuning.LISTED_ALONE if alone else tuning.LISTED_OCCUPATION)
    shown_in_work = frozenset().union(*(s.shown for s in segs if not s.listed))
    profile = ResumeProfile(
        segs,
        skills,
        stems,
        years,
        degrees,
        notes,
        with_implied(skills),
        occupation,
        shown_in_work,
        _headline(resume),
    )
    if pieces is read.pieces:
        read.whole.append(profile)  # nothing reading a profile changes it (gains copies)
    return profile


def _headline(resume: str) -> frozenset[str]:
    """Occupations the titles in the resume's first lines name ("SOUS CHEF", "Java Developer").

    The same in any letter case: the first line is a name by its title-cased form, so capitals
    that make a title look like a name never change it; personal details are masked first.
    """
    scan = tuning.HEADLINE_SCAN
    lines = [ln.strip(EDGE) for ln in resume.split("\n", scan)[:scan]]
    tokens = []
    for i, line in enumerate([ln for ln in lines if len(ln) > 1][: tuning.HEAD_LINES + 1]):
        line = line[:SHORT_LINE]  # a title opens its line: the rest of a paragraph costs time
        spans = privacy.personal_spans(line)
        if spans and (len(line) <= SHORT_LINE or spans[0] == (0, len(line))):
            continue
        text = privacy.mask(line, spans) if spans else line
        line_tokens = tokenize(text)
        if i == 0:
            canon = text.title()
            if len(canon) == len(text) and not names_occupation(line_tokens):
                # The name is cut off: the rest is read again (tokens may not end where it does).
                cut = privacy.name_length(canon)
                line_tokens = tokenize(text[cut:]) if cut else line_tokens
        tokens += line_tokens
    return frozenset(occupation_vector(tokens, []))
