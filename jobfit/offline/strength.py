"""How strongly a resume shows a skill: demonstrated in its work, only listed, or not at all."""

from __future__ import annotations

from collections.abc import Sequence

from jobfit import tuning
from jobfit.offline.text import STOP_WORDS, Token

# Section headings, by a word they contain: what follows a skills heading is a list.
_LIST_HEADINGS = (
    "skill", "competenc", "proficienc", "expertise", "technolog", "tools", "highlights",
    "strengths", "keywords", "software", "languages",
)  # fmt: skip
_WORK_HEADINGS = (
    "experience", "history", "employment", "education", "project", "summary", "profile",
    "objective", "certification", "accomplishment", "achievement", "training", "award",
    "career", "responsibilit", "volunteer", "publication", "qualification",
)  # fmt: skip
_SEPARATORS = ",|;\u2022\u00b7"


def _heading(text: str) -> str | None:
    """'list' or 'work' for a section heading ("Technical Skills", "Work History"), else None."""
    label = text.rstrip(":")
    # "Skills: Python, SQL" is a list on one line, not a heading for the lines below. Runs on
    # every resume line: the tests that read no words go first, and counting past
    # HEADING_WORDS is not needed to say "too long".
    if text[-1:] in ".,;" or ":" in label:
        return None
    words = label.split(maxsplit=tuning.HEADING_WORDS)
    if not words or len(words) > tuning.HEADING_WORDS:
        return None
    low = text.lower()
    # Plain loops: this runs on every short line, and a generator per line cost more here.
    for w in _LIST_HEADINGS:
        if w in low:
            return "list"
    for w in _WORK_HEADINGS:
        if w in low:
            return "work"
    return None


def is_heading(text: str) -> bool:
    """True for a resume section heading ("KEY SKILLS", "Work History")."""
    return _heading(text) is not None


def _is_list(text: str, tokens: Sequence[Token]) -> bool:
    """A line of items ("Python, SQL, Tableau | Excel") rather than a sentence about work."""
    # Most lines hold no colon: asked first, without copying the line's label out of it.
    if ":" in text and _heading(text.partition(":")[0]) == "list":
        return True
    if len(tokens) < tuning.LIST_MIN_TOKENS:
        return False
    # The separators first: a count over the text rules out most lines without a token read.
    separators = sum(map(text.count, _SEPARATORS))
    if separators < tuning.LIST_SEPARATORS:
        return False
    lows = [t[0] for t in tokens]  # t.lower; indexing a token is cheaper on every line
    # A dated line ("Product Manager, Ledgerly, 2018 - 2024") heads a job: that is work.
    if not _YEARS.isdisjoint(lows):
        return False
    stops = len([w for w in lows if w in STOP_WORDS])
    return stops < tuning.LIST_STOP_SHARE * len(tokens)


# Tokens hold ASCII digits only, so these are every token that reads as a year: one set
# lookup per line instead of a test per token.
_YEARS = frozenset(str(year) for year in range(1900, 2100))


def listed_flags(pieces: Sequence[tuple[str, Sequence[Token]]]) -> list[bool]:
    """For each resume piece (text, tokens): True when it only lists, False when it shows work.

    A skills section lists until the next heading; elsewhere a line of items with few small
    words ("and", "for", "with") lists, and a sentence shows work.
    """
    out = []
    mode = "work"
    for text, tokens in pieces:
        kind = _heading(text)
        if kind is not None:
            mode = kind
            out.append(kind == "list")
            continue
        out.append(mode == "list" or _is_list(text, tokens))
    return out


def listed_only(
    job_skills: Sequence[str], shown: Sequence[str], demonstrated: frozenset[str]
) -> list[str]:
    """The job's skills the resume names only in lists, when they are most of what it matches."""
    matched = [name for name in job_skills if name in shown]
    listed = [name for name in matched if name not in demonstrated]
    if len(matched) < tuning.UNSUPPORTED_MIN or len(listed) < tuning.UNSUPPORTED_SHARE * len(
        matched
    ):
        return []
    return listed
