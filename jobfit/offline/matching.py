"""Find the vocabulary's skills in a text, on token boundaries, with their positions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import compress, count
from operator import itemgetter
from typing import NamedTuple

from jobfit.offline.text import Token, singular, tokenize
from jobfit.offline.vocabulary import Alias, Skill, vocabulary

# "=" aliases (Go, R, C) are English words or letters: accept them only where a list of
# languages would put them, e.g. "Java, Go or Python" or "C programming". Both patterns read a
# few characters next to the alias, past the spaces, so a long line costs each alias little.
_LIST_BEFORE = re.compile(r"[,/(;:|]$|\b(?:and|or|in|with|using)$", re.IGNORECASE)
_LIST_AFTER = re.compile(
    r"[,/);|]|\.(?:\s|$)|$|\b(?:and|or|programming|language|lang|developer|code)\b",
    re.IGNORECASE,
)
_NEAR = 12  # characters enough for the longest word above and the character after it


class Mention(NamedTuple):
    """A skill named in a text, with the character span that names it."""

    # A tuple, not a frozen dataclass: a resume names a hundred, and a frozen dataclass costs
    # twice as much to build (as text.Token).
    skill: Skill
    start: int
    end: int


_new_mention = tuple.__new__  # skips NamedTuple's Python-level __new__; same object
_BASE = itemgetter(1)  # Token.base


# US states and Canadian provinces: the codes a town's name is followed by.
_STATES = frozenset(
    """AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH
    NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AB BC MB NB NL NS ON PE QC
    SK""".split()
)


def _is_place(text: str, start: int, end: int) -> bool:
    """True for a state code after a town: "Silicon Valley, CA, USA", "Austin, TX 78701".

    In any letter case ("silicon valley, ca, usa"): the word before a state is a town's name,
    not a skill or qualification the vocabulary knows ("CPA, CA" lists qualifications).
    """
    if text[start:end].upper() not in _STATES:
        return False
    near = text[max(0, start - 40) : start]
    town = near.rstrip(" \t")
    if not town.endswith(",") or len(near) - len(town) > 2:
        return False
    town = town[:-1].split()
    after = text[end : end + 6].lstrip()
    before = town[-1].strip("()[]") if town else ""
    return (
        before.isalpha()
        and (singular(before.lower()),) not in vocabulary().index
        and (not after or after[:1] in ",;)|" or after[:1].isdigit() or after[:2].lower() == "us")
    )


def _accept(alias: Alias, text: str, start: int, end: int, one_case: bool, loose: bool) -> bool:
    if end - start == 2 and _is_place(text, start, end):  # states are two letters
        return False  # CA the state, not CA the qualification
    if not alias.rule:
        return True
    found = text[start:end]
    if loose and alias.rule == "^":
        return found.lower() == alias.surface.lower()
    # A word in capitals ("EXECUTIVE CHEF") tells no more than one in lower case.
    if one_case or (found.isupper() and len(found) > 1 and alias.rule == "^"):
        # No capitals to go by ("swift", "GO"): only a list of languages makes it the skill.
        if found.lower() != alias.surface.lower():
            return False
    elif alias.rule == "^":
        return found[:1].isupper()
    elif found != alias.surface:
        return False
    # Step over the spaces on either side, then read a few characters within the line.
    left = start
    while left and text[left - 1] != "\n" and text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and text[right] != "\n" and text[right].isspace():
        right += 1
    near = max(0, left - _NEAR)
    before = text[text.rfind("\n", near, left) + 1 or near : left]
    after = text[right : right + _NEAR].split("\n", 1)[0]
    at_line_start = not left or text[left - 1] == "\n"
    return bool((at_line_start or _LIST_BEFORE.search(before)) and _LIST_AFTER.match(after))


def find_mentions(
    text: str,
    tokens: list[Token] | None = None,
    *,
    one_case: bool = False,
    loose: bool = False,
    keys: list[str] | None = None,
) -> list[Mention]:
    """Every skill mention in `text`, longest alias first, left to right.

    `one_case`: the whole document is in one case, so capitals cannot tell "Swift" from "swift".
    `loose`: also the case-bound words ("Flask", "Excel") outside a list, in any case; the
    caller keeps those that the rest of the text backs up.
    `keys`: token_keys(tokens), when the caller has them.
    """
    tokens = tokenize(text) if tokens is None else tokens
    keys = token_keys(tokens) if keys is None else keys
    return _scan((text,), tokens, keys, 0, (len(tokens),), True, one_case, loose)[0]


def mentions_each(
    texts: Sequence[str], tokens: list[Token], keys: list[str], ends: Sequence[int]
) -> list[list[Mention]]:
    """find_mentions(one_case=True) of each of `texts`, in one pass over all their tokens.

    `tokens`: the texts' tokens one after another, `keys` theirs (token_keys), `ends`: where
    each text's tokens end in them. A resume has sixty pieces of a dozen words: per piece, the
    calls cost more than the words.
    """
    return _scan(texts, tokens, keys, 0, ends, True, True, False) if ends else []


def token_keys(tokens: list[Token]) -> list[str]:
    """The tokens' bases, which the vocabulary's aliases are indexed by."""
    return list(map(_BASE, tokens))  # no Python step per token


@cache
def case_bound_words() -> frozenset[str]:
    """The first words of the aliases whose case tells a skill from a word ("Swift", "Chef")."""
    return frozenset(k[0] for k, a in vocabulary().index.items() if a.rule == "^")


@cache
def _says(role: Skill, skill: Skill) -> bool:
    """True when a word inside a job title names a skill of the title's field or a neighbour."""
    related = vocabulary().related
    return skill.kind == "soft" or any(
        f == g or (f, g) in related for f in role.fields for g in skill.fields
    )


@cache
def _alias_lengths() -> dict[str, tuple[int, ...]]:
    """For each word that starts an alias, the lengths of the aliases it starts, longest first."""
    lengths: dict[str, set[int]] = {}
    for key in vocabulary().index:
        lengths.setdefault(key[0], set()).add(len(key))
    # Only lengths some alias has are tried: a third of the tries were of lengths none had.
    return {word: tuple(sorted(ns, reverse=True)) for word, ns in lengths.items()}


def _scan(
    texts: Sequence[str],
    tokens: list[Token],
    keys: list[str],
    lo: int,
    ends: Sequence[int],
    roles: bool,
    one_case: bool,
    loose: bool,
) -> list[list[Mention]]:
    """The mentions in each text, whose tokens are tokens[lo:ends[0]], then up to ends[1]..."""
    index, lengths_from = vocabulary().index, _alias_lengths()
    out: list[list[Mention]] = [[] for _ in ends]
    k, hi = 0, ends[0]
    text, found = texts[0], out[0]
    after = lo  # where the last alias found ends: the next one starts there or later
    # Only the words that start an alias are tried, found in C, not one step per word: most
    # words start none (this loop was a hot spot). A test on the next word as well halved the
    # tries but cost as much as it saved. A slice, not islice: islice steps over the first `lo`
    # keys, and each role alias scans its own words again from its place (quadratic).
    for i in compress(count(lo), map(lengths_from.__contains__, keys[lo : ends[-1]])):
        if i < after:
            continue
        while i >= hi:  # the next text's tokens
            k += 1
            hi, text, found = ends[k], texts[k], out[k]
        for n in lengths_from[keys[i]]:
            if n > hi - i:
                continue
            alias = index.get(tuple(keys[i : i + n]))
            if alias is None or (alias.skill.kind == "role" and not roles):
                continue
            start, end = tokens[i].start, tokens[i + n - 1].end
            # Nine aliases in ten have no case rule and are no state code: accepted as they
            # are, without a call (the call was a quarter of this function).
            if (alias.rule or end - start == 2) and not _accept(
                alias, text, start, end, one_case, loose
            ):
                continue
            # "ignore" phrases ("Bachelor of Arts") are consumed so their words match nothing.
            if alias.skill.kind != "ignore":
                found.append(_new_mention(Mention, (alias.skill, start, end)))
            if alias.skill.kind == "role" and n > 1:
                # "Python developer" is a role and also says Python; "Executive Chef" says
                # nothing of the Chef tool, nor "Account executive" of accounting.
                inner = _scan((text,), tokens, keys, i, (i + n,), False, one_case, loose)[0]
                found += [m for m in inner if _says(alias.skill, m[0])]
            after = i + n
            break
    return out
