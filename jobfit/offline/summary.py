"""Plain-language summary and truthful suggestions for a report."""

from __future__ import annotations

import re
from collections import Counter

from jobfit.offline.checklist import Judgement
from jobfit.offline.text import clip

FIELD_LABELS = {
    "software": "software development",
    "web": "web development",
    "mobile": "mobile development",
    "database": "databases",
    "data_eng": "data engineering",
    "data_science": "data science and analytics",
    "cloud": "cloud infrastructure",
    "devops": "DevOps and operations engineering",
    "networking": "networking",
    "security": "security",
    "testing": "software testing and QA",
    "blockchain": "blockchain",
    "erp": "ERP and SAP",
    "embedded": "embedded and hardware",
    "electrical": "electrical engineering",
    "mechanical": "mechanical engineering and manufacturing",
    "civil": "civil engineering and construction",
    "hr": "HR and recruiting",
    "sales": "sales",
    "marketing": "marketing and communications",
    "finance": "finance and accounting",
    "legal": "law",
    "health": "health care",
    "fitness": "fitness and wellness",
    "design": "design and UX",
    "arts": "the arts",
    "project_mgmt": "project and program management",
    "business_analysis": "business analysis",
    "operations": "operations and supply chain",
    "education": "teaching and training",
    "office": "office administration",
}
NEAR = 0.5  # field overlap from which the resume's field counts as next to the job's
MAX_GAPS = 4
MAX_MISSING = 2  # missing required items quoted in the summary
MAX_SUGGESTIONS = 7
# "40%" is matched from the first digit of its number, so a digit run is scanned once.
_NUMBERS = re.compile(r"(?<!\d)\d++\s*+%|[$€£₹]\s*+\d|\b\d{2,}\b")


def _names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _top_field(vec: Counter[str]) -> str | None:
    if not vec:
        return None
    field, _ = vec.most_common(1)[0]
    return FIELD_LABELS.get(field, field)


def summary(
    score: int,
    verdict: str,
    matched: list[str],
    missing: list[str],
    judgements: list[Judgement],
    job_fields: Counter[str],
    resume_fields: Counter[str],
    field_overlap: float,
) -> str:
    """A short paragraph that says whether the resume suits the job, and why."""
    parts = [f"The resume is a {verdict} fit for this job (score {score} of 100)."]
    job_top, res_top = _top_field(job_fields), _top_field(resume_fields)
    if job_top and job_top == res_top:
        parts.append(f"Both are about {job_top}.")
    elif job_top and res_top:
        near = "a neighbouring field, " if field_overlap >= NEAR else ""
        parts.append(f"The job is about {job_top}; the resume is mostly about {near}{res_top}.")
    if matched:
        parts.append(f"It shows {_names(matched[:4])}.")
    parts += _checklist(judgements)
    if missing:
        parts.append(f"Key gaps: {_names(missing[:3])}.")
    return " ".join(parts)


def _checklist(judgements: list[Judgement]) -> list[str]:
    """What the checklist says: required items met, and which key ones are missing."""
    out = []
    for kind, noun in (("required", "required items"), ("preferred", "preferred items")):
        items = [j for j in judgements if j.line.importance == kind]
        if not items and kind == "required":
            # A job that lists only duties is judged on them.
            items, noun = [j for j in judgements if j.line.importance == "duty"], "listed duties"
        if not items:
            continue
        met = sum(j.status == "met" for j in items)
        partial = sum(j.status == "partial" for j in items)
        partly = f" and partly {partial} more" if partial else ""
        out.append(f"It meets {met} of the {len(items)} {noun}{partly}.")
        absent = [f'"{clip(j.line.text, 60)}"' for j in items if j.status == "missing"]
        if absent and kind == "required":
            more = f" and {len(absent) - MAX_MISSING} more" if len(absent) > MAX_MISSING else ""
            out.append(f"Missing: {'; '.join(absent[:MAX_MISSING])}{more}.")
    return out


def _line_advice(j: Judgement) -> str | None:
    quoted = f'"{clip(j.line.text, 90)}"'
    if j.line.years and j.status != "met" and j.years_short:
        return (
            f"The job asks for {j.line.years}+ years ({quoted}); give dates for each role so "
            "the years are easy to count."
        )
    if j.line.degree and j.status == "missing":
        return (
            f"The job asks for a degree ({quoted}); the resume shows none that matches. "
            "If you have one, list it under Education."
        )
    if j.line.degree and j.status == "partial":
        return (
            f"The job asks for {quoted}; state your degree and its subject under Education, "
            "or the practical experience that stands in for it."
        )
    if j.status == "partial":
        return (
            f"Show {quoted} with a concrete example: what you did, with which tools or people, "
            "and the result."
        )
    return None


_GAP_TEXT = {
    "required": "The job requires {}; the resume shows no evidence of it. "
    "If you have used it, describe where and how.",
    "duty": "The job's duties involve {}; the resume does not mention it. "
    "If you have done this work, describe it.",
    "preferred": "The job prefers {}; the resume does not mention it. "
    "If you have experience with it, say so with an example.",
}


def suggestions(
    gaps: list[tuple[str, str]], judgements: list[Judgement], resume_text: str
) -> list[str]:
    """Concrete edits that stay truthful: gaps are named as gaps, never as things to add.

    `gaps` holds (skill, place) pairs, place being "required", "duty" or "preferred".
    """
    out = [_GAP_TEXT[place].format(name) for name, place in gaps[:MAX_GAPS]]
    advice = [a for a in map(_line_advice, judgements) if a]
    out += advice[: max(0, MAX_SUGGESTIONS - len(out))]
    if len(_NUMBERS.findall(resume_text)) < 3:
        out.append("Quantify results where you truthfully can (percentages, amounts, team sizes).")
    return out
