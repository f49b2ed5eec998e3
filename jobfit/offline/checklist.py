"""Judge each job requirement against the resume: met, partial or missing, with evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from jobfit.offline.credentials import DEGREE_STEMS
from jobfit.offline.evidence import MAX_EVIDENCE as MAX_EVIDENCE  # re-exported for callers
from jobfit.offline.evidence import MAX_QUOTE as MAX_QUOTE
from jobfit.offline.evidence import choose_evidence
from jobfit.offline.job import JobProfile, Line
from jobfit.offline.profile import ResumeProfile
from jobfit.offline.vocabulary import Skill

MET = 0.6
PARTIAL = 0.3
MAX_REQUIREMENTS = 25
EQUIVALENT_YEARS = 4  # years of work that stand in for a degree "or equivalent experience"
_EQUIVALENT = re.compile(r"\bequivalent\b", re.IGNORECASE)
_RELATED = re.compile(r"\b(?:related|similar|relevant|technical) field\b", re.IGNORECASE)


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


def skill_cover(line: Line, resume: ResumeProfile) -> float:
    """Share (0..1) of the line's option groups that the resume answers, by weight."""
    weights = [max(s.weight for s in g) for g in line.groups]
    if not weights:
        return 0.0
    have = [w for w, g in zip(weights, line.groups, strict=True) if answered(g, resume)]
    return sum(have) / sum(weights)


def _subject_met(line: Line, resume: ResumeProfile) -> bool:
    """True when the resume's degrees are in a subject the line names (or it names none)."""
    subject = line.stems - DEGREE_STEMS
    if not subject or _RELATED.search(line.text):
        return True
    studied = [s for s in resume.segments if s.degrees]
    skills = {s.name for s in line.skills}
    if any(skills & s.shown for s in studied):
        return True
    stems = frozenset().union(*(s.stems for s in studied))
    return len(subject & stems) / len(subject) >= 0.3


def _degree_value(line: Line, resume: ResumeProfile) -> float:
    subject = _subject_met(line, resume)
    if resume.degrees and max(resume.degrees) >= (line.degree or 0):
        # The right level in an unrelated subject is only part of the way there.
        return 1.0 if subject else 0.5
    if _EQUIVALENT.search(line.text) and resume.years >= EQUIVALENT_YEARS:
        return MET
    if _EQUIVALENT.search(line.text) and resume.years >= 1:
        return PARTIAL
    # A lower degree in the right subject (an associate degree in nursing for a BSN) is a start.
    return PARTIAL if resume.degrees and subject else 0.1


def _value(line: Line, resume: ResumeProfile) -> float:
    parts = []
    words = len(line.stems & resume.stems) / len(line.stems) if line.stems else 0.0
    if line.groups:
        parts.append((skill_cover(line, resume), 0.6))
    if line.stems:
        parts.append((words, 0.4))
    value = sum(v * w for v, w in parts) / sum(w for _, w in parts) if parts else 0.0
    if line.degree is not None:
        # The degree decides a degree line: nursing words do not make an associate a bachelor.
        value = _degree_value(line, resume)
    if line.years:
        # A resume that states no dates is not proof of no experience: halve, don't zero.
        ratio = min(1.0, resume.years / line.years) if resume.years else 0.5
        value *= 0.6 + 0.4 * ratio
        if 0 < resume.years < line.years:
            value = min(value, (PARTIAL + MET) / 2)  # two years are not "5+ years", however apt
    return value


def judge(job: JobProfile, resume: ResumeProfile) -> list[Judgement]:
    """One Judgement per requirement line (duties stand in when the job lists no requirements)."""
    lines = [ln for ln in job.lines if ln.importance != "duty"] or list(job.lines)
    out = []
    for line in lines[:MAX_REQUIREMENTS]:
        value = _value(line, resume)
        status = "met" if value >= MET else "partial" if value >= PARTIAL else "missing"
        short = bool(line.years) and resume.years < line.years
        out.append(Judgement(line, value, status, (), short))
    wanted = [(j.line, j.status in ("met", "partial")) for j in out]
    quotes = choose_evidence(wanted, resume.segments)
    return [replace(j, evidence=q) for j, q in zip(out, quotes, strict=True)]
