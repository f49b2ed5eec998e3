"""Find the vocabulary's skills in a text, on token boundaries, with their positions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobfit.offline.text import Token, tokenize
from jobfit.offline.vocabulary import Alias, Skill, vocabulary

# "=" aliases (Go, R, C) are English words or letters: accept them only where a list of
# languages would put them, e.g. "Java, Go or Python" or "C programming".
_LIST_BEFORE = re.compile(r"(?:^|[,/(;:|]|\b(?:and|or|in|with|using))\s*$", re.IGNORECASE)
_LIST_AFTER = re.compile(
    r"^\s*(?:[,/);|]|\.(?:\s|$)|$|\b(?:and|or|programming|language|lang|developer|code)\b)",
    re.IGNORECASE,
)


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
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start]
    after = text[end : len(text) if line_end < 0 else line_end]
    return bool(_LIST_BEFORE.search(before) and _LIST_AFTER.search(after))


def find_mentions(text: str, tokens: list[Token] | None = None) -> list[Mention]:
    """Every skill mention in `text`, longest alias first, left to right."""
    tokens = tokenize(text) if tokens is None else tokens
    return _scan(text, tokens, [t.base for t in tokens], 0, len(tokens), roles=True)


def _scan(
    text: str, tokens: list[Token], keys: list[str], lo: int, hi: int, *, roles: bool
) -> list[Mention]:
    index, longest = vocabulary().index, vocabulary().longest
    out = []
    i = lo
    while i < hi:
        for n in range(min(longest, hi - i), 0, -1):
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
