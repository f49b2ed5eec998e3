"""Whether a resume's first line is a title ("Line Cook") or a name ending in one ("Jane Cook")."""

from __future__ import annotations

from functools import cache
from operator import itemgetter

from jobfit.offline.occupations import names_occupation, occupations, title_phrases
from jobfit.offline.text import GENERIC_WORDS, STOP_WORDS, Token
from jobfit.offline.vocabulary import vocabulary

# Words that open a title before a one-word title ("Head Baker", "Dedicated Nurse"), which the
# models hold as no phrase of their own: ranks, and the adjectives of a resume's headline.
TITLE_OPENERS = frozenset(
    """head lead senior junior chief master journeyman apprentice experienced skilled certified
    licensed registered professional sous staff assistant associate principal trainee
    dedicated passionate compassionate caring reliable hardworking enthusiastic seasoned
    accomplished energetic friendly versatile talented qualified aspiring ambitious former
    retired veteran remote freelance independent devoted diligent committed motivated driven
    proven dynamic creative""".split()
)

_BASE = itemgetter(1)  # Token.base


@cache
def _known_words() -> frozenset[str]:
    """Every word of an occupation's title or term, of a skill's alias, and the common words."""
    # A given name is rarely one of them ("Jane", "Priya"); a title's first word nearly always.
    words = set(TITLE_OPENERS) | STOP_WORDS | GENERIC_WORDS
    for key in occupations().index:
        words.update(key)
    for key in vocabulary().index:
        words.update(key)
    return frozenset(words)


def reads_as_title(tokens: list[Token]) -> bool:
    """True when the words name an occupation as a title does ("Line Cook", not "Jane Cook")."""
    # A name whose last word is a trade must not make the resume a cook's or a baker's: one
    # title, of one word, last, after a first word the models do not know. "Head Baker" and
    # "OVERNIGHT PHARMACY TECHNICIAN" stay titles.
    if not tokens or not names_occupation(tokens):
        return False
    keys = list(map(_BASE, tokens))
    titles = title_phrases(keys)
    surname = (
        len(titles) == 1
        and titles[0] == (keys[-1],)
        and len(keys) > 1
        and keys[0] not in _known_words()
    )
    return not surname
