"""The skills vocabulary: names, aliases, fields and weights, loaded once from skills.json."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from jobfit import tuning
from jobfit.offline.text import tokenize

KIND_WEIGHT = tuning.KIND_WEIGHT
WEAK_WEIGHT = tuning.WEAK_WEIGHT


@dataclass(frozen=True, slots=True)
class Skill:
    """One entry of the vocabulary."""

    name: str
    kind: str
    fields: tuple[str, ...]
    weight: float


@dataclass(frozen=True, slots=True)
class Alias:
    """A way of writing a skill, as stems, with an optional case rule ("", "=" or "^")."""

    skill: Skill
    stems: tuple[str, ...]
    rule: str
    surface: str


@dataclass(frozen=True)
class Vocabulary:
    """Aliases indexed by their stem sequence, and the longest alias length."""

    source: str
    skills: tuple[Skill, ...]
    index: dict[tuple[str, ...], Alias]
    longest: int
    collisions: tuple[str, ...]
    related: frozenset[tuple[str, str]]  # both orders of each pair of neighbouring fields
    implies: dict[str, tuple[str, ...]]  # skill -> broader skills it is evidence of, transitively


def _split_marker(term: str) -> tuple[str, str]:
    if term[:1] in "=^~":
        return term[0], term[1:]
    return "", term


def _build(data: dict) -> Vocabulary:
    skills: dict[str, Skill] = {}
    found: dict[tuple[str, ...], tuple[str, str, str]] = {}
    collisions = []
    for group in data["groups"]:
        kind = group["kind"]
        for term in group["terms"]:
            parts = [_split_marker(p.strip()) for p in term.split("|")]
            name_rule, name = parts[0]
            weight = KIND_WEIGHT[kind] * (WEAK_WEIGHT if name_rule == "~" else 1.0)
            fields = tuple(group["fields"])
            known = skills.get(name)
            if known is not None:
                fields = known.fields + tuple(f for f in fields if f not in known.fields)
                weight = known.weight
            skills[name] = Skill(name, kind, fields, weight)
            for rule, surface in parts:
                stems = tuple(t.base for t in tokenize(surface))
                old = found.get(stems)
                if old is not None and old[0] != name:
                    collisions.append(f"{surface!r}: {old[0]} / {name}")
                elif stems:
                    found[stems] = (name, "" if rule == "~" else rule, surface)
    index = {k: Alias(skills[n], k, rule, surface) for k, (n, rule, surface) in found.items()}
    longest = max(len(k) for k in index)
    related = frozenset(
        pair
        for field, others in data["related_fields"].items()
        for other in others
        for pair in ((field, other), (other, field))
    )
    return Vocabulary(
        data["source"],
        tuple(skills.values()),
        index,
        longest,
        tuple(collisions),
        related,
        _closure(data.get("implies", {}), skills),
    )


def _closure(implies: dict[str, list[str]], skills: dict[str, Skill]) -> dict[str, tuple[str, ...]]:
    unknown = sorted({n for k, v in implies.items() for n in [k, *v]} - skills.keys())
    if unknown:
        raise ValueError(f"skills.json implies unknown skills: {unknown}")
    out = {}
    for name in implies:
        seen: list[str] = []
        todo = list(implies[name])
        while todo:
            other = todo.pop(0)
            if other != name and other not in seen:
                seen.append(other)
                todo += implies.get(other, [])
        out[name] = tuple(seen)
    return out


def with_implied(skills: Counter[str]) -> Counter[str]:
    """`skills` plus the broader skills they imply, each counted as often as its source."""
    implies = vocabulary().implies
    out = Counter(skills)
    for name, n in skills.items():
        for other in implies.get(name, ()):
            if other not in skills:
                out[other] = max(out[other], n)
    return out


def implied_names(names: Iterable[str]) -> frozenset[str]:
    """The names of `names` and of the broader skills they imply: with_implied's keys."""
    # No Counter to build: a piece's skills shown are a set, made for most pieces of a resume.
    names = list(names)
    if len(names) == 1:  # most pieces name one skill: its set is made once a process
        return _shown_by()[names[0]]
    return _implied(names)


def _implied(names: list[str]) -> frozenset[str]:
    implies = vocabulary().implies
    out = set(names)
    for name in names:
        out.update(implies.get(name, ()))
    return frozenset(out)


class _Shown(dict[str, frozenset[str]]):
    """implied_names of each one name, made as it is first asked for (bounded)."""

    def __missing__(self, name: str) -> frozenset[str]:
        if len(self) >= 2 * len(vocabulary().skills):
            self.clear()  # only the vocabulary's names come here, but any could
        self[name] = out = _implied([name])  # made the same way: the same set, the same order
        return out


@cache
def _shown_by() -> _Shown:
    return _Shown()


@cache
def skill_named(name: str) -> Skill:
    """The vocabulary entry called `name`."""
    return _by_name()[name]


@cache
def _by_name() -> dict[str, Skill]:
    return {s.name: s for s in vocabulary().skills}


@cache
def vocabulary() -> Vocabulary:
    """The packaged vocabulary, parsed once per process."""
    raw = resources.files("jobfit.offline").joinpath("skills.json").read_text(encoding="utf-8")
    return _build(json.loads(raw))
