"""Subject families a job names instead of a subject ("a technical discipline")."""

from __future__ import annotations

from jobfit.offline.text import stem

# Subject families a job names instead of a subject. Stems of the subjects each one accepts.
_FAMILIES = (
    (
        (
            "technical discipline",
            "technical field",
            "technical degree",
            "technical subject",
            "stem field",
            "stem discipline",
            "stem degree",
            "engineering discipline",
        ),
        """computer science engineering information technology electrical electronics mechanical
        civil chemical software physics mathematics math maths statistics data telecommunication
        computing informatics systems""",
    ),
    (
        (
            "quantitative field",
            "quantitative discipline",
            "quantitative subject",
            "quantitative degree",
            "analytical field",
            "analytical discipline",
        ),
        """mathematics math maths statistics statistical economics econometrics physics
        engineering computer science finance financial actuarial operations research data
        quantitative accounting""",
    ),
)
_FAMILY_STEMS = tuple(
    (cues, frozenset(stem(w) for w in words.split())) for cues, words in _FAMILIES
)


def subject_family(text: str) -> frozenset[str] | None:
    """The subject stems a family phrase ("a technical discipline") accepts, or None."""
    low = " ".join(text.lower().split())
    for cues, stems in _FAMILY_STEMS:
        if any(cue in low for cue in cues):
            return stems
    return None
