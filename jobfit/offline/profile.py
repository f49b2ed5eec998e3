"""The resume as the analysis sees it: clean segments, skills, words, years, degrees, warnings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from jobfit import tuning
from jobfit.offline import budget, privacy, screening, strength
from jobfit.offline.credentials import degree_levels, resume_years
from jobfit.offline.injection import find_injections, has_hidden_characters
from jobfit.offline.matching import case_bound_words, caseless, find_mentions
from jobfit.offline.occupations import names_occupation, occupation_vector
from jobfit.offline.screening import Piece
from jobfit.offline.text import segments, tokenize
from jobfit.offline.vocabulary import skill_named, with_implied
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


@dataclass(frozen=True)
class ReadResume:
    """The job-independent part of reading a resume: screener notes and clean pieces."""

    notes: tuple[Notice, ...]
    pieces: list[Piece]
    one_case: bool  # the whole text in one letter case


def read_resume(resume: str) -> ReadResume:
    """Read what does not depend on the job, once per resume (jobfit.batch ranks many jobs)."""
    return ReadResume(tuple(_screener_notes(resume)), _pieces(resume), caseless(resume))


def _pieces(resume: str) -> list[Piece]:
    """Segments of the resume with personal details and screener instructions removed."""
    out = []
    for i, seg in enumerate(segments(resume, heading=strength.is_heading)):
        budget.check()
        # A headline or heading in capitals ("CONSTRUCTION WORKER", "KEY SKILLS") reads like a
        # name but names a job or a section.
        seg_tokens = None  # tokenised at most once: the line unmasked reuses them
        section = strength.is_heading(seg)
        heading = section
        if not heading:
            seg_tokens = tokenize(seg)
            heading = names_occupation(seg_tokens)
        name = privacy.name_length(seg) if i == 0 and not section else 0
        if name and heading:
            # "Maria Lopez, RN": the letters after a name may name an occupation; the name not.
            name = name if name < len(seg) and not names_occupation(tokenize(seg[:name])) else 0
        if name:
            # The letters after a name ("RN", "CPA") count as skills, but are never quoted.
            if name < len(seg):
                scan = privacy.mask(seg, [(0, name)])
                out.append(Piece(seg, scan, False, tokenize(scan)))
            continue
        spans = privacy.personal_spans(seg)
        if spans and (len(seg) <= SHORT_LINE or spans[0] == (0, len(seg))):
            continue
        scan = privacy.mask(seg, spans) if spans else seg
        if not find_injections(scan):
            tokens = seg_tokens if seg_tokens is not None and not spans else tokenize(scan)
            out.append(Piece(seg, scan, not spans, tokens))
    return out


def _screener_notes(resume: str) -> list[Notice]:
    notes = []
    injections = find_injections(resume)
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


def _named(pieces: list[Piece]) -> list[Counter[str]]:
    """The skills each piece names, whatever its letter case.

    Capitals are no evidence (an all-lower-case resume reads the same): a case-bound word
    ("Flask", "Chef", "Spring") is a skill in a list, or where the resume names another skill
    of its field ("Python and Flask services"), not in "Head Chef" or "Spring 2016" alone.
    """
    found = [
        Counter(m.skill.name for m in find_mentions(p.scan, p.tokens, one_case=True))
        for p in pieces
    ]
    fields = {f for names in found for name in names for f in skill_named(name).fields}
    bound = case_bound_words()
    for p, names in zip(pieces, found, strict=True):
        if bound.isdisjoint(t.base for t in p.tokens):
            continue
        for m in find_mentions(p.scan, p.tokens, one_case=True, loose=True):
            if m.skill.name not in names and fields.intersection(m.skill.fields):
                names[m.skill.name] += 1
    return found


def build_resume(
    resume: str,
    job_words: list[str],
    job_keywords: set[str],
    job_lines: Sequence[frozenset[str]] = (),
    read: ReadResume | None = None,
) -> ResumeProfile:
    """Read `resume` against the job's words, keyword stems and lines' stems (`read`: prepared)."""
    read = read_resume(resume) if read is None else read
    notes = list(read.notes)
    pieces = screening.drop_copied(read.pieces, job_words, job_lines, notes)
    pieces = screening.drop_stuffed(pieces, job_keywords, job_words, notes)
    pieces = screening.drop_mirrored(pieces, job_words, notes)
    segs = []
    listed = strength.listed_flags([(p.scan, p.tokens) for p in pieces])
    for p, is_list, named in zip(pieces, listed, _named(pieces), strict=True):
        budget.check()
        segs.append(
            Segment(
                p.text,
                p.quotable,
                named,
                p.stems,
                frozenset(degree_levels(p.scan)),
                frozenset(with_implied(named)),
                is_list,
            )
        )
    skills: Counter[str] = Counter()
    for s in segs:
        skills.update(s.skills)
    stems = frozenset().union(*(s.stems for s in segs))
    # Per segment, so "Group B" and "Tech support" on two lines never make a B.Tech.
    degrees = set().union(*(s.degrees for s in segs))
    # Years of study ("2018 - 2022 B.Tech") are not years of experience.
    work = "\n".join(p.scan for p, s in zip(pieces, segs, strict=True) if not s.degrees)
    years = resume_years(work)
    # The headline ("REGISTERED NURSE", "Java Developer") is the first lines left after the name.
    head = [t for p in pieces[: tuning.HEAD_LINES] for t in p.tokens]
    work = [t for p, s in zip(pieces, segs, strict=True) if not s.listed for t in p.tokens]
    lists = [t for p, s in zip(pieces, segs, strict=True) if s.listed for t in p.tokens]
    occupation = occupation_vector(head, work)
    # Words a list names say less about the occupation than the work the resume describes.
    # A list alone never makes an occupation: one the rest of the resume does not name counts
    # far less ("Skills: Law, Privacy law" on an engineer's resume).
    for name, weight in occupation_vector([], lists).items():
        alone = name not in occupation
        occupation[name] += weight * (tuning.LISTED_ALONE if alone else tuning.LISTED_OCCUPATION)
    shown_in_work = frozenset().union(*(s.shown for s in segs if not s.listed))
    return ResumeProfile(
        segs,
        skills,
        stems,
        years,
        degrees,
        notes,
        with_implied(skills),
        occupation,
        shown_in_work,
    )
