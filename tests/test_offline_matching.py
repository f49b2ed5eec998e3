"""Skill matching: aliases, token boundaries, plurals and case rules."""

from __future__ import annotations

import random
from itertools import accumulate

import pytest

from jobfit.offline import matching
from jobfit.offline.matching import find_mentions
from jobfit.offline.text import tokenize


def names(text: str) -> list[str]:
    return [m.skill.name for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Wrote JS for the checkout page", "JavaScript"),
        ("Ran services on k8s", "Kubernetes"),
        ("Built ML models", "Machine learning"),
        ("Tuned Postgres queries", "PostgreSQL"),
        ("Services in golang", "Go"),
        ("APIs with nodejs", "Node.js"),
        ("A node.js service", "Node.js"),
        ("Deployed with CI/CD pipelines", "CI/CD"),
        ("Talent acquisition for sales teams", "Recruiting"),
        ("Drafted pleadings for the High Court", "Legal drafting"),
        ("Site engineer on RCC works", "Concrete"),
    ],
)
def test_aliases_map_to_the_normal_form(text, skill):
    assert skill in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Built a platform for payments", "Terraform"),
        ("Wrote JavaScript daily", "Java"),
        ("A tester of tforms", "Terraform"),
        ("Let us go to the office", "Go"),
        ("Go-live support for the rollout", "Go"),
        ("Rewards and Recognition (R&R) programs", "R"),
        ("Grade C in mathematics", "C"),
        ("Bachelor of Arts in Sociology", "Fine arts"),
        ("The rest of the team", "REST APIs"),
        ("Customer orders and invoices", "Logistics"),
        ("Control philosophy for the process plant", "Accountant"),
    ],
)
def test_no_match_inside_other_words_or_plain_english(text, absent):
    assert absent not in names(text)


def test_java_and_javascript_are_told_apart():
    assert names("Java, JavaScript and Java EE") == ["Java", "JavaScript", "Java"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C, C++, C# and .NET", ["C", "C++", "C#", ".NET"]),
        ("ASP.NET MVC with C#", ["ASP.NET", "C#"]),
        ("Languages: C/C++", ["C", "C++"]),
        ("Java, Go or Python", ["Java", "Go", "Python"]),
        ("Statistics in R, SAS and Python", ["Statistics", "R", "SAS", "Python"]),
    ],
)
def test_symbols_and_short_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("singular", "plural"),
    [
        ("database", "databases"),
        ("firewall", "firewalls"),
        ("REST API", "REST APIs"),
        ("microservice", "microservices"),
        ("stakeholder", "stakeholders"),
        ("security policy", "security policies"),
    ],
)
def test_plurals_match_like_singulars(singular, plural):
    assert names(f"Worked on {singular}") == names(f"Worked on {plural}")
    assert names(f"Worked on {plural}")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Swift and Spring Boot", ["Swift", "Spring"]), ("a swift reply in spring", [])],
)
def test_capitalised_only_names(text, expected):
    assert names(text) == expected


def test_longest_alias_wins():
    assert names("machine learning") == ["Machine learning"]
    assert names("ms sql server") == ["SQL"]


def test_mention_spans_point_at_the_text():
    text = "Docker, then Kubernetes."
    assert [text[m.start : m.end] for m in find_mentions(text)] == ["Docker", "Kubernetes"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Silicon Valley, CA, USA", []),
        ("Los Angeles, CA 90001", []),
        ("CPA, CA", ["CPA", "CA"]),  # a list of qualifications, not a town
        ("Qualified CA with 5 years in audit", ["CA"]),
    ],
)
def test_a_state_after_a_town_is_no_qualification(text, expected):
    assert [m.skill.name for m in find_mentions(text) if m.skill.name in ("CA", "CPA")] == expected
    # In one case too: before, "silicon valley, ca, usa" met "CPA or CA qualification".
    for case in (str.lower, str.upper):
        found = find_mentions(case(text), one_case=True)
        assert [m.skill.name for m in found if m.skill.name in ("CA", "CPA")] == expected


def test_one_case_text_finds_case_bound_skills_only_in_lists():
    # Capitals tell "Swift" from "swift" only when the text has capitals at all.
    assert [m.skill.name for m in find_mentions("skills: swift, kotlin", one_case=True)] == [
        "Swift",
        "Kotlin",
    ]
    assert find_mentions("a swift reply to every customer", one_case=True) == []


def test_a_word_in_capitals_is_no_capitalised_tool_name():
    # The cook (a culinary role), not the Chef tool
    assert [m.skill.name for m in find_mentions("SENIOR EXECUTIVE CHEF")] == ["Cook"]
    # A document in one case: a list of tools still names them.
    tools = find_mentions("TOOLS: CHEF, PUPPET", one_case=True)
    assert [m.skill.name for m in tools] == ["Chef", "Puppet"]
    # The Chef tool only in a list or with its own words: a chef's posting names no tool.
    assert find_mentions("Upscale Chef experience. Chef: 60k") == []
    assert [m.skill.name for m in find_mentions("Wrote Chef cookbooks")] == ["Chef"]


# Words that start aliases, roles and "ignore" phrases, case-bound words, state codes and
# plain words: what the alias walk has to get right, at every place in a text.
_PARTS = (
    "Python developer|machine learning|ms sql server|Bachelor of Arts|REST APIs|CPA, CA|"
    "Silicon Valley, CA|Go|go|C/C++|Swift|Spring Boot|state|a|on|project manager|data|"
    "Java, Go or Python|SQL|Flask|Chef|customer service|sales|\n|, |the team|R&R|node.js"
).split("|")


def _old_scan(text, tokens, keys, lo, hi, roles, one_case, loose):
    """The alias walk as it was, one step per word: the reference for the walk over starts."""
    index, lengths_from = matching.vocabulary().index, matching._alias_lengths()
    out, i = [], lo
    while i < hi:
        for n in lengths_from.get(keys[i], ()):
            alias = index.get(tuple(keys[i : i + n])) if n <= hi - i else None
            if alias is None or (alias.skill.kind == "role" and not roles):
                continue
            start, end = tokens[i].start, tokens[i + n - 1].end
            if not matching._accept(alias, text, start, end, one_case, loose):
                continue
            if alias.skill.kind != "ignore":
                out.append((alias.skill.name, start, end))
            if alias.skill.kind == "role" and n > 1:
                out += _old_scan(text, tokens, keys, i, i + n, False, one_case, loose)
            i += n
            break
        else:
            i += 1
    return out


def test_the_walk_over_alias_starts_finds_what_the_word_by_word_walk_found():
    rng = random.Random(12)
    for _ in range(3000):
        text = " ".join(rng.choice(_PARTS) for _ in range(rng.randint(0, 9)))
        tokens = tokenize(text)
        keys = matching.token_keys(tokens)
        for one_case, loose in ((False, False), (True, False), (True, True)):
            found = find_mentions(text, tokens, one_case=one_case, loose=loose)
            old = _old_scan(text, tokens, keys, 0, len(tokens), True, one_case, loose)
            assert [(m.skill.name, m.start, m.end) for m in found] == old, text


def test_mentions_of_many_texts_at_once_are_each_texts_own():
    rng = random.Random(13)
    for _ in range(1000):
        texts = [
            " ".join(rng.choice(_PARTS) for _ in range(rng.randint(0, 5)))
            for _ in range(rng.randint(1, 6))
        ]
        each = [tokenize(t) for t in texts]
        tokens = [t for ts in each for t in ts]
        ends = list(accumulate(map(len, each)))
        found = matching.mentions_each(texts, tokens, matching.token_keys(tokens), ends)
        assert found == [find_mentions(t, one_case=True) for t in texts], texts


def test_a_title_names_only_the_skills_of_its_own_field():
    names = [m.skill.name for m in find_mentions("Executive Chef, Account Executive")]
    assert names == ["Cook", "Sales executive"]  # not the Chef tool, not accounting
    assert [m.skill.name for m in find_mentions("Senior Python developer")] == [
        "Python developer",
        "Python",
    ]
