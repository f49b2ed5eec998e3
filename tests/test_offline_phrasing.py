"""Skill names in natural words, from what skills.json says of each skill."""

from __future__ import annotations

import pytest

from jobfit.offline.phrasing import experience, field_label, natural
from jobfit.offline.vocabulary import vocabulary


@pytest.mark.parametrize(
    ("name", "text", "prep"),
    [
        ("Law", "legal work", "in"),  # an adjective alias ("legal") names the work
        ("Payments", "payment systems", "with"),  # a plural thing in finance: its systems
        ("Sales", "sales", "in"),  # "sale" is an alias: a common noun
        ("Metrics", "metrics", "in"),
        ("Marketing", "marketing", "in"),  # already an activity
        ("Project management", "project management", "in"),
        ("Python", "Python", "with"),  # a product keeps its name
        ("Node.js", "Node.js", "with"),
        ("Google Cloud Platform", "Google Cloud Platform", "with"),
        ("Excel", "Excel", "with"),  # "^Excel": the vocabulary marks it a proper noun
        ("Linux kernel", "Linux kernel", "with"),  # "Linux" is a one-word product
        ("English", "English", "in"),  # "english language": a language keeps its capital
        ("Infrastructure", "infrastructure", "in"),
        ("CCNA", "the CCNA certification", "with"),
        ("Certified ScrumMaster", "Certified ScrumMaster", "with"),
        ("Teaching certification", "a teaching certification", "with"),  # a common noun
        ("Insurance license", "an insurance license", "with"),
        ("Healthcare", "healthcare", "in"),
    ],
)
def test_natural(name, text, prep):
    assert (natural(name).text, natural(name).prep) == (text, prep)


def test_experience_and_field_labels():
    assert experience("Law") == "experience in legal work"
    assert experience("Tally") == "experience with Tally"  # a product, not "tally systems"
    assert experience("Kubernetes") == "experience with Kubernetes"
    assert field_label("legal") == "law"
    assert field_label("new_field") == "new field"


def test_no_bare_capitalised_area_of_work_in_the_non_technical_fields():
    # Products the vocabulary marks as proper nouns ("^Tally") keep their capital.
    products = {a.skill.name for a in vocabulary().index.values() if a.rule == "^"}
    for skill in vocabulary().skills:
        if skill.kind != "skill" or skill.fields[0] not in ("legal", "hr", "sales", "finance"):
            continue
        if skill.name in products:
            continue
        phrase = natural(skill.name)
        bare = phrase.text == skill.name and skill.name.istitle() and " " not in skill.name
        assert not bare, skill.name
