"""Suggestions: truthful edits, the ones that would change the most first."""

from __future__ import annotations

import re
from itertools import islice

from jobfit.offline.checklist import Judgement
from jobfit.offline.job import JobProfile, Line
from jobfit.offline.phrasing import natural
from jobfit.offline.prose import join, whole_clause
from jobfit.offline.vocabulary import skill_named

MAX_GAPS = 4
MAX_SUGGESTIONS = 7
MAX_QUOTED = 90  # a requirement is quoted whole up to this length, else paraphrased
# How a requirement a candidate brings is worded; other lines ("All resumes must be submitted
# online") are about the process, and advice on them would be noise.
_OPENERS = frozenset(
    "experience ability knowledge familiarity proficiency understanding background demonstrated "
    "proven strong excellent solid working hands-on expertise track skilled fluency".split()
)
# "40%", "$5", "2019": each alternative starts on a digit or a currency sign, its look-behind
# after that first character ("\d(?<!\w\d)" is "\b\d"), so the search skips the letters between
# numbers without trying each (twice as fast); a digit run is matched from its first digit once.
_NUMBERS = re.compile(r"\d(?<!\d\d)\d*+\s*+%|[$€£₹]\s*+\d|\d(?<!\w\d)\d++\b")
# Where a gap sits decides how much closing it would change: required, then duties, then
# preferred (the score weighs them 1, 0.6 and 0.5).
_RANK = {"required": 0, "duty": 2, "preferred": 3}
_ASKS = {
    "required": "The job requires",
    "duty": "The role involves",
    "preferred": "The job prefers",
}


def _gap(name: str, place: str) -> str:
    """One missing skill: what the job asks, and what would show it if the candidate has it."""
    kind, phrase = skill_named(name).kind, natural(name)
    if kind == "cert":
        return (
            f"{_ASKS[place]} {phrase.text}, which the resume does not list. "
            "If you hold it, list it under certifications with the year it was awarded."
        )
    if place == "duty":
        asked = f"work with {phrase.text}" if phrase.prep == "with" else phrase.text
    else:
        asked = f"experience {phrase.prep} {phrase.text}"
    if phrase.prep == "with":
        show = "If you have used it, name it in the role where you did, with what you built or ran."
    else:
        show = (
            "If you have done such work, describe one example under the role where it happened, "
            "with its result."
        )
    return f"{_ASKS[place]} {asked}, which the resume does not show. {show}"


def _quoted(line: Line) -> str | None:
    """The requirement quoted whole, or paraphrased by its skills, or None."""
    clause = whole_clause(line.text, MAX_QUOTED)
    if clause:
        return f'"{clause}"'
    if line.degree is not None:
        return "the degree it describes"
    names = [s.name for s in line.skills if s.kind in ("skill", "cert")]
    return f"the requirement about {join([natural(n).text for n in names[:3]])}" if names else None


def _asks(line: Line) -> bool:
    """True when the line is worded as something a candidate brings ("Experience with...")."""
    text = line.text
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    return first in _OPENERS


def _years(j: Judgement, resume_years: float) -> str:
    if not resume_years:
        return (
            f"The job asks for {j.line.years}+ years of experience, and the resume gives "
            "no dates. Give start and end dates for each role so the years can be counted."
        )
    return (
        f"The job asks for {j.line.years}+ years of experience, and the resume's dates "
        "add up to fewer. Give dates for every relevant role, so none of your experience goes "
        "uncounted."
    )


def _line_advice(j: Judgement, resume_years: float, gaps: set[str]) -> str | None:
    """Advice on one requirement line the resume answers only in part, or not at all."""
    if j.line.years and j.years_short and j.status != "unknown":
        return _years(j, resume_years)  # undated roles hide years even where the line is met
    if j.status in ("met", "unknown") or any(s.name in gaps for s in j.line.skills):
        return None  # a named gap already has its own advice
    quoted = j.line.once(_quoted)  # read once per line of a posting, as _asks below
    if quoted is None:
        return None
    if j.line.degree is not None and j.status == "missing":
        return (
            f"The job asks for {quoted}; the resume shows no degree that matches. "
            "If you have one, list it under Education with its subject."
        )
    if j.line.degree is not None:
        return (
            f"The job asks for {quoted}; state your degree and its subject under Education, "
            "or the practical experience that stands in for it."
        )
    if j.status == "missing" and j.line.once(_asks):
        return (
            f"Nothing in the resume speaks to {quoted}. If your work included it, "
            "describe one example: what you did, with whom, and the result."
        )
    if j.status == "missing":
        return None  # not worded as something a candidate brings ("Job Location: ...")
    return (
        f"The resume answers {quoted} only in part. A concrete example would show it: "
        "what you did, with which tools or people, and the result."
    )


def _no_gaps(job: JobProfile) -> dict[tuple[str, str], str]:
    return {}


def suggestions(
    gaps: list[tuple[str, str]],
    judgements: list[Judgement],
    resume_text: str,
    years: float = 0,
    job: JobProfile | None = None,
) -> list[str]:
    """Concrete edits that stay truthful: gaps are named as gaps, never as things to add.

    `gaps` holds (skill, place) pairs, place being "required", "duty" or "preferred". `job`:
    the job of the gaps, which keeps the advice on each once worded.
    """
    worded = {} if job is None else job.once(_no_gaps)  # filled as gaps are met
    ranked = []
    for i, gap in enumerate(gaps[:MAX_GAPS]):
        text = worded.get(gap)
        if text is None:
            text = worded[gap] = _gap(*gap)
        ranked.append((_RANK[gap[1]], i, text))
    named = {name for name, _ in gaps}
    for i, j in enumerate(judgements):
        advice = _line_advice(j, years, named)
        if advice:
            # A required line the resume misses outweighs a duty; a preferred one comes last.
            rank = 1 if j.line.importance != "preferred" else 4
            ranked.append((rank, len(gaps) + i, advice))
    out = [text for _, _, text in sorted(ranked)][:MAX_SUGGESTIONS]
    if len(list(islice(_NUMBERS.finditer(resume_text), 3))) < 3:  # stop at the third number
        out.append("Quantify results where you truthfully can (percentages, amounts, team sizes).")
    return out
