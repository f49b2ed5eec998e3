"""The job as the analysis sees it: title, requirement lines, and the skills it names."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from jobfit.offline.credentials import degree_required
from jobfit.offline.matching import find_mentions
from jobfit.offline.requirements import parse_job, years_required
from jobfit.offline.text import content_stems, tokenize
from jobfit.offline.vocabulary import Skill

# How much a skill counts, by where the job names it.
PLACE_WEIGHT = {"title": 1.0, "required": 1.0, "preferred": 0.5, "duty": 0.6}


@dataclass(frozen=True)
class Line:
    """A requirement line with the skills and content words it names."""

    text: str
    importance: str
    mentions: tuple[Skill, ...]  # every mention, repeats included
    skills: tuple[Skill, ...]  # each skill once
    stems: frozenset[str]
    years: int | None
    degree: int | None


@dataclass(frozen=True)
class JobProfile:
    """Everything the scoring needs from the job."""

    title: str
    title_skills: tuple[Skill, ...]
    lines: tuple[Line, ...]
    skills: dict[str, tuple[Skill, int, float]]  # name -> (skill, mentions, weight)
    words: list[str]
    keywords: set[str]


def _line(text: str, importance: str) -> Line:
    mentions = tuple(m.skill for m in find_mentions(text))
    skills = tuple({s.name: s for s in mentions}.values())
    return Line(
        text,
        importance,
        mentions,
        skills,
        frozenset(content_stems(text)),
        years_required(text),
        degree_required(text),
    )


def build_job(job: str) -> JobProfile:
    """Read `job` into a JobProfile."""
    parsed = parse_job(job)
    lines = tuple(_line(jl.text, jl.importance) for jl in parsed.lines)
    # A one-word line is a requirement only when it names a skill ("Kubernetes", not "Apply").
    lines = tuple(ln for ln in lines if ln.skills or len(ln.text.split()) > 1)
    title_skills = tuple({m.skill.name: m.skill for m in find_mentions(parsed.title)}.values())
    counts: Counter[str] = Counter()
    weights: dict[str, float] = {}
    found: dict[str, Skill] = {}
    places = [("title", title_skills)] + [(ln.importance, ln.mentions) for ln in lines]
    for place, mentioned in places:
        for skill in mentioned:
            counts[skill.name] += 1
            found[skill.name] = skill
            weights[skill.name] = max(weights.get(skill.name, 0.0), PLACE_WEIGHT[place])
    skills = {n: (found[n], counts[n], weights[n]) for n in counts}
    words = [t.lower for t in tokenize(job)]
    keywords = set().union(*(ln.stems for ln in lines)) if lines else set()
    return JobProfile(parsed.title, title_skills, lines, skills, words, keywords)
