"""What raises the score most: each unmet requirement re-scored as if the resume showed it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from jobfit.offline.scoring import pair_parts, score
from jobfit.report import Gain

if TYPE_CHECKING:
    from jobfit.offline.engine import Analysis

# Re-scoring costs one scoring pass per requirement; a cap keeps a huge posting linear.
MAX_TRIED = 12


def gains(a: Analysis) -> list[Gain]:
    """Unmet requirements with the score the report would have if each were met, best first."""
    out = []
    open_ = [i for i, j in enumerate(a.judgements) if j.status != "met"][:MAX_TRIED]
    # Meeting a requirement changes neither the job nor either occupation: read those once.
    parts = pair_parts(a.job, a.resume)
    for i in open_:
        j = a.judgements[i]
        judgements = list(a.judgements)
        judgements[i] = replace(j, status="met", value=1.0)
        # Meeting it means the resume shows its skills: once each, never more than it has.
        skills, shown = a.resume.skills.copy(), a.resume.shown.copy()
        for s in j.line.skills:
            skills[s.name] = max(skills[s.name], 1)
            shown[s.name] = max(shown[s.name], 1)
        resume = replace(a.resume, skills=skills, shown=shown)
        new = score(a.job, resume, judgements, parts).score
        if new > a.scores.score:
            out.append(Gain(requirement=j.line.text, score=new))
    out.sort(key=lambda g: -g.score)  # stable: ties keep the posting's order
    return out
