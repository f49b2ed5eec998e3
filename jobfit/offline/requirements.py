"""Read a job description into its title, sections and requirement lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobfit.offline import budget
from jobfit.offline.boilerplate import is_boilerplate
from jobfit.offline.clauses import (
    BULLET,
    addresses_candidate,
    describes_role,
    hedged,
    is_context,
)
from jobfit.offline.clauses import PREFERRED as _PREFERRED
from jobfit.offline.matching import find_mentions
from jobfit.offline.text import EDGE
from jobfit.offline.years import worked_word_totals

_REQUIRED = re.compile(
    r"\b(requirements?|qualifications?|minimum|must|required|what you(?:.ll)? (?:need|bring|have)|"
    r"who you are|skills|experience|education|you have|basic|looking for|tech stack|"
    r"technologies|tools)\b",
    re.IGNORECASE,
)
_DUTIES = re.compile(
    r"\b(responsibilit\w*|duties|what you.ll do|what you will do|your impact|day to day|"
    r"your mission|in this role)\b",
    re.IGNORECASE,
)
# Sections that describe the role or team in prose: what addresses the candidate is a duty,
# the rest is context.
_ABOUT = re.compile(
    r"\b(the role|about the (?:job|role|team|position|opportunity)|overview|description|summary|"
    r"the job|the team|the opportunity)\b",
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
# "\d(?<!\w\d)\d?" is "\b\d{1,2}" with the look-behind after the first digit: the search
# skips to digits instead of trying \b at every character (twice as fast, the same matches).
_YEARS = re.compile(
    r"(\d(?<!\w\d)\d?)\s*+\+?\s*+(?:(?:-|to|–)\s*+\d{1,2}\s*+\+?\s*+)?(?:years?|yrs?)\b",
    re.IGNORECASE,
)
# Sentence ends, but not the dots of "e.g." and "i.e." (the one-character look-behind first:
# it fails at most characters, so the other two are rarely tried).
_SENTENCE = re.compile(r"(?<=[.;])(?<!e\.g\.)(?<!i\.e\.)\s++(?=[A-Z])")


@dataclass(frozen=True)
class JobLine:
    """One requirement-like line of the job, with the importance its section gives it."""

    text: str
    importance: str  # "required", "preferred", "duty" or "context" (about the employer)


@dataclass(frozen=True)
class JobText:
    """The parts of a job description that the analysis uses."""

    title: str
    lines: tuple[JobLine, ...]


_KINDS = (
    ("preferred", _PREFERRED),
    ("duty", _DUTIES),
    ("about", _ABOUT),
    ("skip", _SKIP),
    ("required", _REQUIRED),
)


def _heading(line: str) -> str | None:
    """The kind of section `line` opens ("skip" for ones about the employer), or None."""
    text = line.rstrip(":").strip()
    words = text.split()
    if not words or len(words) > 7 or line[-1:] in ".," or any(c.isdigit() for c in line):
        return None
    if ":" in text:
        return None  # "Location: Berlin" is a heading with its content: see _inline_heading
    if len(words) > 3 and not line.endswith(":") and not _LONG_HEADING.match(text):
        return None
    # "About the role" describes the job; "About us" and "About Acme" describe the employer.
    kind = next((k for k, pattern in _KINDS if pattern.search(text)), None)
    if kind is None:
        # An unknown heading ("Location:", "Team:") opens a section that describes, not requires.
        return "duty" if line.endswith(":") else None
    # "Experience with Terraform" is an item, not a heading: headings name no tools. Asked
    # last: the skills are looked for only in a line that reads like a heading.
    if not line.endswith(":") and any(m.skill.kind == "skill" for m in find_mentions(text)):
        return None
    return kind


def _inline_heading(piece: str) -> tuple[str, str] | None:
    """(section kind, rest) when `piece` starts with a heading and a colon, else None."""
    label, colon, rest = piece.partition(":")
    if not colon or not rest.strip():
        return None
    kind = _heading(label + ":")
    return (kind, rest.strip()) if kind is not None and kind != "duty" else None


def _pieces(job: str) -> list[tuple[str, bool]]:
    """Trimmed non-empty lines of `job`, each with whether it is a bullet item."""
    out = []
    for raw in job.splitlines():
        text = raw.strip(EDGE)
        if raw.rstrip().endswith(":"):
            text += ":"  # the colon tells a heading from an item; EDGE strips it
        if len(text) > 1:
            out.append((text, bool(BULLET.match(raw))))
    return out


def _importance(sentence: str, section: str, bullet: bool) -> str:
    if is_boilerplate(sentence):
        return "context"  # applying, pay or benefits ask the candidate nothing, in any section
    if section == "preferred":
        return section
    if is_context(sentence):
        return "context"
    if section == "about":
        return "duty" if bullet or addresses_candidate(sentence) else "context"
    if section != "duty" and hedged(sentence):
        return "preferred"
    if section == "required" and not bullet and describes_role(sentence):
        return "duty"
    return section


def parse_job(job: str) -> JobText:
    """Split `job` into a title and lines tagged required / preferred / duty / context."""
    pieces = _pieces(job)
    title = ""
    # A short first line is the title, unless it is a sentence or the whole ad.
    first = pieces[0][0] if pieces else ""
    if (
        len(pieces) > 1
        and len(first.split()) <= 12
        and not first.endswith(".")
        and _heading(first) is None
    ):
        title = first
        pieces = pieces[1:]
    section = "required"
    lines = []
    for piece, bullet in pieces:
        budget.check()
        # A bullet is always an item of the section above it, never a heading.
        kind = None if bullet else _heading(piece)
        if kind is not None:
            section = kind
            continue
        inline = None if bullet else _inline_heading(piece)
        if inline is not None and inline[0] == "skip":
            continue  # "Location: Berlin" is a fact about the employer, not a section
        if inline is not None:
            # "Nice to have: Terraform; Go." opens its section on the same line.
            section, piece = inline
        if section == "skip":
            continue
        for sentence in _SENTENCE.split(piece):
            sentence = sentence.strip().rstrip(";,").strip()
            if len(sentence) >= 2:
                lines.append(JobLine(sentence, _importance(sentence, section, bullet)))
    return JobText(title, tuple(lines))


def years_required(text: str) -> int | None:
    """The smallest number of years a requirement line asks for ("5+ years of Python" -> 5,
    "Two years of warehouse experience" -> 2)."""
    found = [int(m.group(1)) for m in _YEARS.finditer(text)]
    if not found and ("year" in text.lower() or "decade" in text.lower()):
        found = [int(value) for value, _ in worked_word_totals(text)]
    return min(found) if found else None


def years_end(text: str) -> int | None:
    """Where the number of years a requirement line asks for ends, if it asks for some."""
    found = _YEARS.search(text)
    if found is not None:
        return found.end()
    words = worked_word_totals(text) if years_required(text) else []
    return words[0][1] if words else None
