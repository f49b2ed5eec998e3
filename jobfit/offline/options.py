"""Which skills of a requirement line are alternatives: "Flask, Django or FastAPI" asks for one."""

from __future__ import annotations

import re

from jobfit.offline.matching import Mention
from jobfit.offline.vocabulary import Skill

_OR_WORDS = r"(?:or|and/or|nor)(?:\s+(?:an?|any|some|other|another|similar|equivalent|comparable))*"
# What may stand between two items of one list ("" joins a compound: "cloud data warehouse").
_LINK = re.compile(rf"^\s*(?:,|/|\||,?\s*\b(?:{_OR_WORDS}|and)\b)?\s*$", re.IGNORECASE)
_OR = re.compile(rf"/|\||\b{_OR_WORDS}\b", re.IGNORECASE)
_EXAMPLE_CUES = (
    r"such as|e\.g\.?|for example|for instance|like|including(?: but not limited to)?|i\.e\.?"
)
# "a warehouse such as Snowflake": the examples that follow answer the item before.
_EXAMPLES = re.compile(rf"^\s*(?:{_EXAMPLE_CUES})[\s,:]*$", re.IGNORECASE)
# A list that starts after one of these is a choice, whatever joins its items.
_CHOICE = re.compile(
    r"\b(?:any|one|one or more|at least one|two or more|some) of(?: the following| these)?\b"
    r"|\beither\b",
    re.IGNORECASE,
)
# "(e.g. unit, functional or stress testing)": illustrations, any one of which will do.
_PAREN = re.compile(r"\(([^)]*)\)?")
_CUE_HEAD = re.compile(rf"^\s*(?:{_EXAMPLE_CUES})\b", re.IGNORECASE)
_HEAD = re.compile(rf"^\(\s*(?:{_EXAMPLE_CUES})?[\s,:.]*$", re.IGNORECASE)
# A list right after "such as" or "any of" is a choice.
_CUE = re.compile(rf"\b(?:{_EXAMPLE_CUES}|{_CHOICE.pattern})[\s:,]*$", re.IGNORECASE)


def _zones(text: str, items: list[Mention]) -> list[tuple[int, int]]:
    """Spans whose skills form one choice: asides in brackets, the list after "any of"."""
    zones = []
    for m in _PAREN.finditer(text):
        inside = [i for i in items if m.start() < i.start < m.end()]
        # "(e.g. ...)" is an aside; so is "(AWS or GCP)" right after "cloud".
        follows = any(not text[i.end : m.start()].strip() for i in items)
        if inside and (_CUE_HEAD.match(m.group(1)) or follows):
            zones.append(m.span())
    choice = _CHOICE.search(text)
    if choice:
        zones.append((choice.end(), len(text)))
    return zones


def _chains(text: str, items: list[Mention]) -> list[tuple[list[Mention], bool]]:
    chains: list[tuple[list[Mention], bool]] = []
    for i, m in enumerate(items):
        gap = text[items[i - 1].end : m.start] if i else ""
        if i and _LINK.match(gap):
            chain, choice = chains[-1]
            chains[-1] = (chain + [m], choice or bool(_OR.search(gap)))
        elif i and _EXAMPLES.match(gap):
            chains[-1] = (chains[-1][0] + [m], True)
        else:
            before = text[items[i - 1].end if i else 0 : m.start]
            chains.append(([m], bool(_CUE.search(before))))
    return chains


def option_groups(text: str, mentions: list[Mention]) -> tuple[tuple[Skill, ...], ...]:
    """The line's skills (roles left out) grouped so that any one of a group answers it."""
    items = [m for m in mentions if m.skill.kind != "role"]
    zones = _zones(text, items)
    free = [m for m in items if not any(a <= m.start < b for a, b in zones)]
    groups: list[list[Skill]] = []
    ends: list[int] = []  # where the last mention of each group ends
    for chain, any_one in _chains(text, free):
        # One entry per skill, so `ends` stays aligned with `groups` when a skill repeats.
        last = {m.skill.name: m for m in chain}
        members = [m.skill for m in last.values()]
        groups += [members] if any_one else [[s] for s in members]
        ends += [chain[-1].end] if any_one else [m.end for m in last.values()]
    for a, b in sorted(zones):
        inside = [m for m in items if a <= m.start < b]
        if not inside:
            continue
        members = [m.skill for m in inside]
        # "SQL (e.g. PostgreSQL)": examples right after an item are ways of meeting it.
        before = [i for i, end in enumerate(ends) if end <= a and not text[end:a].strip()]
        if before and _HEAD.match(text[a : inside[0].start]):
            groups[before[0]] += members
        else:
            groups.append(members)
    return _dedupe(groups)


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
