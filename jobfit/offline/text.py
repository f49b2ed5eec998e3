"""Tokens, stems, stop words and verbatim segments of a text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# ".net" keeps its dot; "node.js", "asp.net", "c++", "c#" stay single tokens; "/" and "-" split.
_TOKEN = re.compile(r"(?<![a-z0-9])\.net\b|[a-z0-9]+(?:\.[a-z0-9]+)*[+#]*", re.IGNORECASE)
# Sentence ends and inline bullets split long lines into segments a reader can quote.
_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9(\"'])|\s*[\u2022\u25aa\u25cf\u27a2\u2023\u00b7]\s*")
_EDGE = " \t\r\n\u00a0\u2022\u25aa\u25cf\u27a2\u2023\u00b7*-:;,|"

STOP_WORDS = frozenset(
    """a about above across after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each either etc
    few for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not of off on once only or other our
    ours ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up upon very via was we
    were what when where which while who whom why will with within without would you your yours
    yourself yourselves e.g i.e eg ie per us they them one two three four five six seven eight nine
    ten new like well may must including include includes across using use used etc""".split()
)

# Words every job ad uses; they say nothing about the field, so they never count as evidence.
GENERIC_WORDS = frozenset(
    """experience experienced ability able strong excellent good great proven demonstrated skill
    skills knowledge understanding work working year years month months plus preferred required
    requirement requirements qualification qualifications minimum responsibility responsibilities
    degree equivalent practical related field relevant role team teams candidate candidates job
    opportunity position company google environment including various multiple variety level high
    highly effective effectively etc best new based across within related similar others other
    familiarity familiar exposure solid deep broad track record interest passion self
    motivated detail oriented fast paced dynamic ensure provide help support identify manage
    develop create make build drive lead deliver""".split()
)

_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "es", "ed", "s")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Strip common English suffixes so plurals and verb forms meet ("teams" -> "team")."""
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            if suffix in ("ies", "ied"):
                return base + "y"
            if suffix == "es" and not base.endswith(("s", "x", "z", "ch", "sh")):
                return word[:-1]
            if suffix in ("ing", "ed", "er") and len(base) > 3 and base[-1] == base[-2]:
                base = base[:-1]
            return base
    return word


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its lower-cased text, its stem, and where it sits in the source."""

    lower: str
    stem: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Split `text` into tokens with offsets into `text`."""
    out = []
    for m in _TOKEN.finditer(text):
        lower = m.group().lower()
        out.append(Token(lower, stem(lower), m.start(), m.end()))
    return out


def content_stems(text: str) -> set[str]:
    """Stems of the words in `text` that carry meaning (no stop words, generic words, numbers)."""
    return {
        t.stem
        for t in tokenize(text)
        if len(t.lower) > 1
        and not t.lower.isdigit()
        and t.lower not in STOP_WORDS
        and t.lower not in GENERIC_WORDS
        and t.stem not in GENERIC_WORDS
    }


def segments(text: str, *, max_len: int = 240) -> list[str]:
    """Lines of `text`, long ones cut into sentences; each is a trimmed verbatim substring."""
    out = []
    for line in text.splitlines():
        pieces = [line] if len(line) <= max_len else _SPLIT.split(line)
        for piece in pieces:
            piece = piece.strip(_EDGE)
            if len(piece) > 1:
                out.append(piece)
    return out


def clip(segment: str, limit: int = 200) -> str:
    """Cut `segment` to `limit` characters at a word boundary, keeping a verbatim prefix."""
    if len(segment) <= limit:
        return segment
    cut = segment[:limit]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(_EDGE)
