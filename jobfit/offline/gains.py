"""What raises the score most: each unmet requirement re-scored as if the resume showed it."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from jobfit.offline import strength
from jobfit.offline.checklist import shown_names, skill_cover
from jobfit.offline.job_reads import grouped
from jobfit.offline.scoring import (
    _resume_fields,
    combine,
    cosine,
    field_vector,
    line_covers,
    named_count,
    pair_parts,
    skill_coverage,
    status_coverage,
)
from jobfit.offline.vocabulary import skill_named
from jobfit.report import Gain

if TYPE_CHECKING:
    from jobfit.offline.engine import Analysis

# Re-scoring costs one scoring pass per requirement; a cap keeps a huge posting linear.
MAX_TRIED = 12


@cache
def _shares(name: str) -> tuple[tuple[str, float], ...]:
    """One mention of the skill `name`, field by field: the sums field_vector makes of it."""
    return tuple(field_vector([(skill_named(name), 1, 1.0)]).items())


def gains(a: Analysis) -> list[Gain]:
    """Unmet requirements with the score the report would have if each were met, best first."""
    out = []
    open_ = [i for i, j in enumerate(a.judgements) if j.status != "met"][:MAX_TRIED]
    if not open_:
        return out
    # Meeting a requirement changes neither the job nor either occupation: read those once.
    # Nor does it change the rest of the score but for the skills it adds, so each try adds
    # them to the parts read once, in the order score() would (the same numbers, bit for bit).
    parts = a.parts or pair_parts(a.job, a.resume)
    fields = _resume_fields(a.resume) if a.fields is None else a.fields
    job_side = (parts.job_self, parts.job_near)  # what cosine reads of the job, read once
    same = None  # the field cosine of the resume as it is (score() found it): tries reuse it
    lines = grouped(a.job)  # as line_covers reads them
    covers = line_covers(a.job, a.resume) if a.covers is None else a.covers
    named = named_count(a.resume.skills)
    met = sum(j.status == "met" for j in a.judgements)
    checklist = [(j.line.importance, j.status) for j in a.judgements]  # a try meets one
    shown = a.resume.shown
    positive = shown_names(a.resume)  # the names it shows (skill_cover reads them)
    recovered: dict[tuple[int, frozenset[str]], float] = {}  # a line's cover, by names gained
    for i in open_:
        j = a.judgements[i]
        statuses = list(checklist)
        statuses[i] = (j.line.importance, "met")
        # Meeting it means the resume shows its skills: once each, never more than it has.
        # That changes what it shows (its names, a count above 0) and which names its counts
        # hold, not what it demonstrates: read as sets, without copying the resume's counts.
        names = j.line.names
        keys = shown.keys() if names <= shown.keys() else shown.keys() | names
        new = [s.name for s in j.line.skills if s.name not in a.resume.skills]
        vec = fields  # unchanged when the resume names all the line's skills already
        if any(a.resume.skills.get(n, 1) <= 0 for n in names):
            # A count raised in place: count again, from the counts as score() would see them.
            skills = a.resume.skills.copy()
            for s in j.line.skills:
                skills[s.name] = max(skills[s.name], 1)
            vec = _resume_fields(replace(a.resume, skills=skills))
        elif new:
            # New skills come last in `skills`: add them last, as field_vector would.
            vec = fields.copy()
            for name in new:
                # One skill's shares, added field by field: the sums field_vector makes.
                for f, share in _shares(name):
                    vec[f] += share
        if vec is fields and same is None:
            same = cosine(parts.job_fields, fields, *job_side)
        # Only the lines that name a skill the resume did not show cover more.
        gained = names - positive
        now = covers
        if gained:
            now = []
            for (w, cover), line in zip(covers, lines, strict=True):
                more = gained & line.names
                if more:
                    # A line's cover depends on its own names alone: tries that show the same
                    # of them (many lines share a skill) read it once a pair.
                    key = (id(line), more)
                    cover = recovered.get(key)
                    if cover is None:
                        cover = recovered[key] = skill_cover(line, a.resume, positive | more)
                now.append((w, cover))
        new_score = combine(
            parts,
            same if vec is fields else cosine(parts.job_fields, vec, *job_side),
            skill_coverage(a.job, a.resume, now),
            status_coverage(statuses),
            named + sum(skill_named(n).kind != "soft" for n in new),
            met + 1,
            strength.listed_only(parts.hard, keys, a.resume.demonstrated),
        ).score
        if new_score > a.scores.score:
            out.append(Gain(requirement=j.line.text, score=new_score))
    out.sort(key=lambda g: -g.score)  # stable: ties keep the posting's order
    return out
