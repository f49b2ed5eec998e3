"""Languages a resume shows without naming them: the one it is written in, and being bilingual."""

from __future__ import annotations

from collections import Counter

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


def english_prose(pieces: list[Piece]) -> bool:
    """True when the resume is written in English prose (its function words say so)."""
    words = [t.lower for p in pieces for t in p.tokens]
    if len(words) < ENGLISH_MIN_WORDS:
        return False
    return sum(map(_ENGLISH_WORDS.__contains__, words)) >= ENGLISH_SHARE * len(words)


def languages_shown(pieces: list[Piece], shown: Counter[str]) -> frozenset[str]:
    """Add to `shown` the languages the resume shows unnamed; returns those shown in its work."""
    work: frozenset[str] = frozenset()
    if english_prose(pieces):
        # A resume written in English prose shows written English, named or not.
        shown[ENGLISH] += 1
        work = frozenset({ENGLISH})
    if MULTILINGUAL not in shown and len(LANGUAGES.intersection(shown)) >= 2:
        # Two languages shown make the resume bilingual, whether it says the word or not.
        shown[MULTILINGUAL] += 1
    return work
