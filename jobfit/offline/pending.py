"""Certifications a resume shows short of held: on the way ("CFA Level II candidate", "Pursuing
CFA"), lapsed ("PMP (expired)"), of a lower class ("CDL Class B") or grade ("Apprentice
Electrician" for "Journeyman Electrician license")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from jobfit.offline.job import Line
from jobfit.offline.matching import find_mentions
from jobfit.offline.profile import Segment
from jobfit.offline.text import stem, words

# Words that put a certification on the way, in any case.
_ON_THE_WAY = frozenset(
    """pursuing candidate candidates expected anticipated enrolled eligible progress ongoing
    pending toward towards""".split()
)
# A certification may be held since a year ("PMP, 2019 - present"), but may have lapsed.
_CERT_ONLY = frozenset({"inactive", "expired", "lapsed"})
_SHORT_WORDS = _ON_THE_WAY | _CERT_ONLY  # a clause with none of these holds the certification
_CLAUSE_ENDS = str.maketrans(",;|\n", "\n\n\n\n")


def asks_on_the_way(text: str) -> bool:
    """True for a requirement that a certification on the way answers ("CPA or CPA eligible")."""
    return not _ON_THE_WAY.isdisjoint(words(text))


class _Asks(NamedTuple):
    """What certs_short reads of a requirement line alone, read once a line (line.once)."""

    on_the_way: bool  # one on the way falls short: the line does not take it ("CPA eligible")
    classes: set[str]  # the licence classes it asks for
    groups: list[frozenset[str]]  # the names of each option group of credentials only


def _asks(line: Line) -> _Asks:
    # "ServSafe Manager certification": its skill (Food safety) is asked as a credential.
    credential = any(w.startswith(("certif", "licen")) for w in words(line.text))
    groups = []
    for group in line.groups:
        names = frozenset(s.name for s in group if credential or s.kind == "cert")
        if len(names) == len(group):
            groups.append(names)
    return _Asks(not asks_on_the_way(line.text), _classes(line.text), groups)


def certs_short(line: Line, segments: Sequence[Segment]) -> bool:
    """True when the resume shows a certification the line asks for only on the way, lapsed,
    or of a lower class ("CDL Class B" for "Class A CDL")."""
    on_the_way, asked, groups = line.once(_asks)  # the line's side, read once a posting
    for names in groups:
        texts = [s.text for s in segments if not names.isdisjoint(s.shown)]
        if on_the_way and _cert_on_the_way(names, texts):
            return True
        shown = set().union(*map(_classes, texts))
        if asked and shown and min(shown) > max(asked):
            return True  # a class A licence holds B and C, not the other way round
    return False


def _classes(text: str) -> set[str]:
    """The licence classes `text` names: "Class A CDL", "CDL-B" ("a" the highest)."""
    found: set[str] = set()
    after = ""  # "class" just before, or a class and "or": "Class A or B", "CDL-A/B"
    for word in words(text):
        if word in ("a", "b", "c") and after:
            found.add(word)
            after = "class"  # "A/B": the next letter is a class too
        elif word in ("or", "and") and after == "class" and found:
            after = "or"
        else:
            after = "class" if word in ("class", "cdl") else ""
    return found


def _cert_on_the_way(names: frozenset[str], texts: Iterable[str]) -> bool:
    """True when every clause of `texts` that names one of the certifications `names` says it
    is on the way or lapsed ("CFA Level II candidate", "PMP (in progress)"); False if none does.
    """
    found = False
    for text in texts:
        for clause in text.translate(_CLAUSE_ENDS).split("\n"):
            if names.isdisjoint(m.skill.name for m in find_mentions(clause)):
                continue
            if _SHORT_WORDS.isdisjoint(words(clause)):
                return False  # held here: "CPA" in "CPA, CFA Level III candidate"
            found = True
    return found


# A trade licence's grades: a master holds what a journeyman does, not the other way round.
_GRADES = {"apprentice": 0, "journeyman": 1, "journeyperson": 1, "journey": 1, "master": 2}
GRADE_STEMS = frozenset(stem(w) for w in _GRADES)  # a line's stems name a grade


def grade_short(text: str, texts: Iterable[str]) -> bool:
    """True when the requirement `text` asks for a trade grade ("Journeyman Electrician") and
    the resume lines `texts` that answer it name only lower ones ("Apprentice Electrician")."""
    asked = [_GRADES[w] for w in words(text) if w in _GRADES]
    if not asked:
        return False
    shown = [_GRADES[w] for t in texts for w in words(t) if w in _GRADES]
    return bool(shown) and max(shown) < min(asked)
