"""Languages a resume shows without naming them: the one it is written in, and being bilingual."""

from __future__ import annotations

from collections import Counter
from itertools import chain, repeat

from jobfit.offline.options import MULTILINGUAL
from jobfit.offline.pieces import Piece

ENGLISH = "English"
LANGUAGES = frozenset(
    "English Japanese Spanish French German Mandarin Hindi Korean Portuguese".split()
)
# Words English prose cannot do without: at least this share of a resume's words, over enough
# words, says it is written in English (a skills-only list has few; German or Spanish none).
_ENGLISH_WORDS = frozenset(
    "the and of to in for with a an on as at by from is was were that".split()
)
ENGLISH_SHARE = 0.06
ENGLISH_MIN_WORDS = 40


def english_prose(pieces: list[Piece], counts: Counter[str] | None = None) -> bool:
    """True when the resume is written in English prose (its function words say so).

    `counts`: how often the pieces use each word (Piece.words), when counted before.
    """
    if counts is None:
        counts = Counter(chain.from_iterable(p.words for p in pieces))
    size = counts.total()
    if size < ENGLISH_MIN_WORDS:
        return False
    return sum(map(counts.get, _ENGLISH_WORDS, repeat(0))) >= ENGLISH_SHARE * size


def languages_shown(
    pieces: list[Piece], shown: Counter[str], counts: Counter[str] | None = None
) -> frozenset[str]:
    """Add to `shown` the languages the resume shows unnamed; returns those shown in its work.

    `counts`: how often the pieces use each word, when counted before (english_prose).
    """
    work: frozenset[str] = frozenset()
    if english_prose(pieces, counts):
        # A resume written in English prose shows written English, named or not.
        shown[ENGLISH] += 1
        work = frozenset({ENGLISH})
    if MULTILINGUAL not in shown and len(LANGUAGES.intersection(shown)) >= 2:
        # Two languages shown make the resume bilingual, whether it says the word or not.
        shown[MULTILINGUAL] += 1
    return work
