"""Combine field overlap, skill coverage and the checklist into one 0-100 score."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from operator import itemgetter

from jobfit import tuning
from jobfit.offline import occupations, strength
from jobfit.offline.checklist import Judgement, shown_names, skill_cover
from jobfit.offline.job import JobProfile
from jobfit.offline.job_reads import grouped
from jobfit.offline.profile import ResumeProfile
from jobfit.offline.vocabulary import Skill, skill_named, vocabulary

IMPORTANCE_WEIGHT = tuning.IMPORTANCE_WEIGHT
STATUS_VALUE = tuning.STATUS_VALUE
MENTION_CAP = tuning.MENTION_CAP
CHECKLIST_SHARE = tuning.CHECKLIST_SHARE
CURVE = tuning.CURVE
EVIDENCE_FULL = tuning.EVIDENCE_FULL
MET_EVIDENCE = tuning.MET_EVIDENCE


@dataclass(frozen=True)
class Scores:
    """The parts of the score, each 0..1, and the final 0-100 score."""

    field: float
    skills: float | None  # None when the job gives nothing to measure it on
    checklist: float | None
    score: int
    occupation: float = 0.0  # nearness of the job's and the resume's occupations (0..1)
    relation: str | None = None  # "same", "adjacent" or "different" occupation; None: unknown
    unsupported: tuple[str, ...] = ()  # matched job skills the resume only lists


def _mention_weight(count: int) -> float:
    # Presence counts most; more mentions add a little, with diminishing returns.
    return 1.0 + math.log(min(count, MENTION_CAP))


def field_vector(items: Iterable[tuple[Skill, int, float]]) -> Counter[str]:
    """Weight per field from (skill, mentions, place weight) triples; soft skills left out."""
    # Summed in a dict: a Counter's += calls its Python __missing__ for each new field (a
    # resume's vector is read for every pair). The same sums, in the same order.
    vec: dict[str, float] = {}
    add = vec.get
    for skill, count, place in items:
        if count <= 0 or skill.kind == "soft":
            continue
        share = skill.weight * place * _mention_weight(count) / len(skill.fields)
        for f in skill.fields:
            vec[f] = add(f, 0) + share
    return Counter(vec)


@cache
def _towards(related: frozenset[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    """For each field fb, the fields fa that have it as a neighbour (the pairs (fa, fb))."""
    out: dict[str, list[str]] = {}
    for fa, fb in related:
        out.setdefault(fb, []).append(fa)
    return {fb: tuple(fas) for fb, fas in out.items()}


# For each field fb, the (place in a, weight in a) of each field of a that has fb as a neighbour.
Near = dict[str, list[tuple[int, float]]]


def _dot(
    a: Counter[str], b: Counter[str], related: frozenset[tuple[str, str]], near: Near | None = None
) -> float:
    same = sum(v * b[k] for k, v in a.items() if k in b)
    # Each pair of neighbouring fields, summed in the order a loop over a, then over b, meets
    # them (the same sum, bit for bit): read in b's order, then put in a's order by a stable
    # sort; half the work of looking up and ordering each field's neighbours one by one.
    if near is None:
        towards, place = _towards(related), {k: i for i, k in enumerate(a)}
        terms = [
            (place[fa], a[fa] * vb)
            for fb, vb in b.items()
            for fa in towards.get(fb, ())
            if fa in place
        ]
    else:  # a's side read before (near_of): the same terms, in the same order
        terms = [(i, va * vb) for fb, vb in b.items() for i, va in near.get(fb, ())]
    terms.sort(key=itemgetter(0))
    return same + tuning.RELATED * sum([t for _, t in terms])  # read at call time: bench --holdout


def near_of(a: Counter[str]) -> Near:
    """What _dot reads of `a` as its first vector, read once for a job compared with many."""
    towards, place = _towards(vocabulary().related), {k: i for i, k in enumerate(a)}
    near = {fb: [(place[fa], a[fa]) for fa in fas if fa in place] for fb, fas in towards.items()}
    return {fb: pairs for fb, pairs in near.items() if pairs}


def cosine(
    a: Counter[str], b: Counter[str], aa: float | None = None, near: Near | None = None
) -> float:
    """Cosine similarity of two field vectors, neighbouring fields counting RELATED of a match.

    `aa`: self_dot(a), and `near`: near_of(a), when `a` is compared with many vectors.
    """
    related = vocabulary().related
    aa = _dot(a, a, related) if aa is None else aa
    norm = math.sqrt(aa * _dot(b, b, related))
    return min(1.0, _dot(a, b, related, near) / norm) if norm else 0.0


def self_dot(a: Counter[str]) -> float:
    """The product of a field vector with itself, as cosine() reads it."""
    return _dot(a, a, vocabulary().related)


def field_vectors(job: JobProfile, resume: ResumeProfile) -> tuple[Counter[str], Counter[str]]:
    """The job's and the resume's weight per field (the job's computed once: don't change it)."""
    return job.fields, _resume_fields(resume)


def _resume_fields(resume: ResumeProfile) -> Counter[str]:
    return field_vector((skill_named(name), n, 1.0) for name, n in resume.skills.items())


@dataclass(frozen=True)
class PairParts:
    """The parts of score() that the gains pass never changes, so it computes them once."""

    job_fields: Counter[str]
    occupation: float
    relation: str | None
    hard: list[str]  # the job's skills and certifications, in the posting's order
    job_self: float = 0.0  # self_dot(job_fields)
    job_near: Near | None = None  # near_of(job_fields)


def pair_parts(job: JobProfile, resume: ResumeProfile) -> PairParts:
    """What score() reads from the job alone and from both occupations (not the resume's skills)."""
    return PairParts(
        job.fields,
        occupations.similarity(job.occupation, resume.occupation, job.once(_occupation_top)),
        occupations.relation(job.occupation, resume.occupation, resume.headline),
        job.hard,
        job.fields_self,
        job.once(_near_job),
    )


def _occupation_top(job: JobProfile) -> tuple[Counter[str], float]:
    return occupations.top_of(job.occupation)


def _near_job(job: JobProfile) -> Near:
    return near_of(job.fields)


def _weights(job: JobProfile) -> list[float]:
    """The weight of each line that names skills (grouped): its place's, times its heaviest."""
    return [IMPORTANCE_WEIGHT[line.importance] * max(line.group_weights) for line in grouped(job)]


def line_covers(job: JobProfile, resume: ResumeProfile) -> list[tuple[float, float]]:
    """(weight, share covered) of each job line that names skills, in the posting's order."""
    lines, weights = grouped(job), job.once(_weights)  # read once a posting
    shown = shown_names(resume)  # read once for every line
    return [(w, skill_cover(line, resume, shown)) for w, line in zip(weights, lines, strict=True)]


def skill_coverage(
    job: JobProfile, resume: ResumeProfile, covers: list[tuple[float, float]] | None = None
) -> float | None:
    """Share of the skills each job line names that the resume shows, by importance.

    A line that lists options ("C++, Java or Python") is covered by any one of them.
    `covers`: line_covers(job, resume), computed before.
    """
    total = have = 0.0
    for w, cover in line_covers(job, resume) if covers is None else covers:
        total += w
        have += w * cover
    return have / total if total else None


def checklist_coverage(judgements: list[Judgement]) -> float | None:
    """Share of the requirements met, required ones counting double; unknown ones left out."""
    return status_coverage([(j.line.importance, j.status) for j in judgements])


def status_coverage(items: list[tuple[str, str]]) -> float | None:
    """checklist_coverage of (importance, status) pairs: gains changes one status a try."""
    kept = [
        (IMPORTANCE_WEIGHT[place], STATUS_VALUE[status])
        for place, status in items
        if status != "unknown"
    ]
    total = sum([w for w, _ in kept])
    got = sum([w * v for w, v in kept])
    return got / total if total else None


def named_count(skills: Iterable[str]) -> int:
    """How many of the resume's named skills are not soft skills."""
    return sum(skill_named(k).kind != "soft" for k in skills)


def score(
    job: JobProfile,
    resume: ResumeProfile,
    judgements: list[Judgement],
    parts: PairParts | None = None,
    covers: list[tuple[float, float]] | None = None,
    fields: Counter[str] | None = None,
) -> Scores:
    """The parts and the final 0-100 score.

    `parts` (pair_parts), `covers` (line_covers) and `fields` (the resume's field vector) of
    the same job and resume, computed before.
    """
    parts = pair_parts(job, resume) if parts is None else parts
    fields = _resume_fields(resume) if fields is None else fields
    return combine(
        parts,
        cosine(parts.job_fields, fields, parts.job_self, parts.job_near),
        skill_coverage(job, resume, covers),
        checklist_coverage(judgements),
        named_count(resume.skills),
        sum(j.status == "met" for j in judgements),
        strength.listed_only(parts.hard, resume.shown, resume.demonstrated),
    )


def _soft_cap(value: float, cap: float, room: float) -> float:
    """`value` under `cap` with its order kept: the top of the scale squeezed into `room` points."""
    start = cap - room
    return value if value <= start else start + room * (value - start) / (100 - start)


def combine(
    parts: PairParts,
    f: float,
    s: float | None,
    c: float | None,
    named: int,
    met: int,
    unsupported: list[str],
) -> Scores:
    """The final score from its parts: field cosine `f`, skill and checklist coverage `s`, `c`,
    `named` skills that are not soft, `met` requirements, `unsupported` (listed only) skills."""
    # A job that names no skills is judged on its requirements alone, and the other way round.
    known = [(x, w) for x, w in ((s, 1 - CHECKLIST_SHARE), (c, CHECKLIST_SHARE)) if x is not None]
    coverage = sum(x * w for x, w in known) / sum(w for _, w in known) if known else 0.0
    enough = min(1.0, (named + MET_EVIDENCE * met) / EVIDENCE_FULL)
    occ, relation = parts.occupation, parts.relation
    # The occupation model knows every trade; the skills' fields know each trade's tools in depth.
    # Either one recognising the job's field is enough.
    field = max(occ, f)
    if relation == "different":
        # Unless the occupations say the fields differ: then the skills confirm, never invent.
        field = max(occ, min(f, tuning.SKILLS_LIFT * occ))
    raw = (
        enough
        * field**tuning.FIELD_POWER
        * (tuning.FIELD_BASE + (1 - tuning.FIELD_BASE) * coverage)
    )
    value = 100 * (1 - (1 - raw) ** CURVE) * tuning.RELATION_FACTOR[relation]
    if relation == "adjacent":
        # An adjacent field earns credit, never enough to pass as the same field.
        if occ >= tuning.ADJACENT_FLOOR_OCCUPATION:
            value = max(value, tuning.ADJACENT_FLOOR)
        value = _soft_cap(value, tuning.ADJACENT_CAP, tuning.ADJACENT_SOFT)
    if (c is not None and c < tuning.CHECKLIST_FOR_STRONG) or unsupported:
        # Nor does the right field missing most of what the job requires, nor skills the resume
        # only lists and never shows in its work.
        value = min(value, tuning.STRONG_BAND - 1)
    return Scores(field, s, c, round(value), occ, relation, tuple(unsupported))
