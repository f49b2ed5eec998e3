"""Read a job description into its title, sections and requirement lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobfit.offline.text import segments

_PREFERRED = re.compile(
    r"\b(prefer\w*|nice[- ]to[- ]have|a plus|bonus|desir\w*|ideal\w*|advantage\w*|optional|"
    r"good[- ]to[- ]have|pluses)\b",
    re.IGNORECASE,
)
_REQUIRED = re.compile(
    r"\b(requirements?|qualifications?|minimum|must|required|what you (?:need|bring|have)|"
    r"who you are|skills|experience|education|you have|basic|looking for|tech stack|"
    r"technologies|tools)\b",
    re.IGNORECASE,
)
_DUTIES = re.compile(
    r"\b(responsibilit\w*|duties|what you.ll do|what you will do|the role|"
    r"about the (?:job|role|team|position)|your impact|day to day|overview|description|summary|"
    r"your mission|the job)\b",
    re.IGNORECASE,
)
# Sections about the employer, not the candidate: their lines are not requirements.
_SKIP = re.compile(
    r"^(?:about\b|who we are|our (?:company|story|values|culture)|"
    r"benefits|perks|what we offer|why (?:join|work)\b|compensation|salary|pay|location|"
    r"how to apply|equal opportunity|eeo|diversity)",
    re.IGNORECASE,
)
# Longer headings are recognised only by how they begin ("What we're looking for").
_LONG_HEADING = re.compile(
    r"^(?:what (?:you|we)|who you|about|you (?:will|should|have|bring)|must|nice|good to|"
    r"bonus|preferred|minimum|basic|required|key|your|the ideal|ideal|our)\b",
    re.IGNORECASE,
)
_YEARS = re.compile(
    r"\b(\d{1,2})\s*\+?\s*(?:(?:-|to|–)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?)\b", re.IGNORECASE
)
# Sentence ends, but not the dots of "e.g." and "i.e.".
_SENTENCE = re.compile(r"(?<!e\.g\.)(?<!i\.e\.)(?<=[.;])\s+(?=[A-Z])")


@dataclass(frozen=True)
class JobLine:
    """One requirement-like line of the job, with the importance its section gives it."""

    text: str
    importance: str  # "required", "preferred" or "duty"


@dataclass(frozen=True)
class JobText:
    """The parts of a job description that the analysis uses."""

    title: str
    lines: tuple[JobLine, ...]


def _heading(line: str) -> str | None:
    """The kind of section `line` opens ("skip" for ones about the employer), or None."""
    text = line.rstrip(":").strip()
    words = text.split()
    if not words or len(words) > 7 or line[-1:] in ".," or any(c.isdigit() for c in line):
        return None
    if len(words) > 3 and not line.endswith(":") and not _LONG_HEADING.match(text):
        return None
    # "About the role" describes the job; "About us" and "About Acme" describe the employer.
    for kind, pattern in (
        ("preferred", _PREFERRED),
        ("duty", _DUTIES),
        ("skip", _SKIP),
        ("required", _REQUIRED),
    ):
        if pattern.search(text) if kind != "skip" else pattern.match(text):
            return kind
    # An unknown heading ("Location:", "Team:") opens a section that describes, not requires.
    return "duty" if line.endswith(":") else None


def parse_job(job: str) -> JobText:
    """Split `job` into a title and lines tagged required / preferred / duty."""
    pieces = segments(job, max_len=10_000)
    title = ""
    # A short first line is the title, unless it is a sentence or the whole ad.
    first = pieces[0] if pieces else ""
    if (
        len(pieces) > 1
        and len(first.split()) <= 12
        and not first.endswith(".")
        and _heading(first) is None
    ):
        title = pieces[0]
        pieces = pieces[1:]
    section = "required"
    lines = []
    for piece in pieces:
        kind = _heading(piece)
        if kind is not None:
            section = kind
            continue
        if section == "skip":
            continue
        for sentence in _SENTENCE.split(piece):
            sentence = sentence.strip()
            if len(sentence) < 2:
                continue
            importance = section
            if section != "duty" and _PREFERRED.search(sentence):
                importance = "preferred"
            lines.append(JobLine(sentence, importance))
    return JobText(title, tuple(lines))


def years_required(text: str) -> int | None:
    """The smallest number of years a requirement line asks for ("5+ years of Python" -> 5)."""
    found = [int(m.group(1)) for m in _YEARS.finditer(text)]
    return min(found) if found else None
