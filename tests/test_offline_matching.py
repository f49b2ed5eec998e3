"""Skill matching: aliases, token boundaries, plurals and case rules."""

from __future__ import annotations

import pytest

from jobfit.offline.matching import find_mentions


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
    assert find_mentions("SENIOR EXECUTIVE CHEF") == []  # the cook, not the Chef tool
    assert [m.skill.name for m in find_mentions("TOOLS: CHEF, PUPPET")] == ["Chef", "Puppet"]
