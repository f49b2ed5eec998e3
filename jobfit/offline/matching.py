"""Find the vocabulary's skills in a text, on token boundaries, with their positions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from jobfit.offline.text import Token, tokenize
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


@dataclass(frozen=True, slots=True)
class Mention:
    """A skill named in a text, with the character span that names it."""

    skill: Skill
    start: int
    end: int


def _accept(alias: Alias, text: str, start: int, end: int) -> bool:
    if not alias.rule:
        return True
    found = text[start:end]
    if alias.rule == "^":
        return found[:1].isupper()
    if found != alias.surface:
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


def find_mentions(text: str, tokens: list[Token] | None = None) -> list[Mention]:
    """Every skill mention in `text`, longest alias first, left to right."""
    tokens = tokenize(text) if tokens is None else tokens
    return _scan(text, tokens, [t.base for t in tokens], 0, len(tokens), roles=True)


@cache
def _longest_from() -> dict[str, int]:
    """For each word that starts an alias, the length of the longest alias it starts."""
    longest: dict[str, int] = {}
    for key in vocabulary().index:
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    return longest


def _scan(
    text: str, tokens: list[Token], keys: list[str], lo: int, hi: int, *, roles: bool
) -> list[Mention]:
    index, longest = vocabulary().index, _longest_from()
    out: list[Mention] = []
    # Most words start no alias, and most lines have no word that does: skip them without trying
    # every length (this loop was a hot spot).
    if longest.keys().isdisjoint(keys[lo:hi]):
        return out
    i = lo
    while i < hi:
        top = longest.get(keys[i])
        if top is None:
            i += 1
            continue
        for n in range(min(top, hi - i), 0, -1):
            alias = index.get(tuple(keys[i : i + n]))
            if alias is None or (alias.skill.kind == "role" and not roles):
                continue
            start, end = tokens[i].start, tokens[i + n - 1].end
            if not _accept(alias, text, start, end):
                continue
            # "ignore" phrases ("Bachelor of Arts") are consumed so their words match nothing.
            if alias.skill.kind != "ignore":
                out.append(Mention(alias.skill, start, end))
            if alias.skill.kind == "role" and n > 1:
                # "Python developer" is a role and also says Python.
                out.extend(_scan(text, tokens, keys, i, i + n, roles=False))
            i += n
            break
        else:
            i += 1
    return out
