"""The candidate's name: found at the head of a resume, then found again anywhere."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from itertools import pairwise

from jobfit.offline import privacy
from jobfit.offline.name_or_title import reads_as_title
from jobfit.offline.occupations import names_occupation
from jobfit.offline.text import GENERIC_WORDS, STOP_WORDS, singular, tokenize
from jobfit.offline.vocabulary import vocabulary

NAME_LINES = 3  # a name heads the resume: only its first non-empty lines are looked at
MAX_NAME_CHARS = 60
MAX_NAME_WORDS = 6
NAME_LABELS = ("name", "full name", "candidate name", "candidate")

WORD = re.compile(r"[^\W\d_]+")
# A word standing alone in prose, not part of an e-mail address or a link ("jane.doe@...").
PROSE_WORD = re.compile(r"(?<![\w@./+-])[^\W\d_]+(?![\w@/+]|[.-]\w)")
# "Jane Doe | jane@example.com", "Maria Lopez, RN": the name is the first piece of its line.
HEAD_SEPARATOR = re.compile(r"[|•·,;\t]| [-–—] ")
_CAMEL = re.compile(r"[a-z]{4}[A-Z]")
# Words that make a capitalised first line a heading, a degree or a job title, never a name.
NOT_NAME = frozenset(
    """about accomplishments achievements activities additional associate assistant awards
    background career certifications clerk contact coordinator core cover curriculum cv details
    education employment executive experience focus highlights history hobbies information
    interests key languages letter objective overview personal professional profile projects
    qualifications references representative resume sales skills specialist summary supervisor
    technical technician vitae work worker agent aide attendant cashier chef cook driver
    mechanic electrician operator therapist auditor banker teller planner buyer writer editor
    instructor professor counselor receptionist secretary president vice head partner owner
    founder student graduate trainee apprentice volunteer coach guard sergeant generalist
    bookkeeper controller inspector superintendent foreman carpenter plumber welder machinist
    clinical senior junior chief staff registered certified licensed general diploma degree
    bachelor master university college school institute academy board computer engineering
    government knowledge proficiency fellow research part full time total company team group
    services solutions systems inc llc ltd corporation department center centre hospital clinic
    therapist physical occupational""".split()
)

Span = tuple[int, int, str]


def detect_name(text: str) -> str | None:
    """The candidate's name: the head of one of the first lines, or a "Name:" line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # A name is never written in lower case; words that are ("dental", "computer") are not one.
    common = {w for w in PROSE_WORD.findall(text) if w.islower()}
    for line in lines[:NAME_LINES]:
        head = HEAD_SEPARATOR.split(line, maxsplit=1)[0].strip()
        if _is_name(head, common):
            return head
    for line in lines:
        label, colon, value = line.partition(":")
        if colon and label.strip().lower() in NAME_LABELS and _is_name(value.strip(), common):
            return value.strip()
    return None


def _is_name(candidate: str, common: set[str]) -> bool:
    words = WORD.findall(candidate)
    if len(candidate) > MAX_NAME_CHARS or not 2 <= len(words) <= 4 or "  " in candidate:
        return False
    # "HSC Wai", "BCA Mumbai": a name is all in capitals or all capitalised, not a mix;
    # "H.S.C.", "LL.B": abbreviations have inner dots, initials ("A.") only a final one.
    if len({w.isupper() for w in words if len(w) > 1}) > 1:
        return False
    if any("." in token.rstrip(".") for token in candidate.split()):
        return False
    # The offline analyzer's test (capitalised words, no role words) reads ASCII: fold accents.
    plain = unicodedata.normalize("NFKD", candidate).encode("ascii", "ignore").decode()
    if not privacy.name_length(plain):
        return False
    # "TimeBrookdale": words run together; "McDonald", "DeShawn" have a short prefix.
    if any(_CAMEL.search(w) for w in words):
        return False
    lower = [w.lower() for w in words]
    # "Jane Cook": a surname that names a trade is a name, as the offline analyzer reads it,
    # unless the resume uses that word in its prose ("cook meals"): then it is not clearly one.
    if _trade_surname(plain):
        if lower[-1] in common:
            return False
        lower = lower[:-1]
    # Initials ("A." in "Jane A. Doe") are neither stop words nor common words.
    if any(_common(w, common) for w in lower if len(w) > 1):
        return False
    index = vocabulary().index
    # "Microsoft Excel", "Data Entry": a line of skills or roles is not a name.
    skills = sum((singular(w),) in index for w in lower)
    return skills < len(lower) / 2 and tuple(map(singular, lower)) not in index


def _trade_surname(candidate: str) -> bool:
    """True for a name whose last word is a trade ("Tom Baker"), not a title ("Head Baker")."""
    tokens = tokenize(candidate)
    return names_occupation(tokens) and not reads_as_title(tokens)


def _common(word: str, common: set[str]) -> bool:
    return word in common or word in STOP_WORDS or word in NOT_NAME or singular(word) in NOT_NAME


def name_words(name: str | None) -> list[str]:
    """The words of a name, as name_spans matches them."""
    return WORD.findall(name or "")[:MAX_NAME_WORDS]


def name_spans(text: str, words: list[str]) -> list[Span]:
    """The full name (any case, any spacing) and its words alone when capitalised and rare.

    Spans may overlap (the full name and its words): callers merge them.
    """
    if not words:
        return []
    full = [w.casefold() for w in words]
    alone = {w.casefold() for w in words if _distinctive(w)}
    recent: deque[tuple[str, int, int]] = deque(maxlen=len(full))
    out: list[Span] = []
    for m in WORD.finditer(text):
        word = m.group()
        folded = word.casefold()
        recent.append((folded, m.start(), m.end()))
        if folded in alone and word[0].isupper():
            out.append((m.start(), m.end(), "name"))
        if (
            folded == full[-1]
            and [r[0] for r in recent] == full
            and all(_joins(text[a[2] : b[1]]) for a, b in pairwise(recent))
        ):
            out.append((recent[0][1], m.end(), "name"))
    return out


def _joins(gap: str) -> bool:
    # Words of one name are separated by a little space or a hyphen, not by a sentence.
    return len(gap) <= 3 and not gap.strip(" \t\r\n-'’.")


def _distinctive(word: str) -> bool:
    # "Will" of "Will Smith" is a common word: alone, it is not clearly the name.
    lower = word.lower()
    return (
        len(word) >= 2
        and lower not in STOP_WORDS
        and lower not in GENERIC_WORDS
        and lower not in NOT_NAME
        and (singular(lower),) not in vocabulary().index
    )
