"""Find the vocabulary's skills in a text, on token boundaries, with their positions."""

from __future__ import annotations

import re
from collections import Counter
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


def _is_place(text: str, start: int, end: int) -> bool:
    """True for a state code after a town: "Silicon Valley, CA, USA", "Austin, TX 78701"."""
    found = text[start:end]
    if len(found) != 2 or not found.isupper() or text[max(0, start - 2) : start] != ", ":
        return False
    town = text[max(0, start - 40) : start - 2].split()
    after = text[end : end + 6].lstrip()
    # "CPA, CA" lists qualifications: the word before a state is a name, not an acronym.
    return (
        bool(town)
        and town[-1][:1].isupper()
        and not town[-1].isupper()
        and (not after or after[:1] in ",;)|" or after[:1].isdigit() or after.startswith("US"))
    )


def caseless(text: str) -> bool:
    """True for a text written all in one case, where capitals tell nothing."""
    return text == text.lower() or text == text.upper()


def _accept(alias: Alias, text: str, start: int, end: int, one_case: bool) -> bool:
    if _is_place(text, start, end):
        return False  # CA the state, not CA the qualification
    if not alias.rule:
        return True
    found = text[start:end]
    # A word in capitals ("EXECUTIVE CHEF") tells no more than one in lower case.
    if one_case or (found.isupper() and len(found) > 1 and alias.rule == "^"):
        # No capitals to go by ("swift", "GO"): only a list of languages makes it the skill.
        if found.lower() != alias.surface.lower():
            return False
    elif alias.rule == "^":
        return found[:1].isupper()
    elif found != alias.surface:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start]
    after = text[end : len(text) if line_end < 0 else line_end]
    return bool(_LIST_BEFORE.search(before) and _LIST_AFTER.search(after))


def find_mentions(
    text: str, tokens: list[Token] | None = None, *, one_case: bool = False
) -> list[Mention]:
    """Every skill mention in `text`, longest alias first, left to right.

    `one_case`: the whole document is in one case, so capitals cannot tell "Swift" from "swift".
    """
    tokens = tokenize(text) if tokens is None else tokens
    keys = [t.base for t in tokens]
    return _scan(text, tokens, keys, 0, len(tokens), roles=True, one_case=one_case)


def _scan(
    text: str,
    tokens: list[Token],
    keys: list[str],
    lo: int,
    hi: int,
    *,
    roles: bool,
    one_case: bool = False,
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
            if not _accept(alias, text, start, end, one_case):
                continue
            # "ignore" phrases ("Bachelor of Arts") are consumed so their words match nothing.
            if alias.skill.kind != "ignore":
                out.append(Mention(alias.skill, start, end))
            if alias.skill.kind == "role" and n > 1:
                # "Python developer" is a role and also says Python.
                out.extend(_scan(text, tokens, keys, i, i + n, roles=False, one_case=one_case))
            i += n
            break
        else:
            i += 1
    return out


def count_skills(mentions: list[Mention]) -> Counter[str]:
    """How many times each skill (by name) is mentioned."""
    return Counter(m.skill.name for m in mentions)
