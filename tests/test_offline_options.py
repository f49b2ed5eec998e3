"""Option groups: which skills of a requirement line are alternatives."""

from __future__ import annotations

import random

import pytest

from jobfit.offline import options
from jobfit.offline.matching import find_mentions
from jobfit.offline.options import option_groups


def groups(text: str) -> list[list[str]]:
    return [[s.name for s in g] for g in option_groups(text, find_mentions(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "REST APIs with Flask, Django or FastAPI",
            [["REST APIs"], ["Flask", "Django", "FastAPI"]],
        ),
        ("Experience with Docker and Kubernetes.", [["Docker"], ["Kubernetes"]]),
        ("Python/Scala", [["Python", "Scala"]]),
        ("Python and one of Flask or Django", [["Python"], ["Flask", "Django"]]),
        ("SQL (e.g. PostgreSQL, MySQL)", [["SQL", "PostgreSQL", "MySQL"]]),
        # Bilingual asks for every language it names, not any one of them.
        ("Bilingual (English/Spanish)", [["Multilingual"], ["English"], ["Spanish"]]),
        ("a framework such as React, Angular and Vue", [["React", "Angular", "Vue.js"]]),
        ("Kafka or other streaming systems", [["Kafka", "Stream processing"]]),
        ("Scripting in Python or Bash", [["Python", "Shell scripting"]]),
        (
            "any of the following: Tableau, Excel modeling and Power BI",
            [["Tableau", "Excel modeling", "Power BI"]],
        ),
    ],
)
def test_option_groups(text, expected):
    assert groups(text) == expected


def test_a_skill_named_twice_before_an_aside_is_no_crash():
    # A repeated skill once made the group ends and the groups differ in length.
    text = "SQL, Excel, SQL and Java (such as Spring)."
    groups = option_groups(text, find_mentions(text))
    assert [[s.name for s in g] for g in groups] == [["SQL"], ["Excel"], ["Java", "Spring"]]


_PARTS = [
    "at least one of the following",
    "one or more of these",
    "including but not limited to",
    "e.g.",
    "such as",
    "EITHER",
    "eıther",
    "Any Of",
    "ſome of",
    "x",
    "Python",
    "of",
    " ",
    "  ",
    "\u00a0",
    "\n",
    ":",
    ",",
    ".",
    "(",
]


def test_cue_and_choice_searches_find_what_a_search_from_every_character_finds():
    # The cue is tried only near the end of the text before a list, and the choice only in a
    # line that reads " of" or "ther": both must answer as the plain searches do.
    rng = random.Random(9)
    for _ in range(20000):
        text = "".join(rng.choice(_PARTS) for _ in range(rng.randint(0, 14)))
        assert options._ends_on_cue(text) == bool(options._CUE.search(text)), text
        lower = text.lower()
        if options._CHOICE.search(text):
            assert " of" in lower or "ther" in lower, text
