"""Subject families a job names instead of a subject ("a technical discipline")."""

from __future__ import annotations

from jobfit.offline.degree_patterns import DEGREE_STEMS
from jobfit.offline.text import content_stems, stem

# Subject families a job names instead of a subject. Stems of the subjects each one accepts.
_FAMILIES = (
    (
        # Science, technology, engineering and mathematics: the technical subjects and the
        # natural sciences. Listed before "technical field", which it holds.
        ("stem field", "stem discipline", "stem degree", "stem subject"),
        """computer science engineering information technology electrical electronics mechanical
        civil chemical software physics mathematics math maths statistics data computing
        informatics systems biology biological chemistry biochemistry microbiology geology
        environmental astronomy neuroscience genetics""",
    ),
    (
        (
            "technical discipline",
            "technical field",
            "technical degree",
            "technical subject",
            "engineering discipline",
            "engineering field",
        ),
        """computer science engineering information technology electrical electronics mechanical
        civil chemical software physics mathematics math maths statistics data telecommunication
        computing informatics systems""",
    ),
    (
        (
            "quantitative",  # "field", "discipline", "nature", "background": all of them
            "analytical field",
            "analytical discipline",
        ),
        """mathematics math maths statistics statistical economics econometrics physics
        engineering computer science finance financial actuarial operations research data
        quantitative accounting""",
    ),
    (
        ("health related field", "health related discipline", "healthcare related field"),
        """health healthcare nursing medicine medical kinesiology nutrition dietetics pharmacy
        biology physiology exercise therapy respiratory radiologic sonography dental psychology
        gerontology""",
    ),
    (
        ("life science", "life sciences", "biological science", "biological sciences"),
        """biology biological biochemistry microbiology molecular genetics neuroscience physiology
        ecology zoology botany biotechnology immunology chemistry biomedical""",
    ),
)
# Degrees named for their subject: "BSN" is a degree in nursing, "MBA" one in business.
_NAMED_FOR = {
    "bsn msn dnp adn": "nursing",
    "mba bba dba": "business administration",
    "btech mtech beng meng b.tech m.tech b.e m.e": "engineering",
    "b.ed m.ed edd ed.d": "education",
    "bsw msw": "social work",
    "bfa mfa": "fine arts",
    "pharmd pharm.d": "pharmacy",
    "mca bca b.c.a": "computer applications",
    # Subjects by their short names.
    "math maths": "mathematics",
    "stats": "statistics",
    "cs cse": "computer science",
    "econ": "economics",
    "ece": "electronics communication",
    "eee": "electrical electronics",
    "mech": "mechanical",
}
_SUBJECT_OF = {
    stem(d): frozenset(stem(w) for w in subject.split())
    for degrees, subject in _NAMED_FOR.items()
    for d in degrees.split()
}


def spelled_out(stems: frozenset[str]) -> frozenset[str]:
    """`stems` with each degree named for its subject ("bsn") read as that subject ("nurs")."""
    named = stems & _SUBJECT_OF.keys()
    return stems.difference(named).union(*(_SUBJECT_OF[d] for d in named)) if named else stems


_FAMILY_STEMS = tuple(
    (cues, spelled_out(frozenset(stem(w) for w in words.split()))) for cues, words in _FAMILIES
)
# Words that name a subject of study on their own: one of a list of them ("Statistics, Computer
# Science, Engineering or Mathematics") shared with a degree is its subject. Not the words
# that name one only with another ("data science", "information systems").
_PART_WORDS = """data systems information technology computer science operations research medical
therapy exercise health healthcare quantitative financial statistical biological"""
SUBJECTS = frozenset().union(*(stems for _, stems in _FAMILY_STEMS)) - frozenset(
    stem(w) for w in _PART_WORDS.split()
)


def subject_family(text: str) -> frozenset[str] | None:
    """The subject stems a family phrase ("a technical discipline") accepts, or None."""
    low = " ".join(text.lower().replace("-", " ").split())  # "health-related field"
    for cues, stems in _FAMILY_STEMS:
        if any(cue in low for cue in cues):
            return stems
    return None


_ITEM_BREAKS = str.maketrans({",": "\n", ";": "\n", "/": "\n", "(": "\n", ")": "\n"})


def subject_items(text: str) -> list[frozenset[str]]:
    """The subjects a degree line lists, each as its stems ("Statistics, Electrical Engineering
    or Mathematics": three), those that name no subject left out ("related discipline")."""
    parts = text.translate(_ITEM_BREAKS).replace(" or ", "\n").replace(" and ", "\n")
    items = (spelled_out(frozenset(content_stems(p)) - DEGREE_STEMS) for p in parts.split("\n"))
    return [item for item in items if item & SUBJECTS]
