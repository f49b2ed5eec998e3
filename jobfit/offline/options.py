"""Which skills of a requirement line are alternatives: "Flask, Django or FastAPI" asks for one."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from jobfit.offline.matching import Mention
from jobfit.offline.vocabulary import Skill

_OR_WORDS = (
    r"(?:or|and/or|nor)(?:\s++(?:an?|any|some|other|another|similar|equivalent|comparable))*"
)
# What may stand between two items of one list ("" joins a compound: "cloud data warehouse").
_LINK = re.compile(rf"^\s*+(?:,|/|\||,?\s*+\b(?:{_OR_WORDS}|and)\b)?\s*+$", re.IGNORECASE)
_OR = re.compile(rf"/|\||\b{_OR_WORDS}\b", re.IGNORECASE)
_EXAMPLE_CUES = (
    r"such as|e\.g\.?|for example|for instance|like|including(?: but not limited to)?|i\.e\.?"
)
# "a warehouse such as Snowflake": the examples that follow answer the item before.
_EXAMPLES = re.compile(rf"^\s*+(?:{_EXAMPLE_CUES})[\s,:]*+$", re.IGNORECASE)
# A list that starts after one of these is a choice, whatever joins its items.
_CHOICE = re.compile(
    r"\b(?:any|one|one or more|at least one|two or more|some) of(?: the following| these)?\b"
    r"|\beither\b",
    re.IGNORECASE,
)
# "(e.g. unit, functional or stress testing)": illustrations, any one of which will do.
_PAREN = re.compile(r"\(([^)]*)\)?")
_CUE_HEAD = re.compile(rf"^\s*+(?:{_EXAMPLE_CUES})\b", re.IGNORECASE)
_HEAD = re.compile(rf"^\(\s*+(?:{_EXAMPLE_CUES})?[\s,:.]*+$", re.IGNORECASE)
# A list right after "such as" or "any of" is a choice.
_CUE = re.compile(rf"\b(?:{_EXAMPLE_CUES}|{_CHOICE.pattern})[\s:,]*+$", re.IGNORECASE)
MULTILINGUAL = "Multilingual"  # the vocabulary's skill for "bilingual", "multilingual"
# At least the longest cue ("at least one of the following", 29 characters): a cue is looked
# for in this many characters before the list, not from every character of the line.
CUE_CHARS = 32


def _zones(text: str, items: list[Mention]) -> list[tuple[int, int]]:
    """Spans whose skills form one choice: asides in brackets, the list after "any of"."""
    zones = []
    starts = [i.start for i in items]  # in order: a line's mentions are found left to right
    for m in _PAREN.finditer(text):
        inside = items[bisect_right(starts, m.start()) : bisect_left(starts, m.end())]
        # "(e.g. ...)" is an aside; so is "(AWS or GCP)" right after "cloud". Nearest first,
        # so the answer comes from the first item looked at, not from every item of the line.
        follows = any(not text[i.end : m.start()].strip() for i in reversed(items))
        if inside and (_CUE_HEAD.match(m.group(1)) or follows):
            zones.append(m.span())
    # A choice reads " of" or "either" in some case (no other letter matches theirs): a line
    # with neither is not searched from every character.
    lower = text.lower()
    choice = _CHOICE.search(text) if " of" in lower or "ther" in lower else None
    if choice:
        zones.append((choice.end(), len(text)))
    return zones


def _chains(text: str, items: list[Mention]) -> list[tuple[list[Mention], bool]]:
    chains: list[tuple[list[Mention], bool]] = []
    for i, m in enumerate(items):
        gap = text[items[i - 1].end : m.start] if i else ""
        # Appended in place: copying a chain per item would make a long list quadratic.
        if i and _LINK.match(gap):
            chain, choice = chains[-1]
            chain.append(m)
            chains[-1] = (chain, choice or bool(_OR.search(gap)))
        elif i and _EXAMPLES.match(gap):
            chains[-1][0].append(m)
            chains[-1] = (chains[-1][0], True)
        else:
            before = text[items[i - 1].end if i else 0 : m.start]
            chains.append(([m], _ends_on_cue(before)))
    return chains


def _ends_on_cue(before: str) -> bool:
    """_CUE.search(before): tried only from CUE_CHARS before the spaces, colons and commas that
    may follow a cue (every cue ends on a letter or a dot)."""
    end = len(before)
    while end and (before[end - 1].isspace() or before[end - 1] in ":,"):
        end -= 1
    # search() from a position still reads the character before it, so \b is as it was.
    return bool(_CUE.search(before, max(0, end - CUE_CHARS)))


def option_groups(text: str, mentions: list[Mention]) -> tuple[tuple[Skill, ...], ...]:
    """The line's skills (roles left out) grouped so that any one of a group answers it."""
    items = [m for m in mentions if m.skill.kind != "role"]
    if not items:
        return ()  # most of the work below is searching for zones and chains of items
    if len(items) == 1:
        return ((items[0].skill,),)  # in a zone or not, one item is a group of its own
    zones = _zones(text, items)
    free = _outside(items, zones)
    groups: list[list[Skill]] = []
    ends: list[int] = []  # where the last mention of each group ends
    for chain, any_one in _chains(text, free):
        last = {m.skill.name: m for m in chain}  # "Python, Python": one group, so one end
        members = list({m.skill.name: m.skill for m in chain}.values())
        groups += [members] if any_one else [[s] for s in members]
        ends += [chain[-1].end] if any_one else [last[s.name].end for s in members]
    first_ending = {}  # end -> the first group that ends there
    for i, end in enumerate(ends):
        first_ending.setdefault(end, i)
    starts = [m.start for m in items]
    for a, b in sorted(zones):
        inside = items[bisect_left(starts, a) : bisect_left(starts, b)]
        if not inside:
            continue
        members = [m.skill for m in inside]
        # "SQL (e.g. PostgreSQL)": examples right after an item are ways of meeting it: the
        # first group that ends at `a` or only spaces before it.
        gap = a
        while gap and text[gap - 1].isspace():
            gap -= 1
        before = [first_ending[e] for e in range(gap, a + 1) if e in first_ending]
        if before and _HEAD.match(text[a : inside[0].start]):
            if [s.name for s in groups[min(before)]] == [MULTILINGUAL]:
                # "Bilingual (English/Spanish)": the languages named are all asked, not one.
                groups += [[m] for m in members]
                continue
            groups[min(before)] += members
        else:
            groups.append(members)
    return _dedupe(groups)


def _outside(items: list[Mention], zones: list[tuple[int, int]]) -> list[Mention]:
    """The items that start in no zone, found by bisection rather than zone by zone."""
    spans = sorted(zones)
    starts = [a for a, _ in spans]
    reach = []  # reach[k]: the furthest end of spans[: k + 1]
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)
    out = []
    for m in items:
        k = bisect_right(starts, m.start)  # the spans that start at or before the item
        if not k or reach[k - 1] <= m.start:
            out.append(m)
    return out


def _dedupe(groups: list[list[Skill]]) -> tuple[tuple[Skill, ...], ...]:
    groups = [list({s.name: s for s in g}.values()) for g in groups]
    # "Scripting in Python or Bash" names scripting twice: the choice is what the line asks.
    in_choice = {s.name for g in groups if len(g) > 1 for s in g}
    groups = [g for g in groups if len(g) > 1 or g[0].name not in in_choice]
    seen: set[str] = set()
    out = []
    for group in groups:
        kept = tuple(s for s in group if s.name not in seen)
        seen.update(s.name for s in kept)
        if kept:
            out.append(kept)
    return tuple(out)
