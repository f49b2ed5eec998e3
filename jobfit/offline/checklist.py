"""Judge each job requirement against the resume: met, partial or missing, with evidence."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from jobfit import tuning
from jobfit.offline import abbreviations, pending, unknowable
from jobfit.offline.evidence import MAX_EVIDENCE as MAX_EVIDENCE  # re-exported for callers
from jobfit.offline.evidence import MAX_QUOTE as MAX_QUOTE
from jobfit.offline.evidence import choose_evidence, line_roles
from jobfit.offline.field_years import Jobs, asked_field, read_jobs, years_in
from jobfit.offline.job import JobProfile, Line
from jobfit.offline.job_reads import Asked, group_names, job_reads
from jobfit.offline.lines import clip
from jobfit.offline.profile import ResumeProfile
from jobfit.offline.subjects import spelled_out, subject_items
from jobfit.offline.vocabulary import Skill

MET = tuning.MET
PARTIAL = tuning.PARTIAL
EQUIVALENT_YEARS = tuning.EQUIVALENT_YEARS


@dataclass(frozen=True)
class Judgement:
    """How the resume answers one requirement line."""

    line: Line
    value: float  # 0..1
    status: str
    evidence: tuple[str, ...]
    years_short: bool = False  # the job asks for more years than the resume shows


def answered(group: tuple[Skill, ...], resume: ResumeProfile) -> bool:
    """True when the resume shows one skill of an option group (named or implied)."""
    return any(resume.shown[s.name] > 0 for s in group)


def credit(group: tuple[Skill, ...], resume: ResumeProfile) -> float:
    """1 when the resume shows a skill of the group in its work, less when it only lists one."""
    if any(s.name in resume.demonstrated for s in group):
        return 1.0
    return tuning.LISTED_CREDIT if answered(group, resume) else 0.0


def shown_names(resume: ResumeProfile) -> frozenset[str]:
    """The names of the skills the resume shows (a count above 0), read once a pair."""
    return frozenset([n for n, c in resume.shown.items() if c > 0])


def skill_cover(line: Line, resume: ResumeProfile, shown: AbstractSet[str] | None = None) -> float:
    """Share (0..1) of the line's option groups that the resume answers, by weight.

    `shown`: shown_names(resume), when read before (line_covers reads every line with it).
    """
    weights = line.group_weights
    if not weights:
        return 0.0
    # credit() of each group, from its names read once per line of a posting, tested in C.
    shown = shown_names(resume) if shown is None else shown
    demonstrated = resume.demonstrated
    have = []
    for w, names in zip(weights, line.once(group_names), strict=True):
        if not demonstrated.isdisjoint(names):
            value = 1.0
        elif not shown.isdisjoint(names):  # answered(): a count above 0
            value = tuning.LISTED_CREDIT
        else:
            value = 0.0
        have.append(w * value)
    return sum(have) / sum(weights)


def _subject_met(line: Line, asked: Asked, resume: ResumeProfile) -> bool:
    """True when the resume's degrees are in a subject the line names (or it names none)."""
    # "BSN" is a degree in nursing on either side: each read as its subject.
    subject = spelled_out(asked.subject)
    studied = [s for s in resume.segments if s.degrees]
    family = asked.family
    if family is not None:
        # "a technical discipline", "a quantitative field": any subject of the family will do.
        return any(family & spelled_out(s.stems) for s in studied)
    if not subject or asked.related:
        return True
    skills = line.names
    if any(skills & s.shown for s in studied):
        return True
    stems = spelled_out(frozenset().union(*(s.stems for s in studied)))
    # One subject of a list ("Statistics, Electrical Engineering or Mathematics") will do, all
    # of its words: "Mechanical Engineering" is not "Electrical Engineering".
    if any(item <= stems for item in line.once(_subject_items)):
        return True
    return len(subject & stems) / len(subject) >= 0.3


def _subject_items(line: Line) -> list[frozenset[str]]:
    return subject_items(line.text)


def _degree_value(line: Line, asked: Asked, resume: ResumeProfile) -> float:
    asked_level = line.degree or 0
    # High school has no subject: "a high school diploma" is met by any education at all.
    subject = not asked_level or _subject_met(line, asked, resume)
    if resume.degrees and max(resume.degrees) >= asked_level:
        # The right level in an unrelated subject is only part of the way there.
        return 1.0 if subject else 0.5
    if asked.equivalent and resume.years >= EQUIVALENT_YEARS:
        return MET
    if asked.equivalent and resume.years >= 1:
        return PARTIAL
    # A lower degree in the right subject (an associate degree in nursing for a BSN) is a
    # start; high school (level 0) is no start on a college degree.
    return PARTIAL if resume.degrees and max(resume.degrees) >= 1 and subject else 0.1


def years_shown(
    line: Line, resume: ResumeProfile, jobs: list[Jobs | None], field: frozenset[str] | None = None
) -> float:
    """The resume's years for a years line: in the field it names ("in accounting"), else all.

    `jobs` holds the resume's dated jobs once read (read at most once per analysis); `field`:
    asked_field(line.text), when read before.
    """
    field = asked_field(line.text) if field is None else field
    if not field:
        return resume.years
    if not jobs:
        jobs.append(read_jobs([(s.text, s.stems) for s in resume.segments if not s.degrees]))
    return resume.years if jobs[0] is None else years_in(jobs[0], field)


def _value(
    line: Line,
    resume: ResumeProfile,
    years: float,
    cover: float | None,
    asked: Asked | None,
) -> float:
    parts = []
    shared = line.stems & resume.stems
    # "PA" in "Pittsburgh, PA" is no word of "PA-C certification": a state shares no meaning.
    places = {w for w in shared if len(w) == 2 and _only_places(w, resume)}
    # "PM experience": shared by a project manager's title, not by "7 PM - 7 AM".
    for short, title in line.once(line_roles).items():
        said = title <= resume.stems or (short in shared and _role_in(short, resume))
        shared = shared | {short} if said else shared - {short}
    words = len(shared - places) / len(line.stems) if line.stems else 0.0
    if line.groups:
        parts.append((skill_cover(line, resume) if cover is None else cover, 0.6))
    if line.stems:
        parts.append((words, 0.4))
    value = sum(v * w for v, w in parts) / sum(w for _, w in parts) if parts else 0.0
    if line.degree is not None:
        # The degree decides a degree line: nursing words do not make an associate a bachelor.
        value = _degree_value(line, asked, resume)  # asked: set for every degree line
    if line.years and not line.groups and not line.stems and line.degree is None:
        # "8 years of relevant work experience" asks for years and nothing else.
        return min(1.0, years / line.years) if resume.years else PARTIAL
    if line.years:
        # A resume that states no dates is not proof of no experience: halve, don't zero.
        ratio = min(1.0, years / line.years) if resume.years else 0.5
        value *= 0.6 + 0.4 * ratio
        if resume.years and years < line.years:
            value = min(value, (PARTIAL + MET) / 2)  # two years are not "5+ years", however apt
    return value


def _role_in(short: str, resume: ResumeProfile) -> bool:
    return abbreviations.used_as_role(short, (s.text for s in resume.segments if short in s.stems))


def _grade_short(line: Line, resume: ResumeProfile) -> bool:
    if line.stems.isdisjoint(pending.GRADE_STEMS):
        return False
    stems = line.stems - pending.GRADE_STEMS
    return pending.grade_short(line.text, (s.text for s in resume.segments if stems & s.stems))


def _only_places(word: str, resume: ResumeProfile) -> bool:
    return abbreviations.only_places(word, (s.text for s in resume.segments if word in s.stems))


def _condition(line: Line, condition: str, resume: ResumeProfile) -> Judgement:
    """Travel, work authorisation, shifts...: met where the resume states it, else unknown."""
    said = unknowable.stated(condition, [s.text for s in resume.segments if s.quotable])
    if said:
        return Judgement(line, 1.0, "met", tuple(clip(t, MAX_QUOTE) for t in said[:MAX_EVIDENCE]))
    # No resume can show it: ask the employer, never count it as missing.
    return Judgement(line, 0.0, "unknown", ())


def judge(
    job: JobProfile, resume: ResumeProfile, covers: list[tuple[float, float]] | None = None
) -> list[Judgement]:
    """One Judgement per requirement line (duties stand in when the job lists no requirements).

    `covers`: scoring.line_covers(job, resume), when the caller has them (the same skill_cover
    of each line with skills, read once a pair, not twice).
    """
    reads = job.once(job_reads)  # what the lines ask, read once a posting
    cover = (
        {}
        if covers is None
        else {id(ln): c for ln, (_, c) in zip(reads.grouped, covers, strict=True)}
    )
    out = []
    jobs: list[Jobs | None] = []
    for line in reads.judged:
        condition = line.condition  # unknowable.topic, once per line of a prepared job
        if condition is not None:
            out.append(_condition(line, condition, resume))
            continue
        key = id(line)
        years = years_shown(line, resume, jobs, reads.fields[key]) if line.years else resume.years
        value = _value(line, resume, years, cover.get(key), reads.degrees.get(key))
        if value >= MET and line.groups and pending.certs_short(line, resume.segments):
            value = PARTIAL  # "CFA Level II candidate" is on the way to "CFA charterholder"
        if value >= MET and line.degree is None and _grade_short(line, resume):
            value = PARTIAL  # an apprentice's licence for a journeyman's
        status = "met" if value >= MET else "partial" if value >= PARTIAL else "missing"
        short = bool(line.years) and years < line.years
        out.append(Judgement(line, value, status, (), short))
    # A stated condition ("willing to travel") comes with its own quote.
    wanted = [(j.line, j.status in ("met", "partial") and not j.evidence) for j in out]
    quotes = choose_evidence(wanted, resume.segments, reads.order)
    used = {quote for q in quotes for quote in q}
    judged = []
    for j, q in zip(out, quotes, strict=True):
        # A stated condition's own quote gives way where another item quotes that line already.
        own = tuple(e for e in dict.fromkeys(j.evidence) if e not in used)
        used.update(own)
        # Built directly: dataclasses.replace() reads the fields each time, five times slower.
        judged.append(Judgement(j.line, j.value, j.status, own or q, j.years_short))
    return judged
