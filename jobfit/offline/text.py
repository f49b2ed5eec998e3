"""Tokens, stems and stop words of a text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter
from typing import Generic, NamedTuple, TypeVar

# ".net" keeps its dot; "node.js", "asp.net", "c++", "c#" stay single tokens; "/" and "-" split.
# The letters are spelt out, not IGNORECASE (a quarter slower), with the four non-ASCII letters
# IGNORECASE would match ("\u017f" for "s", the Kelvin sign for "k"...: injection._FOLD).
_ALNUM = "a-zA-Z0-9\u0130\u0131\u017f\u212a"
_TOKEN = re.compile(rf"[{_ALNUM}]+(?:\.[{_ALNUM}]+)*[+#]*|(?<![{_ALNUM}])\.[nN][eE][tT]\b")
# One set of bullet characters for line edges, inline splits and list items (clauses.BULLET).
BULLETS = "\u2022\u25aa\u25cf\u27a2\u2023\u00b7"
EDGE = " \t\r\n\u00a0" + BULLETS + "*-:;,|"

STOP_WORDS = frozenset(
    """a about above across after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each either etc
    few for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not of off on once only or other our
    ours ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up upon very via was we
    were what when where which while who whom why will with within without would you your yours
    yourself yourselves e.g i.e eg ie per us they them one two three four five six seven eight nine
    ten new like well may must including include includes across using use used etc mr mrs miss
    ms mx sir madam male female man woman""".split()
)

# Words every job ad uses; they say nothing about the field, so they never count as evidence.
GENERIC_WORDS = frozenset(
    """ability able achieve act activity advanced appropriate area around assist background base
    based best broad candidate capable change class clear closely combine company complex
    comprehensive conduct consistent constantly contribute core current cycle deep define deliver
    demonstrate demonstrated detail develop direct direction directly drive dynamic effective
    effectively effort enable end engage ensure environment equivalent establish etc evaluate
    evolve excellent execute execution experience experienced expert expertise exposure external
    facilitate familiar familiarity fast field find focus functional fundamental get global goal
    good google great group handle help high highly identify impact improve including increase
    individual industry influence information interest internal involve issue job key knowledge
    large lead learn level local maintain make manage maximize measure meet member method minimum
    motivated multiple necessary need new ongoing opportunity orient oriented other others overall
    own pace paced passion people perform personal plus point position potential practical
    practice prefer preferred present proactively problem process professional progress proven
    provide qualification qualifications question read record regard region regular related
    relevant require required requirement requirements resource respond responsibility
    responsibilities result review role routine scale select self senior set share significant
    similar simultaneously skill skills solid solution solve specific standard strong style
    support take task team teams technique term think throughout time toward track understand
    understanding update value variety various view way well wide willingness within work
    working world year years month months fluently idiomatically impeccable distinctive valid
    verifiable""".split()
)

_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "es", "ed", "s")


_FORMS_KEPT = 65536  # words kept by each of the dicts below


_V = TypeVar("_V")


class _Kept(dict[str, _V], Generic[_V]):
    """What `read` gives for a word, each word worked out once (bounded).

    A dict read by subscript: cheaper per token than an lru_cache, which reorders on every hit.
    """

    def __init__(self, read: Callable[[str], _V]) -> None:
        super().__init__()
        self.read = read

    def __missing__(self, word: str) -> _V:
        if len(self) >= _FORMS_KEPT:
            self.clear()  # bounded: the words of many texts, not all there are
        self[word] = out = self.read(word)
        return out


def _stem(word: str) -> str:
    """Strip common English suffixes so word forms meet ("managing", "manages" -> "manag")."""
    if len(word) <= 3 or not word.isalpha():
        return word
    base = word
    for suffix in _SUFFIXES:
        if not word.endswith(suffix) or len(word) - len(suffix) < 3:
            continue
        if suffix == "s" and word.endswith(("ss", "us", "is")):
            break
        base = word[: -len(suffix)]
        if suffix in ("ies", "ied"):
            base += "y"
        elif suffix == "es" and not base.endswith(("s", "x", "z", "ch", "sh")):
            base = word[:-1]
        elif suffix in ("ing", "ed", "er") and len(base) > 3 and base[-1] == base[-2]:
            base = base[:-1]
        break
    # "manage" and "managing" meet once the silent e goes.
    return base[:-1] if len(base) > 4 and base.endswith("e") else base


# stem and singular read a dict by its __getitem__, not an lru_cache: a hit costs less than half
# (measured), and the screening and the job stem every distinct word of each text.
stem = _Kept(_stem).__getitem__


def _singular(word: str) -> str:
    """Only the plural ending removed ("apis" -> "api"): skill names need this much, no more."""
    if len(word) <= 3 or not word.isalpha() or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


singular = _Kept(_singular).__getitem__


def caseless(text: str) -> bool:
    """True for a text written all in one case, where capitals tell nothing."""
    return text == text.lower() or text == text.upper()


class Token(NamedTuple):
    """One token: lower-cased, singular and stemmed forms, and where it sits in the source."""

    # A tuple, not a frozen dataclass: a resume makes thousands, and a frozen dataclass costs
    # three times as much to build (measured: tokenize was the analyzer's hottest function).
    lower: str
    base: str
    stem: str
    start: int
    end: int


def _word_forms(word: str) -> tuple[str, str, str]:
    """A word's lower-case, singular and stemmed forms (a Token's first three fields)."""
    lower = word.lower()
    return lower, singular(lower), stem(lower)


_forms = _Kept(_word_forms)


_new_token = tuple.__new__  # skips NamedTuple's Python-level __new__; same object


# What may open or close a word between spaces ("(Python,", "SQL."): no token starts or goes
# on with any of these ("." ends none here, as no letter follows it in the word).
_OPEN = "(\"'["
_CLOSE = ",.;:)!?\"']"


def _chunk_tokens(chunk: str) -> tuple[tuple[str, str, str, int, int], ...]:
    """The tokens of a run between spaces (not one plain word), with offsets into the run."""
    word = chunk.lstrip(_OPEN)
    lead = len(chunk) - len(word)
    word = word.rstrip(_CLOSE)
    if word.isalnum() and word.isascii():
        return (_forms[word] + (lead, lead + len(word)),)
    return tuple([_forms[m[0]] + m.span() for m in _TOKEN.finditer(chunk)])


# Runs with punctuation ("(Python,", "2018-2022", "&") come back in every resume: each is read
# once, not stripped or searched again where it recurs.
_chunks = _Kept(_chunk_tokens)
_CHUNK_KEPT = 40  # characters: a longer run (a URL, crafted padding) is read, not kept


def tokenize(text: str) -> list[Token]:
    """Split `text` into tokens with offsets into `text`."""
    # No token holds a space, so each run between spaces is read alone. Nine in ten are one
    # plain ASCII word: that word is its one token, found by str methods at a fraction of what
    # the pattern costs; the rest are read once each (_chunks) and moved to where they sit.
    out = []
    at = 0  # where `chunk` starts in `text`
    for chunk in text.split(" "):
        size = len(chunk)
        if chunk.isalnum() and chunk.isascii():
            out.append(_new_token(Token, _forms[chunk] + (at, at + size)))
        elif size:
            read = _chunks[chunk] if size <= _CHUNK_KEPT else _chunk_tokens(chunk)
            for lower, base, stem, a, b in read:
                out.append(_new_token(Token, (lower, base, stem, at + a, at + b)))
        at += size + 1
    return out


def words(text: str) -> list[str]:
    """The lower-cased tokens of `text`, as `[t.lower for t in tokenize(text)]`, but cheaper."""
    # findall makes the strings in C, no match object each (_TOKEN has no capturing group).
    return list(map(str.lower, _TOKEN.findall(text)))


_GENERIC_STEMS = frozenset(stem(w) for w in GENERIC_WORDS)


def _meaning(lower: str) -> str:
    """A lower-case word's stem when the word carries meaning, else ""."""
    base = stem(lower)
    meant = (
        len(lower) > 1
        and not lower.rstrip("+").isdigit()  # "5+" (years) is a number too
        and lower not in STOP_WORDS
        and lower not in GENERIC_WORDS
        and base not in _GENERIC_STEMS
    )
    return base if meant else ""


_meant = _Kept(_meaning)
_lower = itemgetter(0)  # t.lower of a Token


def meant_stems(lowers: Iterable[str]) -> Iterator[str]:
    """The stems of the lower-case words `lowers` that carry meaning (see content_stems)."""
    # One dict lookup per word, in map and filter, not in Python code: this reads every line.
    return filter(None, map(_meant.__getitem__, lowers))


def content_stems(text: str, tokens: list[Token] | None = None) -> set[str]:
    """Stems of the words in `text` that carry meaning (no stop words, generic words, numbers)."""
    return set(meant_stems(map(_lower, tokenize(text) if tokens is None else tokens)))
