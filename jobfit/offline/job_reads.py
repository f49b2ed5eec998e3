"""What judging reads from the job's lines alone, kept with the job (JobProfile.once)."""

from __future__ import annotations

import re
from typing import NamedTuple

from jobfit import tuning
from jobfit.offline.credentials import DEGREE_STEMS
from jobfit.offline.evidence import quote_order
from jobfit.offline.field_years import asked_field
from jobfit.offline.job import JobProfile, Line
from jobfit.offline.subjects import subject_family

MAX_REQUIREMENTS = tuning.MAX_REQUIREMENTS  # the lines judged, at most
_EQUIVALENT = re.compile(r"\bequivalent\b", re.IGNORECASE)
_RELATED = re.compile(r"\b(?:related|similar|relevant|technical) field\b", re.IGNORECASE)


class Asked(NamedTuple):
    """What a degree line asks beside the level, read from its text alone (_subject_met)."""

    subject: frozenset[str]  # its content stems but the degree's own words
    family: frozenset[str] | None  # subject_family: "a technical discipline" takes any of these
    related: bool  # "or a related field": any subject will do
    equivalent: bool  # "or equivalent experience": years stand in for the degree


class JobReads(NamedTuple):
    """What judging reads from the job alone: read once a posting (JobProfile.once)."""

    judged: list[Line]  # the lines judged, in order
    order: list[int]  # the order in which they choose quotes (quote_order)
    grouped: list[Line]  # the lines that name skills, as line_covers reads them
    fields: dict[int, frozenset[str]]  # asked_field of each years line, by id()
    degrees: dict[int, Asked]  # what each degree line asks, by id()


def job_reads(job: JobProfile) -> JobReads:
    judged = [ln for ln in job.lines if ln.importance != "duty"] or list(job.lines)
    judged = judged[:MAX_REQUIREMENTS]
    return JobReads(
        judged,
        quote_order(judged),
        [ln for ln in job.lines if ln.groups],
        {id(ln): asked_field(ln.text) for ln in judged if ln.years},
        {
            id(ln): Asked(
                ln.stems - DEGREE_STEMS,
                subject_family(ln.text),
                _RELATED.search(ln.text) is not None,
                _EQUIVALENT.search(ln.text) is not None,
            )
            for ln in judged
            if ln.degree is not None
        },
    )


def grouped(job: JobProfile) -> list[Line]:
    """The job's lines that name skills, in the posting's order (line_covers reads them)."""
    return job.once(job_reads).grouped


def group_names(line: Line) -> list[frozenset[str]]:
    """The skill names of each option group of the line."""
    return [frozenset(s.name for s in g) for g in line.groups]
