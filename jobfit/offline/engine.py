"""OfflineEngine: the deterministic analyzer behind the Report schema."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from jobfit.offline import budget
from jobfit.offline import summary as text_out
from jobfit.offline.checklist import Judgement, answered, judge
from jobfit.offline.clean import normalise
from jobfit.offline.gains import gains
from jobfit.offline.job import GAP_ORDER, JobProfile, build_job
from jobfit.offline.profile import ResumeProfile, build_resume
from jobfit.offline.reading import ReadResume
from jobfit.offline.sanity import input_warnings
from jobfit.offline.scoring import (
    PairParts,
    Scores,
    _resume_fields,
    line_covers,
    pair_parts,
    score,
)
from jobfit.offline.suggestions import suggestions
from jobfit.report import (
    EngineInfo,
    Notice,
    Report,
    Requirement,
    SkillCount,
    Skills,
    verdict_for,
)

VERSION = "offline-10"


@dataclass(frozen=True)
class Analysis:
    """The intermediate results of one offline analysis, before they become a Report."""

    job: JobProfile
    resume: ResumeProfile
    judgements: list[Judgement]
    scores: Scores
    parts: PairParts | None = None  # what scoring read once (gains reads it again)...
    covers: list[tuple[float, float]] | None = None  # ...and how much of each line is covered
    fields: Counter[str] | None = None  # the resume's weight per field (gains, summary)


def analyze_parts(resume: str, job: str | JobProfile, read: ReadResume | None = None) -> Analysis:
    """Run the offline analysis and return its parts; either side may come prepared."""
    # jobfit.batch prepares a JobProfile once for many resumes, a ReadResume once for many jobs
    # (both from normalised text, so normalising here again changes nothing).
    resume = normalise(resume)
    job_profile = job if isinstance(job, JobProfile) else build_job(normalise(job))
    budget.check()
    resume_profile = build_resume(
        resume,
        job_profile.words,
        job_profile.keywords,
        job_profile.screen.lines,  # [ln.stems for ln in job_profile.lines], read once
        read,
        job_profile.screen,
    )
    budget.check()
    covers = line_covers(job_profile, resume_profile)
    judgements = judge(job_profile, resume_profile, covers)
    parts = pair_parts(job_profile, resume_profile)
    fields = _resume_fields(resume_profile)  # read once: score() and gains both read it
    scores = score(job_profile, resume_profile, judgements, parts, covers, fields)
    return Analysis(job_profile, resume_profile, judgements, scores, parts, covers, fields)


def _skills(a: Analysis) -> tuple[Skills, list[tuple[str, str]]]:
    """Matched and missing skills, most important first; also the gaps with where they sit."""
    # What depends on the job alone (ranked, choices, others, places) is read once a posting.
    # An option not taken ("FastAPI" of "Flask, Django or FastAPI" with Flask) is no gap at all.
    taken = {s.name for g in a.job.choices if answered(g, a.resume) for s in g}
    # Nor is an open choice's second option (job.others), a skill of a requirement the resume
    # meets anyway, or a degree's subject (the degree line has its own advice).
    no_gap = a.job.others | {
        s.name
        for j in a.judgements
        if j.status in ("met", "unknown") or j.line.degree is not None
        for s in j.line.skills
    }
    places = a.job.places
    matched, missing, gaps = [], [], []
    for skill, n, _ in a.job.ranked:
        shown = a.resume.shown[skill.name]
        strength = None
        if shown:
            strength = "demonstrated" if skill.name in a.resume.demonstrated else "listed"
        count = SkillCount(
            name=skill.name, job_mentions=n, resume_mentions=shown, evidence=strength
        )
        if shown:
            matched.append(count)
        elif skill.name not in taken and skill.name in places:  # title words ask for nothing
            missing.append(count)
            if skill.kind != "soft" and skill.name not in no_gap:
                gaps.append((skill.name, places[skill.name]))
    # Required gaps first, then duties, then preferred: the order a candidate should read them.
    gaps.sort(key=lambda g: GAP_ORDER.index(g[1]))
    return Skills(matched=matched, missing=missing), gaps


def _unsupported(a: Analysis) -> list[Notice]:
    names = a.scores.unsupported
    if not names:
        return []
    shown = ", ".join(names[:5])
    return [
        Notice(
            code="unsupported_skills",
            message=(
                f"Most skills the job asks for appear only in a list ({shown}), not in any "
                "experience or project; listed skills count less, and the verdict is not strong "
                "on them."
            ),
        )
    ]


def build_report(a: Analysis) -> Report:
    """Turn an Analysis into the shared Report."""
    skills, gaps = _skills(a)
    verdict = verdict_for(a.scores.score)
    requirements = [
        Requirement(
            text=j.line.text,
            importance="preferred" if j.line.importance == "preferred" else "required",
            status=j.status,
            evidence=list(j.evidence),
        )
        for j in a.judgements
    ]
    body = "\n".join(s.text for s in a.resume.segments)
    return Report(
        score=a.scores.score,
        verdict=verdict,
        summary=text_out.summary(a, skills, gaps, verdict),
        requirements=requirements,
        skills=skills,
        suggestions=suggestions(gaps, a.judgements, body, a.resume.years, a.job),
        gains=gains(a),
        warnings=list(a.resume.warnings) + _unsupported(a),
        engine=EngineInfo(name="offline", version=VERSION),
        field_relation=a.scores.relation,
    )


class OfflineEngine:
    """The default engine: deterministic, no network, no key."""

    def __init__(self, seconds: float | None = None) -> None:
        # The budget is read once, when the engine is built: a bad setting fails at start-up.
        self.seconds = budget.seconds_from_env() if seconds is None else seconds

    def analyze(self, resume: str, job: str) -> Report:
        """Analyze `resume` against `job` and return a Report, or raise AnalysisTimeout."""
        with budget.limit(self.seconds):
            report = build_report(analyze_parts(resume, job))
            report.warnings += input_warnings(resume, job)  # said, never scored: may be fine
        return report
