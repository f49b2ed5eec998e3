"""Whether a word that looks like a degree is one, told by the words around it."""

from __future__ import annotations

import re

from jobfit.offline import abbreviations
from jobfit.offline.matching import _is_place
from jobfit.offline.text import STOP_WORDS, words

# "MS Office", "MS Excel": Microsoft, not a master's degree.
_MICROSOFT = (
    "office", "word", "excel", "powerpoint", "outlook", "windows", "access", "project", "visio",
    "dynamics", "sql", "teams", "exchange", "sharepoint", "publisher", "paint", "dos",
)  # fmt: skip


def is_degree(text: str, found: re.Match[str]) -> bool:
    """False for a degree's letters that name something else here ("MS Office", "a senior BA")."""
    if _state(text, found):
        return False  # "Boston, MA, USA", "Jackson, MS 2016 - present": a state, not a degree
    if found.group().lower() == "ba":
        # "Senior BA", "as a BA": the business analyst, not the Bachelor of Arts.
        before = words(text[max(0, found.start() - 30) : found.start()])[-2:]
        after = words(text[found.end() : found.end() + 30])[:1]
        return not abbreviations.ba_is_role(before, after)
    if found.group().lower() != "ms":
        return True
    after = text[found.end() : found.end() + 12].lstrip(" \t-").lower()
    return not after.startswith(_MICROSOFT)


# In a line written in one case, capitals cannot tell "BE" from "be": there a bare two-letter
# degree is one by its place ("2016 BE pursuing", "Education: ms, 2019"), not by its case.
_BARE_DEGREES = re.compile(r"(?<![\w.])(bs|ba|be|ms|ma|me)(?![\w.])", re.IGNORECASE)
BARE_LEVEL = {"bs": 2, "ba": 2, "be": 2, "ms": 3, "ma": 3, "me": 3}
_NEAR = 24  # characters enough to read the word before and after a bare degree
# "be in" and "me in" are degrees only in a line about study ("be in computer engineering").
_STUDY = ("engineer", "scien", "technolog", "universit", "college", "institut", "school", "academ")


def bare_degrees(text: str) -> set[int]:
    """Levels of the bare two-letter degrees of a one-case line, told by the words around them.

    A degree follows a date, a label or a comma, never a word ("will be", "contact me"), and
    is followed by its subject or "in", not by a small word ("be a", "me and"); before "degree"
    it is one wherever it stands ("BS DEGREE"), and so is one joined to a degree by "or", "and"
    or "/" ("BA OR BS DEGREE").
    """
    found: dict[int, int] = {}  # match start -> level, of the degrees told
    left: list[re.Match[str]] = []  # those told nothing by their place
    for m in _BARE_DEGREES.finditer(text):
        before = text[max(0, m.start() - _NEAR) : m.start()]
        # A line break before it starts a line, as in "Education Details\nBE Pune University".
        word_before = "\n" not in before[len(before.rstrip()) :] and before.rstrip()[-1:].isalpha()
        after = text[m.end() : m.end() + _NEAR].split(None, 1)
        following = after[0].strip(",.;:()").lower() if after else ""
        named = following in ("degree", "degrees") and m.group(1).lower() not in ("be", "me")
        if not named and (word_before or (following in STOP_WORDS and following != "in")):
            left.append(m)
            continue
        if following == "in" and m.group(1).lower() in ("be", "me") and not _about_study(text):
            continue  # "be in charge of the kitchen"
        if is_degree(text, m):
            found[m.start()] = BARE_LEVEL[m.group(1).lower()]
    for m in reversed(left):  # "BA OR BS DEGREE": from the one told back to the one before
        joined = (m.end() + len(j) for j in _JOINS if text.lower().startswith(j, m.end()))
        if any(at in found for at in joined) and is_degree(text, m):
            found[m.start()] = BARE_LEVEL[m.group(1).lower()]
    return set(found.values())


_JOINS = (" or ", " and ", "/", " / ", ", ")


def _state(text: str, found: re.Match[str]) -> bool:
    """True for a degree's two letters that are a state after a town ("Portland, ME")."""
    if found.end() - found.start() != 2 or not _is_place(text, found.start(), found.end()):
        return False
    # "Computer Science, MS", "Stanford University, MA 2015": after a subject or a school,
    # the letters are the degree.
    town = text[: found.start()].rstrip(" \t,").rsplit(None, 1)[-1].lower()
    return town not in BARE_LEVEL and not any(w in town for w in _STUDY)


def _about_study(text: str) -> bool:
    low = text.lower()
    return any(c.isdigit() for c in text) or any(w in low for w in _STUDY)
