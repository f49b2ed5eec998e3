"""Suggestions: ordered by what they would change, in natural words, never inventing skills."""

from __future__ import annotations

import random
import re

from jobfit.offline import OfflineEngine
from jobfit.offline import suggestions as suggestions_module
from jobfit.offline.suggestions import suggestions

NUMBERS = "Cut costs by 20% for 30 teams in 2019."


def test_gaps_in_natural_words_required_first():
    gaps = [("Law", "required"), ("Payments", "duty"), ("Terraform", "preferred")]
    assert suggestions(gaps, [], NUMBERS) == [
        "The job requires experience in legal work, which the resume does not show. "
        "If you have done such work, describe one example under the role where it happened, "
        "with its result.",
        "The role involves work with payment systems, which the resume does not show. "
        "If you have used it, name it in the role where you did, with what you built or ran.",
        "The job prefers experience with Terraform, which the resume does not show. "
        "If you have used it, name it in the role where you did, with what you built or ran.",
    ]


def test_a_certificate_is_listed_only_if_held():
    [text] = suggestions([("CCNA", "required")], [], NUMBERS)
    assert text.startswith("The job requires the CCNA certification, which the resume does not")
    assert "If you hold it" in text


def test_suggests_numbers_only_when_the_resume_has_few():
    assert suggestions([], [], "Ran the team.")[-1].startswith("Quantify results")
    assert suggestions([], [], NUMBERS) == []


def test_requirement_lines_are_quoted_whole_or_paraphrased():
    job = (
        "Requirements\n"
        "- Experience with server-side web frameworks such as JSP or ASP.NET, together with "
        "a solid grasp of HTTP caching, sessions and the security pitfalls of each of them\n"
        "- Experience presenting to senior audiences\n"
    )
    report = OfflineEngine().analyze("Java developer, 2015 - 2024. Built Spring services.", job)
    text = " ".join(report.suggestions)
    assert '"Experience presenting to senior audiences"' in text
    assert "such as JSP or" not in text
    assert not re.search(r"\badd\b", text, re.IGNORECASE)


def test_years_advice_names_the_years_and_what_would_show_them():
    report = OfflineEngine().analyze(
        "Python developer. Built Django APIs.", "Requirements\n- 5+ years of Python\n"
    )
    assert (
        "The job asks for 5+ years of experience, and the resume gives no dates. "
        "Give start and end dates for each role so the years can be counted."
    ) in report.suggestions


def test_no_advice_on_lines_about_the_hiring_process():
    job = "Requirements\n- All resumes must be submitted online by Friday\n- Experience with Go\n"
    report = OfflineEngine().analyze("Java developer, 2015 - 2024. Built Spring services.", job)
    assert not any("submitted online" in s for s in report.suggestions)


def test_a_long_degree_line_is_paraphrased():
    job = (
        "Requirements\n- Bachelor's degree in Interior Design, Architecture, Industrial Design, "
        "Materials Science, Fine Arts or a closely related creative or technical discipline\n"
    )
    report = OfflineEngine().analyze("Designer, 2015 - 2024.\nB.A. in History, 2014", job)
    texts = report.suggestions
    assert any(s.startswith("The job asks for the degree it describes;") for s in texts)


def test_three_numbers_are_enough_to_not_ask_for_numbers():
    quantify = "Quantify results where you truthfully can (percentages, amounts, team sizes)."
    assert suggestions([], [], "Cut costs by 20% for 30 teams.") == [quantify]
    assert suggestions([], [], NUMBERS) == []
    assert suggestions([], [], NUMBERS + " Saved $5 on 400 orders, 12 times.") == []


# The plain form of suggestions._NUMBERS: the faster one must find the same numbers.
_PLAIN_NUMBERS = re.compile(r"(?<!\d)\d++\s*+%|[$€£₹]\s*+\d|\b\d{2,}\b")


def test_numbers_are_found_where_the_plain_pattern_finds_them():
    rng = random.Random(3)
    parts = ["1", "20", "305", "%", " %", "$", "€ ", "£", "x", "_", "a1", " ", "\n", "-", "٣"]
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 12)))
        found = [m.span() for m in suggestions_module._NUMBERS.finditer(text)]
        assert found == [m.span() for m in _PLAIN_NUMBERS.finditer(text)], text
