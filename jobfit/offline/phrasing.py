"""Skills and fields in natural words: "Law" reads "legal work", "Payments" "payment systems".

The rules read only what skills.json says of a skill (its name, kind, fields and aliases), so
new entries get natural names without a list of phrasings kept beside the vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from jobfit.offline.vocabulary import Skill, skill_named, vocabulary

FIELD_LABELS = {
    "software": "software development",
    "web": "web development",
    "mobile": "mobile development",
    "database": "databases",
    "data_eng": "data engineering",
    "data_science": "data science and analytics",
    "cloud": "cloud infrastructure",
    "devops": "DevOps and operations engineering",
    "networking": "networking",
    "security": "security",
    "testing": "software testing and QA",
    "blockchain": "blockchain",
    "erp": "ERP and SAP",
    "embedded": "embedded and hardware",
    "electrical": "electrical engineering",
    "mechanical": "mechanical engineering and manufacturing",
    "civil": "civil engineering and construction",
    "hr": "HR and recruiting",
    "sales": "sales",
    "marketing": "marketing and communications",
    "finance": "finance and accounting",
    "legal": "law",
    "health": "health care",
    "fitness": "fitness and wellness",
    "design": "design and UX",
    "arts": "the arts",
    "project_mgmt": "project and program management",
    "business_analysis": "business analysis",
    "operations": "operations and supply chain",
    "education": "teaching and training",
    "office": "office administration",
    "writing": "writing and editing",
}
# Fields whose one-word skill names are products and techniques ("Python", "Hadoop"): kept as
# written. In the other fields a one-word name is an area of work ("Payroll", "Retail").
_TECH_FIELDS = frozenset(
    "software web mobile database data_eng data_science cloud devops networking security "
    "testing blockchain erp embedded electrical mechanical civil design".split()
)
# The noun that makes an area of work read as one: "payment systems", "retail work".
_SYSTEM_FIELDS = frozenset({"finance", "operations"})
# Endings of words that already name an activity or a discipline ("recruiting", "taxation").
_ACTIVITY = tuple(
    "ing tion sion ment ness ics ogy ance ence ship ysis ism ure ware age ity graphy".split()
)


_SMALL_WORDS = frozenset("a an and as at by for in of on or the to".split())


@dataclass(frozen=True)
class Phrase:
    """A skill in natural words, and the preposition "experience ..." takes before it."""

    text: str
    prep: str  # "with" for tools ("with Python"), "in" for areas of work ("in legal work")


def field_label(field: str | None) -> str | None:
    """A field's name in words ("legal" -> "law")."""
    return None if field is None else FIELD_LABELS.get(field, field.replace("_", " "))


def _tool_like(name: str) -> bool:
    """True for names written as products are: "AWS", "C++", "Node.js", "Google Cloud"."""
    words = name.split()
    if not name[:1].isupper() or any(not c.isalpha() and c not in " -'" for c in name):
        return True
    if any(c.isupper() for c in words[0][1:]):
        return True
    # "Google Cloud Platform", "Ruby on Rails": every word but the small ones capitalised.
    return len(words) > 1 and all(w[:1].isupper() for w in words if w not in _SMALL_WORDS)


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def _tech(skill: Skill) -> bool:
    return skill.fields[0] in _TECH_FIELDS


@cache
def _cased() -> frozenset[str]:
    """Names the vocabulary marks as proper nouns: a case rule ("^Excel"), "japanese language"."""
    return frozenset(
        a.skill.name
        for a in vocabulary().index.values()
        if (a.rule and a.surface == a.skill.name) or a.surface == f"{a.skill.name.lower()} language"
    )


def _common(word: str) -> bool:
    """True for a word that reads as a common noun: "Routing", "Infrastructure", "Metrics"."""
    return word.lower().endswith(_ACTIVITY) and len(word) > 6 or _has_singular(word)


@cache
def _tool_words() -> frozenset[str]:
    """One-word product names ("Linux", "Excel"): "Linux kernel" keeps its capital."""
    names = [s for s in vocabulary().skills if " " not in s.name and s.kind != "ignore"]
    return frozenset(
        s.name for s in names if s.name in _cased() or (_tech(s) and not _common(s.name))
    )


@cache
def _has_singular(name: str) -> bool:
    """True when a plural name lists its singular as an alias ("Metrics|metric"): a common noun."""
    single = _singular(name.lower())
    return single != name.lower() and any(
        a.skill.name == name and a.surface.lower() == single for a in vocabulary().index.values()
    )


@cache
def _adjective(name: str) -> str | None:
    """A one-word adjective the vocabulary writes for `name` ("Law" -> "legal"), if any."""
    for alias in vocabulary().index.values():
        surface = alias.surface
        if alias.skill.name == name and " " not in surface and surface.endswith("al"):
            return surface.lower()
    return None


def _credential(name: str) -> str:
    """A certification in a sentence: "the CPA certification", "a teaching certification"."""
    if any(c.isupper() for c in name[1:]):
        # An acronym or a brand ("CCNA", "CompTIA A+", "Certified ScrumMaster"): a proper noun.
        return name if "ertifi" in name else f"the {name} certification"
    lower = name[0].lower() + name[1:]  # "Teaching certification", "Guard card": common nouns
    return f"{'an' if lower[0] in 'aeiou' else 'a'} {lower}"


@cache
def _phrase(name: str) -> Phrase:
    skill: Skill = skill_named(name)
    if skill.kind == "cert":
        return Phrase(_credential(name), "with")
    if name in _cased():
        return Phrase(name, "in" if skill.kind == "soft" else "with")
    if _tool_like(name) or (" " in name and name.split()[0] in _tool_words()):
        return Phrase(name, "with")
    lower = name[0].lower() + name[1:]
    if skill.kind in ("domain", "soft", "role") or " " in name:
        return Phrase(lower, "in")
    single = _singular(lower)
    plural_thing = single != lower and single.endswith(("ment", "ship"))
    if _common(name) and not plural_thing:
        return Phrase(lower, "in")
    if _tech(skill):
        return Phrase(name, "with")
    adjective = _adjective(name)
    if adjective:
        return Phrase(f"{adjective} work", "in")
    if skill.fields[0] in _SYSTEM_FIELDS:
        return Phrase(f"{single} systems", "with")
    return Phrase(f"{single if plural_thing else lower} work", "in")


def natural(name: str) -> Phrase:
    """`name` (a vocabulary skill) in natural words, with its preposition."""
    return _phrase(name)


def experience(name: str) -> str:
    """ "experience with Python", "experience in legal work"."""
    p = natural(name)
    return f"experience {p.prep} {p.text}"
