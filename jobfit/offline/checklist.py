"""Judge each job requirement against the resume: met, partial or missing, with evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobfit.offline.job import JobProfile, Line
from jobfit.offline.profile import ResumeProfile, Segment
from jobfit.offline.text import clip

MET = 0.6
PARTIAL = 0.3
MAX_EVIDENCE = 2
MAX_QUOTE = 200
MAX_REQUIREMENTS = 25
EQUIVALENT_YEARS = 4  # years of work that stand in for a degree "or equivalent experience"
# "C, C++ or Java", "one or more of", "such as": naming one of the options is enough.
_ANY_OF = re.compile(r"\b(?:or|one of|one or more|such as|e\.g\.|i\.e\.|including|like)\b", re.I)
_EQUIVALENT = re.compile(r"\bequivalent\b", re.IGNORECASE)
_RELATED = re.compile(r"\b(?:related|similar|relevant|technical) field\b", re.IGNORECASE)


@dataclass(frozen=True)
class Judgement:
    """How the resume answers one requirement line."""

    line: Line
    value: float  # 0..1
    status: str
    evidence: tuple[str, ...]


def skill_cover(line: Line, resume: ResumeProfile) -> float:
    """Share (0..1) of the skills `line` names that the resume shows; one option is enough."""
    weights = [s.weight for s in line.skills if s.kind != "role"]
    have = [s.weight for s in line.skills if s.kind != "role" and resume.skills[s.name] > 0]
    if not weights:
        return 0.0
    if _ANY_OF.search(line.text) or len(line.skills) >= 4:
        return min(1.0, sum(have) / max(weights))
    return sum(have) / sum(weights)


def _degree_value(line: Line, resume: ResumeProfile, words: float) -> float:
    if resume.degrees and max(resume.degrees) >= (line.degree or 0):
        # The right level in an unrelated subject is only part of the way there.
        return 1.0 if words >= 0.3 or _RELATED.search(line.text) else 0.5
    if _EQUIVALENT.search(line.text) and resume.years >= EQUIVALENT_YEARS:
        return MET
    if _EQUIVALENT.search(line.text) and resume.years >= 1:
        return PARTIAL
    return 0.1


def _value(line: Line, resume: ResumeProfile) -> float:
    parts = []
    words = len(line.stems & resume.stems) / len(line.stems) if line.stems else 0.0
    if any(s.kind != "role" for s in line.skills):
        parts.append((skill_cover(line, resume), 0.6))
    if line.stems:
        parts.append((words, 0.4))
    value = sum(v * w for v, w in parts) / sum(w for _, w in parts) if parts else 0.0
    if line.degree is not None:
        value = max(value, _degree_value(line, resume, words))
    if line.years:
        # A resume that states no dates is not proof of no experience: halve, don't zero.
        ratio = min(1.0, resume.years / line.years) if resume.years else 0.5
        value *= 0.6 + 0.4 * ratio
    return value


def _evidence(line: Line, segments: list[Segment]) -> tuple[str, ...]:
    names = {s.name for s in line.skills}
    ranked = []
    for i, seg in enumerate(segments):
        if not seg.quotable:
            continue
        hit = 2 * len(names & seg.skills.keys()) + len(line.stems & seg.stems)
        if line.degree is not None and seg.degrees:
            hit += 3  # the resume's degree line answers a degree requirement
        if hit >= 2:
            ranked.append((-hit, i, seg.text))
    ranked.sort()
    quotes: list[str] = []
    for _, _, text in ranked:
        quote = clip(text, MAX_QUOTE)
        if quote not in quotes:
            quotes.append(quote)
        if len(quotes) == MAX_EVIDENCE:
            break
    return tuple(quotes)


def judge(job: JobProfile, resume: ResumeProfile) -> list[Judgement]:
    """One Judgement per requirement line (duties stand in when the job lists no requirements)."""
    lines = [ln for ln in job.lines if ln.importance != "duty"] or list(job.lines)
    out = []
    for line in lines[:MAX_REQUIREMENTS]:
        value = _value(line, resume)
        status = "met" if value >= MET else "partial" if value >= PARTIAL else "missing"
        evidence = _evidence(line, resume.segments) if status != "missing" else ()
        out.append(Judgement(line, value, status, evidence))
    return out
