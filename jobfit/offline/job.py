"""The job as the analysis sees it: title, requirement lines, and the skills it names."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from jobfit import tuning
from jobfit.offline import budget, screening, unknowable
from jobfit.offline.credentials import degree_required
from jobfit.offline.matching import find_mentions
from jobfit.offline.occupations import keys_vector, names_occupation
from jobfit.offline.options import option_groups
from jobfit.offline.requirements import parse_job, years_required
from jobfit.offline.text import Token, content_stems, singular, tokenize
from jobfit.offline.text import words as text_words
from jobfit.offline.vocabulary import Skill

PLACE_WEIGHT = tuning.PLACE_WEIGHT
CONTEXT_WEIGHT = tuning.CONTEXT_WEIGHT
TITLE_BOOST = tuning.TITLE_BOOST
# "Product Manager, Mobile Apps", "Data Analyst - Google Marketing": the role comes first; what
# follows names the team or employer, and counts as context.
_TITLE_TAIL = re.compile(r"\s[-\u2013\u2014|]\s|,|\(|\s@\s|\sat\s")
GAP_ORDER = ("required", "duty", "preferred")  # the order in which a candidate reads gaps
_T = TypeVar("_T")


_Self = TypeVar("_Self")


class _Kept:
    """once(): what the checks and the report read from a job or line alone, kept with it."""

    def once(self: _Self, read: Callable[[_Self], _T]) -> _T:
        """read(self), worked out on first use and kept: once a posting, however many resumes
        a prepared job meets."""
        kept = self.__dict__.setdefault("_kept", {})  # where cached_property keeps its values
        if read not in kept:
            kept[read] = read(self)
        return kept[read]


@dataclass(frozen=True)
class Line(_Kept):
    """A requirement line with the skills and content words it names."""

    text: str
    importance: str
    mentions: tuple[Skill, ...]  # every mention, repeats included
    skills: tuple[Skill, ...]  # each skill once
    groups: tuple[tuple[Skill, ...], ...]  # any one skill of a group answers it; roles left out
    stems: frozenset[str]
    years: int | None
    degree: int | None

    # Derived once per line, on first use: a prepared job answers many resumes with them.
    @cached_property
    def names(self) -> frozenset[str]:
        """The names of the skills the line names."""
        return frozenset(s.name for s in self.skills)

    @cached_property
    def condition(self) -> str | None:
        """The condition of employment the line states (unknowable.topic), if any."""
        return unknowable.topic(self.text)

    @cached_property
    def group_weights(self) -> list[float]:
        """The weight of each option group: its heaviest skill."""
        return [max(s.weight for s in g) for g in self.groups]


@dataclass(frozen=True)
class JobProfile(_Kept):
    """Everything the scoring needs from the job."""

    title: str
    title_skills: tuple[Skill, ...]
    lines: tuple[Line, ...]
    skills: dict[str, tuple[Skill, int, float]]  # name -> (skill, mentions, weight)
    words: list[str]
    keywords: set[str]
    context: tuple[Line, ...] = ()  # sentences about the employer: field only, never gaps
    occupation: Counter[str] = field(default_factory=Counter)  # weight per occupation

    @cached_property
    def screen(self) -> screening.JobSide:
        """What the screening checks read from the job, indexed once."""
        lines = [ln.stems for ln in self.lines]
        return screening.job_side(self.words, self.keywords, lines, self.skills)

    @cached_property
    def fields(self) -> Counter[str]:
        """The job's weight per field, computed once; read it, never change it."""
        from jobfit.offline.scoring import field_vector  # scoring reads JobProfile: no cycle

        return field_vector(self.field_items())

    @cached_property
    def hard(self) -> list[str]:
        """The job's skills and certifications, in the posting's order."""
        return [n for n, (k, _, _) in self.skills.items() if k.kind in ("skill", "cert")]

    @cached_property
    def fields_self(self) -> float:
        """The product of the job's field vector with itself (scoring.self_dot), computed once."""
        from jobfit.offline.scoring import self_dot

        return self_dot(self.fields)

    @cached_property
    def ranked(self) -> list[tuple[Skill, int, float]]:
        """The job's skills but roles, most important first: (skill, mentions, weight)."""
        return sorted(
            (s for s in self.skills.values() if s[0].kind != "role"),
            key=lambda s: (-s[0].weight * s[2], -s[1], s[0].name),
        )

    @cached_property
    def choices(self) -> list[tuple[Skill, ...]]:
        """The option groups of more than one skill ("Flask, Django or FastAPI")."""
        return [g for ln in self.lines for g in ln.groups if len(g) > 1]

    @cached_property
    def others(self) -> set[str]:
        """The options after the first of a choice, first of no group: an open choice ("Jest or
        similar", "NLP or computer vision") is one gap, named by its first."""
        firsts = {g[0].name for ln in self.lines for g in ln.groups}
        return {s.name for g in self.choices for s in g[1:]} - firsts

    @cached_property
    def places(self) -> dict[str, str]:
        """Where the job asks for each skill: its most demanding line (GAP_ORDER)."""
        places: dict[str, str] = {}
        for ln in self.lines:
            for s in ln.skills:
                place = ln.importance
                if s.kind == "domain" and place == "duty":
                    continue  # the industry a job serves ("clinics"): asked by a requirement only
                if s.name not in places or GAP_ORDER.index(place) < GAP_ORDER.index(places[s.name]):
                    places[s.name] = place
        return places

    def field_items(self) -> list[tuple[Skill, int, float]]:
        """(skill, mentions, weight) triples that describe the job's field."""
        items = list(self.skills.values())
        items += [(s, 1, TITLE_BOOST) for s in self.title_skills]
        items += [(s, 1, CONTEXT_WEIGHT) for ln in self.context for s in ln.skills]
        return items


def _line(text: str, importance: str) -> Line:
    budget.check()
    tokens = tokenize(text)
    found = find_mentions(text, tokens)
    mentions = tuple(m.skill for m in found)
    skills = tuple({s.name: s for s in mentions}.values())
    return Line(
        text,
        importance,
        mentions,
        skills,
        option_groups(text, found),
        frozenset(content_stems(text, tokens)),
        years_required(text),
        degree_required(text, tokens),
    )


def _title_tokens(title: str, head: str) -> list[Token]:
    """The title part that names the occupation: its head, or the first part that names one.

    A code or a short form may come first ("TMOBJP - Construction Project Manager II"), or a
    role the model does not know ("Product Analytics Lead, Data Science").
    """
    tokens = tokenize(head)
    if names_occupation(tokens):
        return tokens
    for part in _TITLE_TAIL.split(title)[1:]:
        found = tokenize(part)
        if names_occupation(found):
            return found
    return tokens


def build_job(job: str) -> JobProfile:
    """Read `job` into a JobProfile."""
    parsed = parse_job(job)
    every = [_line(jl.text, jl.importance) for jl in parsed.lines]
    # A one-word line is a requirement only when it names a skill ("Kubernetes", not "Apply").
    every = [ln for ln in every if ln.skills or len(ln.text.split()) > 1]
    lines = tuple(ln for ln in every if ln.importance != "context")
    context = tuple(ln for ln in every if ln.importance == "context")
    head, *tail = _TITLE_TAIL.split(parsed.title, maxsplit=1)
    title_skills = tuple({m.skill.name: m.skill for m in find_mentions(head)}.values())
    if tail and tail[0].strip():
        context += (_line(parsed.title[len(head) :], "context"),)
    counts: Counter[str] = Counter()
    weights: dict[str, float] = {}
    found: dict[str, Skill] = {}
    places = [("title", title_skills)] + [(ln.importance, ln.mentions) for ln in lines]
    for place, mentioned in places:
        for skill in mentioned:
            counts[skill.name] += 1
            found[skill.name] = skill
            weights[skill.name] = max(weights.get(skill.name, 0.0), PLACE_WEIGHT[place])
    skills = {n: (found[n], counts[n], weights[n]) for n in counts}
    # The whole job is read as words, not tokens: only their lower-case and singular forms are
    # needed (Token.base is the singular of Token.lower), each worked out once per distinct word.
    words = text_words(job)
    base = {w: singular(w) for w in set(words)}
    keywords = set().union(*(ln.stems for ln in lines))
    occupation = keys_vector(
        [t.base for t in _title_tokens(parsed.title, head)],
        list(map(base.__getitem__, words)),
        tuning.OCC_JOB_TITLE,
        by_body=True,  # an ambiguous title ("Systems Engineer") is what the ad's words make it
    )
    return JobProfile(
        parsed.title, title_skills, lines, skills, words, keywords, context, occupation
    )
