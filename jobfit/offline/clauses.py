"""What one job sentence is: a requirement, a hedged one, or context about the employer."""

from __future__ import annotations

import re

from jobfit.offline.text import BULLETS

PREFERRED = re.compile(
    r"\b(prefer\w*|nice[- ]to[- ]have|a plus|bonus|desir\w*|ideal\w*|advantage\w*|optional\w*|"
    r"good[- ]to[- ]have|pluses)\b",
    re.IGNORECASE,
)
# A bullet, or a numbered item, at the start of a raw line.
BULLET = re.compile(rf"^\s*(?:[-*+{BULLETS}\u2013\u2014]|\d{{1,2}}[.)])\s")
# Clauses of one item: "Strong SQL skills, ideally PostgreSQL" has two. A match starts only
# where a space run starts (or at the comma itself), so a long run is read once, not once per
# space.
_CLAUSE = re.compile(r"(?:(?:(?<!\s)\s++)?[,;(]|(?<!\s)\s++[-\u2013\u2014]\s)\s*+")
# A later clause that refines the item ("ideally PostgreSQL", "5 years preferred", "(Django a
# plus)") leaves the item as required as its section says; "or Azure preferred" hedges the list.
_REFINES = re.compile(
    r"^(?:ideally|preferably|optionally|bonus if|even better|extra credit)\b|\d|"
    r"\b(?:master|bachelor|phd|degree|certif\w*|years?)\b",
    re.IGNORECASE,
)
_VERB = re.compile(r"\b(?:is|are|be|would|will)\b", re.IGNORECASE)  # "is a plus" hedges its subject
_LIST_ITEM_WORDS = 2  # "GCP", "Google Cloud": a clause this short between others is a list's item
_STRICT = re.compile(r"\b(?:must|required|requires|mandatory|essential)\b", re.IGNORECASE)
# Sentences that speak of the employer: "We build ...", "Acme Health builds software for clinics."
_ABOUT_US = re.compile(
    r"^(?:(?i:we|we're|our|join|founded|headquartered)\b|At\s+[A-Z]|"
    r"(?:[A-Z][\w&.'-]*+\s++){1,3}(?:is|are|was|builds|makes|provides|offers|helps|develops|"
    r"serves|creates|designs|runs|operates|powers|sells|has|employs)\b)",
)
# Words that turn a sentence toward the candidate, whatever its subject.
_CANDIDATE = re.compile(
    r"\b(?:you|your|you'll|you're|candidates?|applicants?|ideal|successful|must|should|require\w*|"
    r"need\w*|experience\w*|degree|years?|knowledge|ability|abilities|skills?|familiar\w*|"
    r"proficien\w*|qualifi\w*|certifi\w*|licen[cs]\w*|prefer\w*)\b",
    re.IGNORECASE,
)


# Asides in brackets, the last one possibly unclosed.
_ASIDE = re.compile(r"\([^)]*\)?")
# "The role involves frequent travel": what the job is like, not what the candidate must bring.
_ROLE = re.compile(r"^(?:the|this)\s++(?:role|position|job|team)\b", re.IGNORECASE)


def describes_role(sentence: str) -> bool:
    """True for a sentence about the role itself ("This role involves travel")."""
    return bool(_ROLE.match(sentence))


def hedged(sentence: str) -> bool:
    """True when a hedge ("ideally", "a plus", "preferred") makes the whole item optional."""
    found = PREFERRED.search(sentence)
    if not found:
        return False
    clauses = _CLAUSE.split(sentence)
    if PREFERRED.search(clauses[0]) or len(clauses) == 1:
        return True
    if _STRICT.search(sentence):
        return False
    if PREFERRED.search("".join(_ASIDE.findall(sentence))):
        return False  # "Python (Django a plus)": the aside is optional, the item is not
    later = [c for c in clauses[1:] if PREFERRED.search(c)]
    return not all(_REFINES.search(c) for c in later) and _hedges_all(sentence)


def _hedges_all(sentence: str) -> bool:
    """True when the first hedged clause, asides left out, is the item's first ("Bilingual
    (English/Spanish) preferred") or ends a list the item opened ("AWS, GCP, or Azure
    preferred"): it hedges the whole item. One that names a thing of its own ("2+ years of
    acute care, telemetry preferred") refines the item, which stays as its section says."""
    clauses = _CLAUSE.split(_ASIDE.sub("", sentence))
    at = next((i for i, c in enumerate(clauses) if PREFERRED.search(c)), 0)
    if not at:
        return True
    if clauses[at].lower().startswith(("or ", "and ", "and/or ")) or _VERB.search(clauses[at]):
        return True  # "..., or Azure preferred"; "..., GC-MS and ICP-MS is a plus": the subject
    return any(len(c.split()) <= _LIST_ITEM_WORDS for c in clauses[1:at])


def is_context(sentence: str) -> bool:
    """True for a sentence about the employer or product, not about the candidate's work."""
    # "Kubernetes is a plus" has the shape of "Acme is ...", but a hedge speaks of the candidate.
    return (
        bool(_ABOUT_US.match(sentence))
        and not _CANDIDATE.search(sentence)
        and not PREFERRED.search(sentence)
    )


def addresses_candidate(sentence: str) -> bool:
    """True when a sentence speaks to or about the candidate ("You will ...")."""
    return bool(_CANDIDATE.search(sentence))
