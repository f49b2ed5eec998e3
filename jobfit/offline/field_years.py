"""Years in one field: "5+ years of experience in accounting" counts the accounting jobs only."""

from __future__ import annotations

import re
from collections.abc import Sequence

from jobfit import tuning
from jobfit.offline import years as dates  # dates.this_year() read at call time: tests pin it
from jobfit.offline.abbreviations import role_stems
from jobfit.offline.requirements import years_end
from jobfit.offline.text import content_stems, tokenize
from jobfit.offline.years import RANGE, stated_years

# "in accounting", "as a Registered Nurse": the field follows the years, after one of these words.
_FIELD_START = frozenset({"in", "as", "within"})
# What may stand between the number and the field: "5 years of relevant work experience in".
_YEARS_OF = frozenset(
    """of experience work working professional relevant related progressive proven hands on full
    time paid practical industry demonstrated minimum least combined post qualification""".split()
)
# The field's words end at a clause break or where the line turns to something else.
_FIELD_STOP = frozenset(
    """with including include such preferably preferred required is are and/or plus which that
    who where while working using to for from at on in as within""".split()
)
_BREAK = re.compile(r"[,;:.()\n]")
# Words that name no field: "in a fast-paced environment", "in the industry", "as a team member".
_NOT_FIELD = frozenset(
    stem
    for w in """environment setting settings industry role roles position capacity similar
    leadership supervisory management lead leading member members company companies organization
    organizations business businesses office offices""".split()
    for stem in content_stems(w)
)


def _names(stems: set[str], field: frozenset[str]) -> bool:
    """True when the stems name the field: "accountant" names "accounting" (stem "account")."""
    least = tuning.FIELD_PREFIX
    return bool(stems & field) or any(
        s.startswith(f) or f.startswith(s)
        for f in field
        for s in stems
        if min(len(s), len(f)) >= least
    )


def asked_field(text: str) -> frozenset[str]:
    """Stems of the field a years requirement names after its number ("in accounting")."""
    end = years_end(text)
    if end is None:
        return frozenset()
    rest = _BREAK.split(text[end:], maxsplit=1)[0]
    tokens = tokenize(rest)
    for i, t in enumerate(tokens):
        if t.lower not in _FIELD_START and t.lower not in _YEARS_OF:
            # "years building pipelines in Python": a skill's years, not a field's.
            return frozenset()
        if t.lower in _FIELD_START:
            words = []
            for w in tokens[i + 1 :]:
                if w.lower in _FIELD_STOP:
                    break
                words.append(w)
            stems = content_stems(rest, words) - _NOT_FIELD
            # "as a PM": the project manager's field, not the letters (a time of day as well).
            for short, title in role_stems(rest[t.end :], t.lower == "as").items():
                stems = (stems - {short}) | title
            return frozenset(stems)
    return frozenset()


# The resume read once for all years lines: each job's years and words, each stated total's words.
Jobs = tuple[list[tuple[frozenset[int], set[str]]], list[tuple[float, set[str]]]]


def _title_like(text: str) -> bool:
    """True when a line may be a job's title: a few words, not a sentence or a list."""
    words = text.split()
    return 0 < len(words) <= tuning.TITLE_WORDS and not text.rstrip().endswith((".", ";", ","))


def read_jobs(lines: Sequence[tuple[str, frozenset[str]]]) -> Jobs | None:
    """The resume's dated jobs and stated totals, from its lines and their content stems.

    A job is its dated line, the line above it when that reads as a title, and the lines below,
    up to the next dated line or title. None when the resume gives no dates and no total.
    """
    now = dates.this_year()
    jobs: list[tuple[frozenset[int], set[str]]] = []
    stated: list[tuple[float, set[str]]] = []
    previous: set[str] = set()
    titled = False  # the line above reads as a title
    for text, line_stems in lines:
        stems = set(line_stems)
        found = stated_years(text)
        if found:
            stated.append((found, stems))
        years: set[int] = set()
        for m in RANGE.finditer(text):
            start, end_text = int(m.group(1)), m.group(2)
            end = int(end_text) if end_text.isdigit() else now
            if start <= end <= start + 50:
                years.update(range(start, max(end, start + 1)))
        if years:
            # A title above a dated line belongs to the new job; the last sentence of the job
            # above ("Built SQL pipelines.") stays with that job.
            if titled or not jobs:
                jobs.append((frozenset(years), stems | previous))
            else:
                jobs[-1][1].update(previous)
                jobs.append((frozenset(years), stems))
            previous = set()
        else:
            if jobs:
                jobs[-1][1].update(previous)
            previous = stems
            titled = _title_like(text)
    if jobs:
        jobs[-1][1].update(previous)
    return (jobs, stated) if jobs or stated else None


def years_in(jobs: Jobs, field: frozenset[str]) -> float:
    """Years in `field`: the dated jobs that name it, overlaps counted once, or a stated total
    that names it ("12 years of accounting experience"), whichever is more."""
    covered = set().union(*(years for years, stems in jobs[0] if _names(stems, field)))
    stated = max((n for n, stems in jobs[1] if _names(stems, field)), default=0.0)
    return max(stated, float(len(covered)))


def years_in_field(texts: Sequence[str], field: frozenset[str]) -> float | None:
    """Years the resume shows in `field`, or None when it gives no dates and no total."""
    jobs = read_jobs([(t, frozenset(content_stems(t))) for t in texts])
    return None if jobs is None else years_in(jobs, field)
