"""Combine field overlap, skill coverage and the checklist into one 0-100 score."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from jobfit.offline.checklist import Judgement
from jobfit.offline.job import JobProfile
from jobfit.offline.profile import ResumeProfile
from jobfit.offline.vocabulary import Skill

IMPORTANCE_WEIGHT = {"required": 1.0, "preferred": 0.5, "duty": 0.6}
STATUS_VALUE = {"met": 1.0, "partial": 0.5, "missing": 0.0}
MENTION_CAP = 5  # beyond a few mentions, repeating a skill says nothing more
TITLE_BOOST = 2.0  # the job title names the field more surely than any line
W_FIELD, W_SKILLS, W_CHECKLIST = 0.45, 0.30, 0.25


@dataclass(frozen=True)
class Scores:
    """The parts of the score, each 0..1, and the final 0-100 score."""

    field: float
    skills: float
    checklist: float
    score: int


def _mention_weight(count: int) -> float:
    # Presence counts most; more mentions add a little, with diminishing returns.
    return 1.0 + math.log(min(count, MENTION_CAP))


def field_vector(items: Iterable[tuple[Skill, int, float]]) -> Counter[str]:
    """Weight per field from (skill, mentions, place weight) triples; soft skills left out."""
    vec: Counter[str] = Counter()
    for skill, count, place in items:
        if count <= 0 or skill.kind == "soft":
            continue
        share = skill.weight * place * _mention_weight(count) / len(skill.fields)
        for f in skill.fields:
            vec[f] += share
    return vec


def cosine(a: Counter[str], b: Counter[str]) -> float:
    """Cosine similarity of two sparse vectors (0 when either is empty)."""
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def field_overlap(job: JobProfile, resume: ResumeProfile) -> float:
    """How much the resume and the job are about the same fields (0..1)."""
    from jobfit.offline.vocabulary import vocabulary

    by_name = {s.name: s for s in vocabulary().skills}
    job_items = [(s, n, w) for s, n, w in job.skills.values()]
    job_items += [(s, 1, TITLE_BOOST) for s in job.title_skills]
    res_items = [(by_name[name], n, 1.0) for name, n in resume.skills.items()]
    return cosine(field_vector(job_items), field_vector(res_items))


def skill_coverage(job: JobProfile, resume: ResumeProfile) -> float:
    """Share of the job's skills, weighted by importance and specificity, the resume shows."""
    total = have = 0.0
    for skill, _, place in job.skills.values():
        if skill.kind == "role":
            continue
        w = skill.weight * place
        total += w
        if resume.skills[skill.name] > 0:
            have += w
    return have / total if total else 0.0


def checklist_coverage(judgements: list[Judgement]) -> float:
    """Share of the requirements met, required ones counting double."""
    total = sum(IMPORTANCE_WEIGHT[j.line.importance] for j in judgements)
    got = sum(IMPORTANCE_WEIGHT[j.line.importance] * STATUS_VALUE[j.status] for j in judgements)
    return got / total if total else 0.0


def score(job: JobProfile, resume: ResumeProfile, judgements: list[Judgement]) -> Scores:
    """The parts and the final 0-100 score."""
    f = field_overlap(job, resume)
    s = skill_coverage(job, resume)
    c = checklist_coverage(judgements)
    raw = W_FIELD * f + W_SKILLS * s + W_CHECKLIST * c
    return Scores(f, s, c, max(0, min(100, round(100 * raw))))
