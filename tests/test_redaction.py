"""Personal details replaced by placeholders, skills and employers kept, answers checked."""

from __future__ import annotations

import time

import pytest

from jobfit.redaction import (
    KINDS,
    Finding,
    Redacted,
    RedactionSummary,
    find_personal,
    redact,
    scrub,
)

RESUME = (
    "Jane Doe | jane.doe@example.com | +1 (555) 010-2030\n"
    "123 Main Street, Apt 4B, Springfield, IL 62704\n"
    "https://www.linkedin.com/in/janedoe - github.com/janedoe\n"
    "Summary\n"
    "Jane built C++ and Node.js services at Acme (2019 - 2021). Ask Jane Doe or JANE DOE.\n"
)


@pytest.mark.parametrize(
    ("text", "kind", "personal"),
    [
        ("Write to jane.doe@example.com today", "email", "jane.doe@example.com"),
        ("Email:jane_doe+jobs@mail.example.co.uk", "email", "jane_doe+jobs@mail.example.co.uk"),
        ("(j.doe@uni.edu)", "email", "j.doe@uni.edu"),
        ("Call +1 (555) 010-2030 now", "phone", "+1 (555) 010-2030"),
        ("Tel +44 20 7946 0958", "phone", "+44 20 7946 0958"),
        ("+91 98200 12345", "phone", "+91 98200 12345"),
        ("(+91) 98200-12345", "phone", "(+91) 98200-12345"),
        ("555.010.2030", "phone", "555.010.2030"),
        ("555-010-2030 ext. 42, evenings", "phone", "555-010-2030 ext. 42"),
        ("+1-555-010-2030 x123", "phone", "+1-555-010-2030 x123"),
        ("+33 1 23 45 67 89", "phone", "+33 1 23 45 67 89"),
        ("+49 (0) 30 1234567", "phone", "+49 (0) 30 1234567"),
        ("0049 30 1234567", "phone", "0049 30 1234567"),
        ("Mobile: 9820012345", "phone", "9820012345"),
        ("Mobile:9820012345Email", "phone", "9820012345"),
        ("Phone: 555-0102", "phone", "555-0102"),
        ("01 23 45 67 89", "phone", "01 23 45 67 89"),
        ("1-800-555-0199", "phone", "1-800-555-0199"),
        ("Site: https://janedoe.dev/portfolio.", "url", "https://janedoe.dev/portfolio"),
        ("see http://example.com", "url", "http://example.com"),
        ("www.janedoe.com", "url", "www.janedoe.com"),
        ("LinkedIn: linkedin.com/in/jane-doe", "url", "linkedin.com/in/jane-doe"),
        ("(www.linkedin.com/in/janedoe)", "url", "www.linkedin.com/in/janedoe"),
        ("Code at GitHub.com/janedoe, mostly Go", "url", "GitHub.com/janedoe"),
        ("123 Main Street", "address", "123 Main Street"),
        ("42 Elm St.\nSpringfield", "address", "42 Elm St."),
        ("1600 Pennsylvania Ave, Washington", "address", "1600 Pennsylvania Ave"),
        ("221B Baker Street, London", "address", "221B Baker Street"),
        ("12 Oak Road, Apt 4B", "address", "12 Oak Road, Apt 4B"),
        ("500 Sunset Blvd, Suite 200", "address", "500 Sunset Blvd, Suite 200"),
        ("9 Rose Lane | 555", "address", "9 Rose Lane"),
        ("123 Main St, Springfield, IL 62704", "address", "123 Main St, Springfield, IL 62704"),
    ],
)
def test_personal_details_are_replaced(text, kind, personal):
    out = redact(text, name="")
    assert out.text == text.replace(personal, f"[{kind.upper()}]")
    assert out.counts == {k: int(k == kind) for k in KINDS}
    assert out.values == ((kind, personal),)


@pytest.mark.parametrize(
    "text",
    [
        "C++, C#, F#, Node.js, ASP.NET, React.js, Vue.js, Node.js/Express",
        ".NET 6 and Python 3.11 on SQL Server 2008 R2",
        "B.Sc. in Physics, 3.5 GPA, CGPA 8.5",
        "2019 - 2021",
        "2019-2021",
        "Jan 2019 - Dec 2021",
        "2015 - 2016 (12 months)",
        "01/2016 - 12/2018",
        "Born 1990-07-04, married 04.07.2015",
        "401(k) and 403(b) plans",
        "a www folder, awww.example, the www",
        "Salary $120,000; bonus $1200000000; Rs. 5,00,000; ₹ 1200000000",
        "Budget 120000-150000 and 500000 - 700000 a year, 1000-5000 users",
        "Grew revenue 25% (1,200,000 users)",
        "Version 6.2.1, build 10.0.19041.1234, host 192.168.10.20",
        "Springfield, IL 62704 and ZIP 62704-1234",
        "ISO 9001-2015 and ISO/IEC 27001:2013",
        "PI 2013 700 448 A process for enzymes",
        "Marks 78 82 91 88 75",
        "Licence number 041.369585",
        "Argued 12 Supreme Court cases and improved 3 things along the way",
        "Won 2 First Place awards",
        "Worked on GitHub.com, LinkedIn and Amazon.com",
        "Led the 401 Highway project",
        "@mentions, user@ and foo@bar",
    ],
)
def test_skills_numbers_and_employers_are_kept(text):
    out = redact(text)
    assert out.text == text
    assert out.counts == dict.fromkeys(KINDS, 0)


def test_a_whole_resume():
    out = redact(RESUME)
    assert out.text == (
        "[NAME] | [EMAIL] | [PHONE]\n"
        "[ADDRESS]\n"
        "[URL] - [URL]\n"
        "Summary\n"
        "[NAME] built C++ and Node.js services at Acme (2019 - 2021). Ask [NAME] or [NAME].\n"
    )
    assert out.counts == {"email": 1, "phone": 1, "url": 2, "address": 1, "name": 4}
    assert out.name == "Jane Doe"
    assert out.summary(answer_removed=2) == RedactionSummary(
        email=1, phone=1, url=2, address=1, name=4, answer_removed=2
    )


def test_the_name_inside_an_email_stays_part_of_the_email():
    out = redact("Jane Doe\njane@doe.example\nDoe-Jane@example.com")
    assert out.text == "[NAME]\n[EMAIL]\n[EMAIL]"


def test_a_given_name_replaces_detection():
    out = redact("Senior Engineer\nWorked with Priya on Kafka. priya@example.com", name="Priya Rao")
    assert out.text == "Senior Engineer\nWorked with [NAME] on Kafka. [EMAIL]"


def test_common_name_words_alone_are_kept():
    # "Will" is an English word and "Ruby" a skill: alone they are not clearly the name.
    out = redact("Will Smith\nI will ship Ruby code. Will Smith and Smith.", name="Will Smith")
    assert out.text == "[NAME]\nI will ship Ruby code. [NAME] and [NAME]."
    out = redact("Ruby Chen\nWrote Ruby and Python. Chen led it.", name="Ruby Chen")
    assert out.text == "[NAME]\nWrote Ruby and Python. [NAME] led it."


def test_an_empty_name_turns_name_redaction_off():
    assert redact("Jane Doe\nJane codes.", name="").text == "Jane Doe\nJane codes."


def test_repr_never_shows_personal_values():
    out = redact(RESUME)
    assert "Jane" not in repr(out) and "example.com" not in repr(out) and "Main" not in repr(out)


def test_find_personal_spots_originals_in_any_case_or_format():
    answer = "Jane is great: call 555 010 2030 or JANE.DOE@example.com; see [URL]."
    found = find_personal(answer, redact(RESUME))
    assert found == [
        Finding("name", 0, 4),
        Finding("phone", 20, 32),
        Finding("email", 36, 56),
    ]
    assert find_personal(answer, RESUME) == found  # the original text works too
    assert scrub(answer, RESUME) == "[NAME] is great: call [PHONE] or [EMAIL]; see [URL]."


def test_find_personal_finds_urls_addresses_and_the_full_name():
    answer = "Jane Doe lives at 123 main street; profile GITHUB.COM/JANEDOE."
    assert [f.kind for f in find_personal(answer, RESUME)] == ["name", "address", "url"]


def test_find_personal_compares_phones_without_their_extension():
    out = redact("+1 (555) 010-2030 ext. 42, 555.010.9999 x7 or 555 010 7777", name="")
    answer = "Call 555-010-2030, (555) 010 9999 or 555-010-7777; not 555-010-1234."
    assert [answer[f.start : f.end] for f in find_personal(answer, out)] == [
        "555-010-2030",
        "(555) 010 9999",
        "555-010-7777",
    ]


@pytest.mark.parametrize(
    "answer",
    [
        "A strong fit: years of C++ and Node.js at Acme (2019 - 2021).",
        "The candidate ([NAME]) lists [EMAIL] and [PHONE].",
        "Call 555 010 9999 instead.",
        "jane is a lower-case word here, doe too.",
    ],
)
def test_find_personal_is_quiet_on_clean_answers(answer):
    assert find_personal(answer, redact(RESUME)) == []


def test_nothing_to_redact():
    out = redact("")
    assert (out.text, out.values, out.name) == ("", (), None)
    assert find_personal("anything", out) == []
    assert isinstance(out, Redacted)


def test_summary_is_a_strict_model():
    assert RedactionSummary().model_dump() == {
        "email": 0,
        "phone": 0,
        "url": 0,
        "address": 0,
        "name": 0,
        "answer_removed": 0,
    }
    with pytest.raises(ValueError):
        RedactionSummary(email=-1)
    with pytest.raises(ValueError):
        RedactionSummary(ssn=1)


# Strings that make careless patterns backtrack: long runs of what a match starts or continues with.
ADVERSARIAL = [
    "a",
    "1",
    "1-",
    "(1",
    "+1 ",
    "a@",
    "a.",
    "www.",
    "http://",
    "linkedin.",
    "1 Main ",
    "A ",
    "Jane ",
    "9 Elm St, ",
    "\n",
]


def _best_times(function, texts: list[str], rounds: int = 3) -> list[float]:
    # CPU time, best of three: on a shared machine wall time counts the other processes too.
    best = [float("inf")] * len(texts)
    for _ in range(rounds):
        for i, text in enumerate(texts):
            started = time.process_time()
            function(text)
            best[i] = min(best[i], time.process_time() - started)
    return best


@pytest.mark.parametrize("unit", ADVERSARIAL)
def test_time_grows_linearly(unit):
    def run(text: str) -> None:
        find_personal(text, redact(text, name="Jane Doe"))

    small, large = _best_times(run, [unit * (n // len(unit)) for n in (10_000, 50_000)])
    # Five times the text: about five times the time when linear, 25 when quadratic.
    assert large / small < 12
