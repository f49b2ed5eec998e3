"""The resume as the analysis sees it: clean segments, skills, words, years, degrees, warnings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import chain

from jobfit import tuning
from jobfit.offline import budget, privacy, screening, strength
from jobfit.offline.languages import languages_shown
from jobfit.offline.matching import find_mentions
from jobfit.offline.name_or_title import reads_as_title
from jobfit.offline.occupations import occupation_vector, occupations
from jobfit.offline.pieces import Piece
from jobfit.offline.reading import Found, ReadResume, found_in, read_resume
from jobfit.offline.text import EDGE, Token, tokenize
from jobfit.offline.vocabulary import implied_names, skill_named, with_implied
from jobfit.offline.years import resume_years
from jobfit.report import Notice

SHORT_LINE = tuning.SHORT_LINE
# Occupations of this domain (project, product, operations management, administration) are
# functions found in every field: a headline naming only them leaves the field to the work.
FUNCTIONS = "MGMT"


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


def _named(pieces: list[Piece], found: list[Found]) -> list[Counter[str]]:
    """The skills each piece names, whatever its letter case (`found`: each piece's found_in).

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
    words = screening.Words(read.pieces, screen)
    pieces = screening.screen(read.pieces, screen, notes, words)
    if pieces is read.pieces and read.whole:
        # No piece left out: all but the notes is what the first such job read.
        return replace(read.whole[0], warnings=notes)
    segs = []
    listed = strength.listed_flags([(p.scan, p.tokens) for p in pieces])
    # The screening keeps the pieces it was given, or splits them: a new piece is read here.
    known = read.found
    new = iter(found_in([p for p in pieces if id(p) not in known]))
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
    # No piece left out (most resumes): the screening read their stems and counted their words.
    same = pieces is read.pieces
    stems = words.stems if same else frozenset().union(*(s.stems for s in segs))
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
    own = [t for p, is_list in pairs[: tuning.HEAD_LINES] if not is_list for t in p.tokens]
    occupation, unbacked = _backed(head, work, own)
    # Words a list names say less about the occupation than the work the resume describes.
    # A list alone never makes an occupation: one the rest of the resume does not name counts
    # far less ("Skills: Law, Privacy law" on an engineer's resume).
    for name, weight in occupation_vector([], lists).items():
        alone = name not in occupation
        occupation[name] += weight * (tuning.LISTED_ALONE if alone else tuning.LISTED_OCCUPATION)
    shown_in_work = frozenset().union(*(s.shown for s in segs if not s.listed))
    shown = with_implied(skills)
    shown_in_work |= languages_shown(pieces, shown, words.counts if same else None)
    profile = ResumeProfile(
        segs,
        skills,
        stems,
        years,
        degrees,
        notes,
        shown,
        occupation,
        shown_in_work,
        _with_field(_headline(resume) - unbacked, occupation),
    )
    if pieces is read.pieces:
        read.whole.append(profile)  # nothing reading a profile changes it (gains copies)
    return profile


def _backed(
    head: list[Token], work: list[Token], own: list[Token]
) -> tuple[Counter[str], frozenset[str]]:
    """occupation_vector(head, work), but a headline's title counts as far as the rest of the
    work backs it (`own`: the headline's own words in `work`): a posting's title pasted on top
    of an unrelated resume buys little. Also the headline's occupations the work never backs."""
    vec = occupation_vector([], work)
    rest = Counter(vec)
    rest.subtract(occupation_vector([], own))  # the title backs nothing by itself
    best = max(rest.values(), default=0.0)
    unbacked = set()
    domain = occupations().domain
    for name, weight in occupation_vector(head, []).items():
        # Work that names no occupation at all (a headline and a line) contradicts none.
        share = max(0.0, rest[name]) / best if best > 0 else 1.0
        vec[name] += weight * min(1.0, share / tuning.HEAD_BACKED)
        # A function ("Project Manager") heads work of any field: it stays (_with_field).
        if share < tuning.HEAD_BACKED_MIN and domain[name] != FUNCTIONS:
            unbacked.add(name)
    return vec, frozenset(unbacked)


def _with_field(headline: frozenset[str], occupation: Counter[str]) -> frozenset[str]:
    """The headline's occupations, and the work's own field when the headline names a function.

    "Project Manager" heads resumes of every field: a construction project manager's headline
    says how they work, the work says in which field (its strongest occupations, as read for the
    same field in occupations.relation).
    """
    domain = occupations().domain
    if not headline or not occupation or any(domain[name] != FUNCTIONS for name in headline):
        return headline
    best = max(occupation.values())
    return headline | {name for name, w in occupation.items() if w >= tuning.OCC_SAME_SHARE * best}


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
            cut = privacy.name_length(canon) if len(canon) == len(text) else 0
            if cut and not reads_as_title(tokenize(text[:cut])):
                # The name is cut off ("Jane Cook, RN" reads as a nurse's, not a cook's): the
                # rest is read again (tokens may not end where it does).
                line_tokens = tokenize(text[cut:])
        tokens += line_tokens
    return frozenset(occupation_vector(tokens, []))
