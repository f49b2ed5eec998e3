"""Degrees: the levels and subjects a job asks for and a resume shows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import reduce
from itertools import compress, count
from operator import itemgetter, not_, or_

from jobfit.offline.degree_context import BARE_LEVEL, bare_degrees, is_degree
from jobfit.offline.degree_patterns import DEGREE_RES, SHORT_DEGREES
from jobfit.offline.degree_patterns import DEGREE_STEMS as DEGREE_STEMS  # re-exported for checklist
from jobfit.offline.text import Token, caseless

# What each pattern of DEGREE_RES cannot match without (lower-case words, then case-sensitive
# ones): seven searches ran on every line of both texts; most lines lack every one of these.
_DEGREE_ANCHORS = [
    ("ph", "doctora", "ed.", "dnp", "pharm", "psy"),
    ("master", "sc", "tech", "mba", "m.b.a", "mca", "m.com", "eng", "llm", "ll.m", "graduat")
    + ("pgd", "msn", "m.s.n", "m.", "msw", "mfa", "advanced"),
    ("bachelor", "sc", "tech", "eng", "bca", "bba", "b.com", "bcom", "llb", "ll.b", "degree")
    + ("bsn", "b.s.n", "b.", "bsw", "bfa", "b.c.a", "b.b.a"),
    ("diploma", "associate", "a.a.", "a.s.", "a.o.s.", "aas", "adn"),
    ("Ph",),
    ("MS", "M.", "MA", "ME", "MT"),
    ("BS", "B.", "BA", "BE", "BT", "BC", "BB", "LLB"),
    ("m.", "ms", "ma"),  # the caseless short degrees, searched in lower case
    ("b.", "bs", "ba"),
]
_CASE_SENSITIVE = range(4, 7)  # the anchors above that are looked for in the text as written
_EVERY_DEGREE = range(len(DEGREE_RES))
# A degree starts a word, so a token starts where it does: as one of these tokens ("m" of
# "M. Sc", "ms" of "MS in"), or with one of these heads (lower case). A line with no such
# token names no degree in any case: its case-blind patterns are not searched at all (those
# anchors above, "sc", "eng", "ma", are in most lines).
# Each case-blind pattern above (by its index in DEGREE_RES) can start only as one of its
# tokens or with one of its heads: a line is searched only with the patterns its tokens start.
_PATTERN_STARTS = {
    0: ({"ph", "ed"}, ("ph.", "phd", "doctora", "ed.", "dnp", "pharm", "psy")),
    1: (
        {"m"},
        ("master", "m.", "msc", "mtech", "mba", "mca", "meng", "llm", "ll.", "post", "pgd")
        + ("msn", "msw", "mfa", "advanced"),
    ),
    2: (
        {"b"},
        ("bachelor", "b.", "bsc", "btech", "beng", "bca", "bba", "bcom", "llb", "ll.")
        + ("bsn", "bsw", "bfa"),
    ),
    3: (set(), ("diploma", "associate", "a.a", "a.s", "a.o.s", "aas", "adn")),
    7: ({"ms", "ma"}, ("m.",)),
    8: ({"bs", "ba"}, ("b.",)),
    9: (
        {"ged", "hse", "h.s", "hsc", "ssc"},
        ("high", "secondary", "graduated", "g.e.d", "h.s.c", "s.s.c"),
    ),
}
# Heads that start a pattern only as "<head> degree" ("university degree"): "University" is
# in many lines that name no degree. ("Associate" starts one itself: "Associate of Science".)
_BEFORE_DEGREE = {
    2: ("undergraduate", "graduate", "four", "university", "college"),
}
# The case-sensitive patterns' degrees, as the lower-case words they start ("MS" as "ms",
# "ms2" or "ms.x", never "msft": no letter follows a degree).
_CASED_FORMS = {
    i: tuple(form.replace("\\", "").lower() for form in words.split("|"))
    for i, (_, words) in zip(_CASE_SENSITIVE, SHORT_DEGREES, strict=True)
}
_DEGREE_TOKENS = frozenset().union(*(tokens for tokens, _ in _PATTERN_STARTS.values()))
_DEGREE_HEADS = (
    {h for _, heads in _PATTERN_STARTS.values() for h in heads}
    | {h for heads in _BEFORE_DEGREE.values() for h in heads}
    | {form for forms in _CASED_FORMS.values() for form in forms}
    | {"degree"}
)
_DEGREE_STARTS = frozenset(w[:2] for w in _DEGREE_TOKENS | _DEGREE_HEADS)  # first two letters


class _DegreeWords(dict[str, int]):
    """What a token (lower case) can be in a degree's name, each word worked out once.

    A bit mask: bit i, it can start pattern i; BARE, it can be a bare two-letter degree
    ("be", "me"); a bit of _NEEDS, it starts pattern i if the line has a word that starts
    with "degree" (DEGREE_WORD).
    """

    # A dict read through map(): no Python step per token, where a loop over every token of
    # every line was most of degree_levels. Keyed on words, bounded like text._forms.
    def __missing__(self, low: str) -> int:
        if len(self) >= _WORDS_KEPT:
            self.clear()
        mask = 0
        # Two letters first: a set lookup rules out most words, forty prefixes only a few.
        if low[:2] in _DEGREE_STARTS:
            for i, (tokens, heads) in _PATTERN_STARTS.items():
                if low in tokens or low.startswith(heads):
                    mask |= 1 << i
            for i, heads in _BEFORE_DEGREE.items():
                if low.startswith(heads):
                    mask |= _NEEDS[i]
            for i, forms in _CASED_FORMS.items():
                if any(low.startswith(f) and not low[len(f) : len(f) + 1].isalpha() for f in forms):
                    mask |= 1 << i
            if low.startswith("degree"):
                mask |= DEGREE_WORD
        # A bare degree is a token of its own, but for the "+" and "#" a token may end with.
        if low.rstrip("+#") in BARE_LEVEL:
            mask |= BARE
        self[low] = mask
        return mask


BARE = 1 << len(DEGREE_RES)
_NEEDS = {i: BARE << 1 + n for n, i in enumerate(_BEFORE_DEGREE)}
DEGREE_WORD = BARE << 1 + len(_NEEDS)
_CASE_BLIND = sum(1 << i for i in _PATTERN_STARTS)
_CASED = sum(1 << i for i in _CASE_SENSITIVE)
_ANY = _CASE_BLIND | _CASED | BARE  # what a line without tokens, or not in ASCII, may hold
_WORDS_KEPT = 65536
_degree_words = _DegreeWords()
_LOWER = itemgetter(0)  # Token.lower


def _resolved(mask: int) -> int:
    """`mask` (of a line's words) with the patterns started before a "degree" it has."""
    if mask & DEGREE_WORD:
        for i, need in _NEEDS.items():
            if mask & need:
                mask |= 1 << i
    return mask


def _degree_mask(tokens: Sequence[Token]) -> int:
    """What the tokens of an ASCII text can be in a degree's name (see _DegreeWords)."""
    return reduce(or_, map(_degree_words.__getitem__, map(_LOWER, tokens)), 0)


def degree_levels(text: str, tokens: Sequence[Token] | None = None) -> set[int]:
    """The degree levels named in `text` (1 diploma, 2 bachelor, 3 master, 4 doctorate).

    `tokens`: tokenize(text), when the caller has them, to pass over most lines at once.
    """
    ascii_text = text.isascii()  # else IGNORECASE may match other letters: search, to be sure
    return _levels(text, _degree_mask(tokens) if ascii_text and tokens is not None else _ANY)


def degree_levels_each(
    texts: Sequence[str], words: Iterable[str], ends: Sequence[int]
) -> list[frozenset[int]]:
    """degree_levels of each of `texts`, read in one pass over them all.

    `words`: the texts' tokens' lower-case forms one after another, `ends`: where each text's
    end in them. Fifty-eight pieces of a resume in sixty name no degree: they are passed over
    with a few calls for the whole resume, not a few for each.
    """
    masks = list(map(_degree_words.__getitem__, words))
    mask = [0] * len(texts)
    k = 0
    for i in compress(count(), masks):  # the few words that can be in a degree's name
        while i >= ends[k]:
            k += 1
        mask[k] |= masks[i]
    for k in compress(count(), map(not_, map(str.isascii, texts))):
        mask[k] = _ANY  # IGNORECASE may match other letters: search, to be sure
    return [
        frozenset(_levels(text, m)) if m and _resolved(m) & _ANY else _NO_LEVELS
        for text, m in zip(texts, mask, strict=True)
    ]


_NO_LEVELS: frozenset[int] = frozenset()


def _levels(text: str, mask: int) -> set[int]:
    """degree_levels of `text`, whose tokens can be what `mask` says (see _DegreeWords)."""
    found: set[int] = set()
    ascii_text = text.isascii()
    mask = _resolved(mask)
    starts = mask & _CASE_BLIND
    # Most lines: no token starts a degree, in any case ("MS", "B.E"). The case of the line is
    # read after that, and only for a line with a degree's word ("be", "ms").
    if not starts and not mask & _CASED:
        return bare_degrees(text) if mask & BARE and caseless(text) else found
    one_case = caseless(text)
    if not starts and one_case:
        return bare_degrees(text)
    low = text.lower()
    # Plain loops: a generator per pattern per line cost more than the searches it saved.
    for i in _EVERY_DEGREE:
        if not mask & 1 << i:
            continue  # no token starts this pattern
        if one_case and i in _CASE_SENSITIVE:
            continue  # capitals tell nothing: _bare_degrees reads the words around instead
        level, pattern = DEGREE_RES[i]
        if ascii_text and i < len(_DEGREE_ANCHORS):
            haystack = text if i in _CASE_SENSITIVE else low
            for word in _DEGREE_ANCHORS[i]:
                if word in haystack:
                    break
            else:
                continue  # no anchor word: the pattern cannot match
        for m in pattern.finditer(text):
            if is_degree(text, m):
                found.add(level)
                break
    return found | bare_degrees(text) if one_case else found


def degree_required(text: str, tokens: Sequence[Token] | None = None) -> int | None:
    """The lowest degree level a requirement line accepts, or None if it names none."""
    levels = degree_levels(text, tokens)
    return min(levels) if levels else None
