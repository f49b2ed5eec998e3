"""The summary paragraph: the verdict in words, and why, as a careful reviewer would write it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jobfit.offline import unknowable
from jobfit.offline.occupations import occupations
from jobfit.offline.phrasing import field_label, natural
from jobfit.offline.prose import MAX_WORDS, MIN_WORDS, join, whole_clause
from jobfit.offline.scoring import field_vectors
from jobfit.offline.vocabulary import skill_named, vocabulary
from jobfit.report import Skills

if TYPE_CHECKING:
    from jobfit.offline.engine import Analysis
    from jobfit.offline.job import JobProfile, Line

SAME = 0.85  # field overlap from which two different top fields still count as one field
NEAR = 0.45  # field overlap from which the resume's field counts as next to the job's
# Warnings that mean part of the resume was set aside, and what was set aside.
DISCOUNTED = {
    "job_text_copied": "text copied from the job ad",
    "keyword_stuffing": "lines of repeated keywords",
    "prompt_injection": "instructions aimed at a screener",
}


@dataclass(frozen=True)
class Situation:
    """What the summary says, decided before it is worded."""

    verdict: str  # strong, partial, weak
    relation: str | None  # same, adjacent, different; None when a side names too few skills
    job_field: str | None
    resume_field: str | None
    strengths: tuple[str, ...] = ()  # skill names the resume shows, the strongest first
    facts: tuple[str, ...] = ()  # other evidence in words ("a matching degree")
    gaps: tuple[str, ...] = ()  # what the job asks for and the resume lacks, in words
    preferred: tuple[str, ...] = ()  # what the job prefers and the resume lacks, in words
    confirm: tuple[str, ...] = ()  # what the resume cannot show, in words
    discounted: tuple[str, ...] = ()  # what was left out of the resume as gaming, in words


def field_relation(job: Counter[str], resume: Counter[str], overlap: float) -> str | None:
    """same, adjacent or different field; None when a side names no field at all."""
    if not job or not resume:
        return None
    job_top, res_top = job.most_common(1)[0][0], resume.most_common(1)[0][0]
    if job_top == res_top or overlap >= SAME:
        return "same"
    if overlap >= NEAR or (job_top, res_top) in vocabulary().related:
        return "adjacent"
    return "different"


def _opening(s: Situation) -> str:
    """The verdict in words and the field relation, varied by both."""
    job, res = s.job_field, s.resume_field
    fit = {"strong": "fits the job well", "partial": "is a partial fit for the job"}
    fits = fit.get(s.verdict, "is a weak fit for the job")
    if s.relation is None and not job:
        return (
            f"This resume {fits}; the job ad names too few skills to place it in a field, "
            "so the judgement rests on its listed requirements."
        )
    if s.relation is None:
        return f"This resume {fits}, but it names too few skills to place it in a field."
    if s.relation == "same" and s.verdict == "strong":
        return f"This resume fits the job well: both are in the same field, {job}."
    if s.relation == "same" and s.verdict == "partial":
        return f"This resume {fits}: it is in the same field, {job}, but shows only part of it."
    if s.relation == "same":
        return f"This resume {fits}, although it is in the same field, {job}."
    if s.relation == "adjacent":
        link = "coming from" if s.verdict == "strong" else "as it comes from"
        return (
            f"This resume {fits}, {link} an adjacent field ({res}) rather than the job's ({job})."
        )
    link = ":" if s.verdict == "weak" else " even though"
    return f"This resume {fits}{link} it comes from a different field ({res}) than the job ({job})."


def _experience(names: list[str]) -> str:
    """ "experience with Python and Django, and in legal work"."""
    tools = [natural(n).text for n in names if natural(n).prep == "with"]
    areas = [natural(n).text for n in names if natural(n).prep == "in"]
    parts = [f"experience with {join(tools)}"] if tools else []
    if areas:
        parts.append(("in " if tools else "experience in ") + join(areas))
    return ", and ".join(parts)


def _strengths(s: Situation, most: int) -> str | None:
    shown = _experience(list(s.strengths[:most]))
    facts = list(s.facts[: max(0, most - 1)])
    if not shown and not facts:
        return None
    lead = "Its strongest evidence is" if s.verdict != "weak" else "It does show"
    if shown and facts:
        return f"{lead} {shown}, along with {join(facts)}."
    return f"{lead} {shown or join(facts)}."


def _gaps(s: Situation, most: int) -> str | None:
    required = list(s.gaps[:most])
    preferred = list(s.preferred[: max(1, most - len(required))])
    if required and preferred and len(required) < most:
        return (
            f"It does not show {join(required, 'or')}, which the job asks for, "
            f"nor {join(preferred, 'or')}, which it prefers."
        )
    if required and s.verdict == "weak":
        return f"It does not show {join(required, 'or')}, all of which the job asks for."
    if required:
        lead = "The main gaps are" if s.verdict == "partial" else "It lacks"
        return f"{lead} {join(required)}, which the job asks for."
    if preferred:
        return (
            "Nothing the job requires is plainly missing; "
            f"of what it prefers, it lacks {join(preferred)}."
        )
    return None


def _closing(s: Situation) -> str | None:
    if s.discounted:
        return f"The judgement leaves out {join(list(s.discounted))} found in the resume."
    if s.confirm:
        return f"Worth confirming with the candidate: {join(list(s.confirm[:2]))}."
    return None


def render(s: Situation) -> str:
    """The paragraph for a situation: two to four sentences, at most MAX_WORDS words."""
    for most in (3, 2, 1):
        parts = [_opening(s), _strengths(s, most), _gaps(s, most), _closing(s)]
        text = " ".join(p for p in parts if p)
        if len(text.split()) <= MAX_WORDS:
            break
    if len([p for p in parts if p]) < 2 or len(text.split()) < MIN_WORDS:
        text += " " + _fallback(s)
    return text


def _fallback(s: Situation) -> str:
    if s.verdict == "weak":
        return "Little of what the job asks for shows in the resume."
    return "The requirement list below shows what each part of that judgement rests on."


def _shown_first(a: Analysis, skills: Skills) -> list[str]:
    """Skills the resume shows: those of requirements it meets first, then the job's ranking."""
    met = sorted(
        (j for j in a.judgements if j.status == "met"),
        key=lambda j: j.line.importance == "preferred",
    )
    names = [s.name for j in met for s in j.line.skills if a.resume.shown[s.name]]
    names += [s.name for s in skills.matched]
    kinds = ("skill", "cert")
    return [n for n in dict.fromkeys(names) if skill_named(n).kind in kinds]


def _condition(line: Line) -> str | None:
    """A condition to confirm: quoted whole when short and free of numbers, else named."""
    clause = whole_clause(line.text, 60)
    if clause and not any(c.isdigit() for c in clause):
        return f'"{clause}"'
    name = line.condition  # unknowable.topic of its text
    return unknowable.NAMES[name] if name else None


def _job_field(job: JobProfile) -> str | None:
    """The job's strongest field, in words."""
    return field_label(job.fields.most_common(1)[0][0]) if job.fields else None


def situation(a: Analysis, skills: Skills, gaps: list[tuple[str, str]], verdict: str) -> Situation:
    """Decide what the summary says from an offline analysis."""
    job_vec, res_vec = (
        field_vectors(a.job, a.resume) if a.fields is None else (a.job.fields, a.fields)
    )
    job_field = a.job.once(_job_field)  # job_vec is the job's own: read once a posting
    res_field = field_label(res_vec.most_common(1)[0][0]) if res_vec else None
    # The occupation model's relation is the one the score used; the skills' fields stand in
    # where it names no occupation on a side.
    relation = a.scores.relation or field_relation(job_vec, res_vec, a.scores.field)
    job_occ, res_occ = a.job.occupation, a.resume.occupation
    if a.scores.relation is not None and job_occ and res_occ:
        # The occupations decided the relation, so they name the fields: a chef's one costing
        # skill does not put her in finance. Two occupations of one line of work (pharmacist,
        # pharmacy technician) are named by their titles.
        occ = occupations()
        job_top, res_top = job_occ.most_common(1)[0][0], res_occ.most_common(1)[0][0]
        names = (
            occ.field
            if relation == "same" or occ.field[job_top] != occ.field[res_top]
            else occ.title
        )
        if relation == "same" or names[job_top] != names[res_top]:
            job_field, res_field = names[job_top], names[res_top]
    shown = _shown_first(a, skills)
    facts = [natural(n).text for n in shown if skill_named(n).kind == "cert"]
    required = [j for j in a.judgements if j.line.importance != "preferred"]
    met_levels = [
        j.line.degree for j in required if j.line.degree is not None and j.status == "met"
    ]
    if met_levels:
        # A high-school diploma or an associate's (level 1) is schooling, not "a degree".
        facts.append(
            "a degree that matches" if max(met_levels) > 1 else "the education it asks for"
        )
    short = any(j.line.years and j.years_short for j in required)
    if not short and any(j.line.years and j.status == "met" for j in required):
        facts.append("enough years of experience")
    # Required skills first, then a required degree or years, then the duties' skills.
    asked = [natural(n).text for n, place in gaps if place == "required"]
    if any(j.line.degree is not None and j.status == "missing" for j in required):
        asked.append("a matching degree")
    if a.resume.years and short:
        asked.append("enough years of experience")
    asked += [natural(n).text for n, place in gaps if place == "duty"]
    # What a resume cannot show ("a valid driving licence"), quoted whole when short.
    unknown = [j.line.once(_condition) for j in a.judgements if j.status == "unknown"]
    confirm = [clause for clause in unknown if clause]
    if None in unknown:
        confirm.append(f"{'other ' if confirm else ''}requirements a resume cannot show")
    # A stated total ("for 6 years") meets the line without dates: nothing left to confirm.
    if not a.resume.years and any(j.line.years and j.status != "met" for j in required):
        confirm.append("the years of experience, as the resume gives no dates")
    return Situation(
        verdict,
        relation,
        job_field,
        res_field,
        tuple(n for n in shown if skill_named(n).kind != "cert"),
        tuple(facts),
        tuple(asked),
        tuple(natural(n).text for n, place in gaps if place == "preferred"),
        tuple(confirm),
        tuple(DISCOUNTED[w.code] for w in a.resume.warnings if w.code in DISCOUNTED),
    )


def summary(a: Analysis, skills: Skills, gaps: list[tuple[str, str]], verdict: str) -> str:
    """A short paragraph that says whether the resume suits the job, and why."""
    return render(situation(a, skills, gaps, verdict))
