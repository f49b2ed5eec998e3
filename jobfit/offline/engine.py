"""OfflineEngine: the deterministic analyzer behind the Report schema."""

from __future__ import annotations

from dataclasses import dataclass

from jobfit.offline import summary as text_out
from jobfit.offline.checklist import Judgement, judge
from jobfit.offline.job import PLACE_WEIGHT, JobProfile, build_job
from jobfit.offline.profile import ResumeProfile, build_resume
from jobfit.offline.scoring import Scores, field_vector, score
from jobfit.offline.vocabulary import skill_named
from jobfit.report import EngineInfo, Report, Requirement, SkillCount, Skills, verdict_for

VERSION = "offline-1"
_PLACE_NAME = {v: k for k, v in PLACE_WEIGHT.items() if k != "title"}
_GAP_ORDER = ("required", "duty", "preferred")


@dataclass(frozen=True)
class Analysis:
    """The intermediate results, for callers (such as the OpenAI engine) that want more."""

    job: JobProfile
    resume: ResumeProfile
    judgements: list[Judgement]
    scores: Scores


def analyze_parts(resume: str, job: str) -> Analysis:
    """Run the offline analysis and return its parts."""
    job_profile = build_job(job)
    resume_profile = build_resume(resume, job_profile.words, job_profile.keywords)
    judgements = judge(job_profile, resume_profile)
    return Analysis(
        job_profile, resume_profile, judgements, score(job_profile, resume_profile, judgements)
    )


def _skills(a: Analysis) -> tuple[Skills, list[tuple[str, str]]]:
    """Matched and missing skills, most important first; also the gaps with where they sit."""
    ranked = sorted(
        (s for s in a.job.skills.values() if s[0].kind != "role"),
        key=lambda s: (-s[0].weight * s[2], -s[1], s[0].name),
    )
    # A skill in a requirement the resume meets anyway ("Python or Scala") is not a gap to report.
    answered = {s.name for j in a.judgements if j.status == "met" for s in j.line.skills}
    matched, missing, gaps = [], [], []
    for skill, n, place in ranked:
        count = SkillCount(
            name=skill.name, job_mentions=n, resume_mentions=a.resume.skills[skill.name]
        )
        if count.resume_mentions:
            matched.append(count)
        else:
            missing.append(count)
            if skill.kind != "soft" and skill.name not in answered:
                gaps.append((skill.name, _PLACE_NAME[place]))
    # Required gaps first, then duties, then preferred: the order a candidate should read them.
    gaps.sort(key=lambda g: _GAP_ORDER.index(g[1]))
    return Skills(matched=matched, missing=missing), gaps


def build_report(a: Analysis) -> Report:
    """Turn an Analysis into the shared Report."""
    skills, gaps = _skills(a)
    verdict = verdict_for(a.scores.score)
    job_vec = field_vector([(s, n, w) for s, n, w in a.job.skills.values()])
    res_vec = field_vector([(skill_named(k), n, 1.0) for k, n in a.resume.skills.items()])
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
        summary=text_out.summary(
            a.scores.score,
            verdict,
            [s.name for s in skills.matched if skill_named(s.name).kind != "soft"],
            [name for name, _ in gaps],
            a.judgements,
            job_vec,
            res_vec,
            a.scores.field,
        ),
        requirements=requirements,
        skills=skills,
        suggestions=text_out.suggestions(gaps, a.judgements, body),
        warnings=list(a.resume.warnings),
        engine=EngineInfo(name="offline", version=VERSION),
    )


class OfflineEngine:
    """The default engine: deterministic, no network, no key."""

    def analyze(self, resume: str, job: str) -> Report:
        """Analyse `resume` against `job` and return a Report."""
        return build_report(analyze_parts(resume, job))
