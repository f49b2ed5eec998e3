"""Which occupation a job and a resume belong to, and how near two occupations are."""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import compress, count, islice
from operator import itemgetter, or_

from jobfit import tuning
from jobfit.offline import abbreviations
from jobfit.offline.text import Token, tokenize

_SHORT_FORMS = frozenset({"pm", "ba"})


@dataclass(frozen=True)
class Occupations:
    """Phrases indexed by their word sequence, and the nearness of every pair of occupations."""

    # phrase -> (occupations it is a title of, occupations it is a work word of)
    index: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]]
    ones: dict[str, tuple[str]]  # the one-word phrases, by their word
    # The longer phrases' first two words, and the lengths of the phrases they start
    pairs: dict[tuple[str, str], tuple[int, ...]]
    title_firsts: frozenset[str]  # words a title starts with: a line without one names none
    domain: dict[str, str]
    adjacent: frozenset[tuple[str, str]]
    adjacent_domains: frozenset[tuple[str, str]]
    title: dict[str, str]  # each occupation's first title, as the summary names it
    starts: frozenset[str]  # the one-word phrases and the short forms (_phrases_in)
    field: dict[str, str]  # each occupation's line of work in words ("cooking", "nursing")


@cache
def occupations() -> Occupations:
    """The packaged occupation model, parsed once per process."""
    raw = resources.files("jobfit.offline").joinpath("occupations.json").read_text("utf-8")
    data = json.loads(raw)
    titles: dict[tuple[str, ...], list[str]] = {}
    terms: dict[tuple[str, ...], list[str]] = {}
    for name, occ in data["occupations"].items():
        for kind, phrases in ((titles, occ["titles"]), (terms, occ["terms"])):
            for phrase in phrases:
                key = tuple(t.base for t in tokenize(phrase))
                if key and name not in kind.setdefault(key, []):
                    kind[key].append(name)
    index = {
        k: (tuple(titles.get(k, ())), tuple(terms.get(k, ()))) for k in titles.keys() | terms.keys()
    }
    occs = data["occupations"]
    adjacent = {(a, b) for a, occ in occs.items() for b in occ["adjacent"]}
    domains = {(a, b) for a, b in data["adjacent_domains"]}
    lengths: dict[tuple[str, str], set[int]] = {}
    for key in index:
        if len(key) > 1:
            lengths.setdefault((key[0], key[1]), set()).add(len(key))
    ones = {key[0]: key for key in index if len(key) == 1}
    return Occupations(
        index,
        ones,
        {pair: tuple(sorted(ns, reverse=True)) for pair, ns in lengths.items()},
        frozenset(k[0] for k, (names, _) in index.items() if names),
        {name: occ["domain"] for name, occ in occs.items()},
        frozenset(adjacent | {(b, a) for a, b in adjacent}),
        frozenset(domains | {(b, a) for a, b in domains}),
        {name: occ["titles"][0] for name, occ in occs.items()},
        frozenset(ones) | _SHORT_FORMS,
        {name: occ["field"] for name, occ in occs.items()},
    )


def nearness(a: str, b: str) -> float:
    """1 for one occupation, less for a neighbour, a neighbouring domain, or nothing at all."""
    if a == b:
        return 1.0
    occ = occupations()
    if (a, b) in occ.adjacent:
        return tuning.OCC_ADJACENT
    da, db = occ.domain[a], occ.domain[b]
    if da == db:
        return tuning.OCC_SAME_DOMAIN
    return tuning.OCC_NEAR_DOMAIN if (da, db) in occ.adjacent_domains else 0.0


_BASE = itemgetter(1)  # Token.base, read in C (every token of a resume passes here)


def _phrases_in(keys: list[str]) -> list[tuple[str, ...]]:
    """The model's phrases in `keys` (Token.base), longest first, left to right, not overlapping."""
    if not keys:
        return []  # a headline's body, a resume without lists: no walk to set up
    occ = occupations()
    index, ones = occ.index, occ.ones
    out = []
    after = 0  # where the last phrase found ends: a phrase never starts inside another
    # A phrase starts with a one-word phrase or with the first two words of a longer one: only
    # those places are tried, found in C (most words start none; "a", "on" and "state" start
    # longer phrases, but rarely do), and a longer phrase only where its two words are.
    longer = list(map(occ.pairs.get, zip(keys, islice(keys, 1, None), strict=False)))
    longer.append(None)
    for i in compress(count(), map(or_, map(occ.starts.__contains__, keys), map(bool, longer))):
        if i < after:
            continue
        word = keys[i]
        if word in _SHORT_FORMS:
            # "Senior PM", "as a BA": a title; "9 PM", "BA in English": a time, a degree.
            title = abbreviations.role(keys, i)
            if title in index:
                out.append(title)
            continue
        for n in longer[i] or ():
            key = tuple(keys[i : i + n])
            if len(key) == n and key in index:
                out.append(key)
                after = i + n
                break
        else:
            if word in ones:
                out.append(ones[word])
                after = i + 1
    return out


def title_phrases(keys: list[str]) -> list[tuple[str, ...]]:
    """The titles among the model's phrases in `keys` (Token.base), left to right."""
    index = occupations().index
    return [key for key in _phrases_in(keys) if index[key][0]]


def names_occupation(tokens: list[Token]) -> bool:
    """True when the words hold an occupation's title ("SOUS CHEF", "Construction Worker")."""
    occ = occupations()
    keys = list(map(_BASE, tokens))
    if occ.title_firsts.isdisjoint(keys) and _SHORT_FORMS.isdisjoint(keys):
        return False  # no title can start here, so none is found
    return any(occ.index[key][0] for key in _phrases_in(keys))


def occupation_vector(
    head: list[Token], body: list[Token], head_weight: float = tuning.OCC_HEAD_TITLE
) -> Counter[str]:
    """Weight per occupation: titles in the headline most, then titles and work words anywhere.

    A phrase that several occupations share counts for each a share of one; repeating a phrase
    adds little after the first few times.
    """
    return keys_vector(list(map(_BASE, head)), list(map(_BASE, body)), head_weight)


def keys_vector(
    head: list[str], body: list[str], head_weight: float, by_body: bool = False
) -> Counter[str]:
    """occupation_vector of the tokens' singular forms (Token.base), when no tokens are made.

    `by_body`: a head title that names several occupations ("Application Engineer": mechanical
    or software) gives each the head weight in proportion to what the body says of it.
    """
    occ = occupations()
    vec: Counter[str] = Counter()
    for key in set(_phrases_in(head)):
        names = occ.index[key][0]
        shares = _body_shares(names, body) if by_body and len(names) > 1 else None
        for name in names:
            weight = head_weight * shares[name] if shares else head_weight
            if weight:
                vec[name] = max(vec[name], weight)
    seen = Counter(_phrases_in(body))
    for key, n in seen.items():
        titles, terms = occ.index[key]
        if titles:
            share = tuning.OCC_BODY_TITLE * min(n, tuning.OCC_TITLE_CAP) / len(titles)
            for name in titles:
                vec[name] += share
        if terms:
            share = min(n, tuning.OCC_TERM_CAP) / len(terms)
            for name in terms:
                vec[name] += share
    return vec


def _body_shares(names: tuple[str, ...], body: list[str]) -> dict[str, float] | None:
    """Each occupation's weight in `body` over the strongest one's; None if the body names none."""
    weights = keys_vector([], body, 0.0)
    best = max(weights[name] for name in names)
    return {name: weights[name] / best for name in names} if best else None


def _dot(a: Counter[str], b: Counter[str]) -> float:
    return sum(va * vb * nearness(ka, kb) for ka, va in a.items() for kb, vb in b.items())


def _top(vec: Counter[str], keep: int) -> Counter[str]:
    return Counter(dict(vec.most_common(keep)))


def similarity(
    job: Counter[str], resume: Counter[str], job_side: tuple[Counter[str], float] | None = None
) -> float:
    """Cosine of the two occupation vectors (their strongest few), neighbours counting part.

    `job_side`: top_of(job), when the job is compared with many resumes.
    """
    a, aa = top_of(job) if job_side is None else job_side
    b = _top(resume, tuning.OCC_KEEP)
    norm = math.sqrt(aa * _dot(b, b))
    return min(1.0, _dot(a, b) / norm) if norm else 0.0


def top_of(vec: Counter[str]) -> tuple[Counter[str], float]:
    """A vector's strongest few occupations and their product with themselves (similarity)."""
    a = _top(vec, tuning.OCC_KEEP)
    return a, _dot(a, a)


def relation(
    job: Counter[str], resume: Counter[str], headline: frozenset[str] = frozenset()
) -> str | None:
    """'same', 'adjacent' or 'different' between the job's occupation and the resume's.

    The resume is in the job's occupation when that occupation weighs nearly as much in it as its
    own strongest one, unless its headline names other occupations and not the job's (`headline`:
    the occupations of the resume's headline); None when either side names no occupation at all.
    A job whose title names no occupation may lean to several about as much: each is its field.
    """
    if not job or not resume:
        return None
    top = job.most_common(1)[0][1]
    targets = [name for name, w in job.items() if w >= tuning.OCC_SAME_SHARE * top]
    best = resume.most_common(1)[0][1]
    for target in targets:
        if resume[target] >= tuning.OCC_SAME_SHARE * best and (not headline or target in headline):
            return "same"
    strong = [name for name, w in resume.items() if w >= tuning.OCC_SAME_SHARE * best]
    strong += headline  # a supply-chain manager's headline says where a procurement job sits
    near = max(nearness(target, name) for target in targets for name in strong)
    return "adjacent" if near >= tuning.OCC_ADJACENT else "different"
