"""Degrees and years of experience."""

from __future__ import annotations

import json
import random
from itertools import accumulate
from pathlib import Path

import pytest

from jobfit.offline import credentials, years
from jobfit.offline.credentials import degree_levels, degree_required
from jobfit.offline.degree_context import bare_degrees, is_degree
from jobfit.offline.degree_patterns import DEGREE_RES
from jobfit.offline.text import tokenize
from jobfit.offline.years import resume_years


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("BA/BS degree in Computer Science or equivalent practical experience.", {2}),
        ("MS or PhD in Statistics", {3, 4}),
        ("Bachelor's degree in Finance", {2}),
        ("B.Tech in Electronics", {2}),
        ("B.E. Mechanical, Pune University", {2}),
        ("MBA (Marketing)", {3}),
        ("Master of Science in Physics", {3}),
        ("Ph.D. in Linguistics", {4}),
        ("Diploma in Civil Engineering", {1}),
        ("LLB from Mumbai University", {2}),
        ("We will be there; ms word and me", set()),
        ("Experience with SQL", set()),
    ],
)
def test_degree_levels(text, levels):
    assert degree_levels(text) == levels


def test_degree_required_is_the_lowest_accepted():
    assert degree_required("MS or PhD in Computer Science") == 3
    assert degree_required("Experience with Python") is None


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("I have 6 years of experience in testing.", 6.0),
        ("Over 4+ yrs of industry experience", 4.0),
        ("PYTHON- Exprience - 36 months", 3.0),
        ("Acme 2012 - 2015\nBeta 2015 - 2018", 6.0),
        ("Acme 2012 - 2016\nBeta (part time) 2014 - 2016", 4.0),
        ("Acme, June 2016 to present\nCourse 2019", 10.0),  # to 2026, the tests' year
        # Numeric months, as resume builders write them.
        ("Acme 06/2012 - 08/2015\nBeta 09/2015 to 01/2018", 6.0),
        ("Acme 01/2014 to 12/2016\nBeta 1/2016 to Current", 12.0),
        ("Acme Oct 2010 - 12/2012", 2.0),
        ("Python, SQL and Excel", 0.0),
    ],
)
def test_resume_years(text, years):
    assert resume_years(text) == years


def _all_levels(text: str) -> set[int]:
    """degree_levels without the anchor and token gates: every pattern searched (those bound
    to capitals only in a mixed-case text; a one-case text reads its bare degrees instead)."""
    one_case = text.lower() == text or text.upper() == text
    levels = {
        level
        for i, (level, pattern) in enumerate(DEGREE_RES)
        if not (one_case and i in credentials._CASE_SENSITIVE)
        and any(is_degree(text, m) for m in pattern.finditer(text))
    }
    return levels | bare_degrees(text) if one_case else levels


@pytest.mark.parametrize(
    "text",
    [
        "Ph.D in physics",
        "PhD",
        "M.Tech, B.E",
        "MBA; M.B.A; MCA; M.Com; LL.M; LLM; PGDBM; post-graduate diploma",
        "B.Sc; BCom; B.Com; LLB; LL.B; BBA; BCA; four-year degree; college degree",
        "Associate's degree",
        "MS in CS, BS in EE, BA, MA, ME, BE, BTech, MSc",
        "\u0131ph.d",  # not ASCII: searched in full
        "Sales executive for eight years",
        # One degree a line, each starting a token in its own way (the token gate's cases).
        *("M. Sc in chemistry", "m sc", "B\tTech", "b. eng", "Ph D", "ph. d", "ma in history"),
        *("ms in physics", "ba in arts", "bs in math", "m.a.", "b.s", "c++msc", "MS2"),
        *("post graduate", "Post-Graduate", "PostGraduate", "undergraduate degree"),
        *("graduate degree", "University degree", "master's", "bachelors", "doctoral"),
        *("diploma", "associates degree", "four-year degree", "college degree", "x_msc"),
        "Managed members, best based masterclass",  # heads in words that name no degree
        # Bare degrees in one-case lines: read only where a token is one ("be+" ends in "+").
        *("2016 be pursuing", "education: me, 2019", "2016 be+ pursuing", "c++ be 2016"),
        *("2016 BE PURSUING", "will be in charge", "contact me"),
    ],
)
def test_the_degree_anchor_gate_changes_no_result(text):
    assert degree_levels(text) == degree_levels(text, tokenize(text)) == _all_levels(text)


def test_the_word_gate_is_bounded_and_keeps_its_answers(monkeypatch):
    monkeypatch.setattr(credentials, "_WORDS_KEPT", 2)
    credentials._degree_words.clear()
    lines = ["Managed the team", "MSc in physics", "masterclass", "worked on sales"]
    assert [degree_levels(ln, tokenize(ln)) for ln in lines] == [set(), {3}, set(), set()]
    assert len(credentials._degree_words) <= 2
    assert credentials._degree_words["msc"] == 1 << 1 | 1 << 5  # "msc" and "MSc"
    assert credentials._degree_words["be+"] == credentials.BARE | 1 << 6  # "be" and "BE"
    assert credentials._degree_words["ll.b"] == 1 << 1 | 1 << 2  # "ll.m" and "ll.b"
    assert credentials._degree_words["team"] == 0


@pytest.mark.parametrize(
    ("word", "mask"),
    [
        ("ms2", 1 << 5),  # "MS2": "MS", as no letter follows it
        ("ma.x", 1 << 5),
        ("msft", 0),
        ("maple", 0),
        ("ph.d", 1 << 0 | 1 << 4),
        ("university", credentials._NEEDS[2]),  # only in "university degree"
        ("associates", 1 << 3),  # "Associate of Science" needs no "degree"
        ("degree.next", credentials.DEGREE_WORD),
    ],
)
def test_a_word_says_which_patterns_it_can_start(word, mask):
    assert credentials._degree_words[word] == mask


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("Pune University", set()),
        ("Pune University, degree in arts", set()),
        ("University degree", {2}),
        ("Sales Associate", set()),
        ("associate's degree", {1}),
        ("Associate of Applied Science", {1}),
    ],
)
def test_university_and_associate_count_only_before_degree(text, levels):
    assert degree_levels(text, tokenize(text)) == levels == _all_levels(text)


def test_the_degree_anchor_gate_changes_no_result_on_dev_lines():
    dev = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev-large.jsonl"
    if not dev.is_file():
        pytest.skip(f"{dev} is not here")
    rows = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines()]
    lines = {ln for r in rows for t in (r["resume"], r["job"]) for ln in t.splitlines()}
    assert all(degree_levels(ln) == _all_levels(ln) for ln in lines)
    assert all(degree_levels(ln, tokenize(ln)) == _all_levels(ln) for ln in lines)


# Degree words in their spellings and cases, words that merely start like them, and what
# stands around a degree: what the word gates must never make the searches miss.
_DEGREE_PARTS = (
    "PhD|Ph.D|ph d|MS|M.S|ms in|MA|ma in|ME|me|BE|be|B.E.|b.e|BS|bs in|BA|ba|B.A|MSc|M. Sc|"
    "MTech|M.Tech|BTech|b tech|BCA|BBA|B.Com|LLB|ll.b|LL.M|MBA|m.b.a|MCA|PGDM|post graduate|"
    "Master's|masters|bachelor|Bachelors|doctorate|Doctoral|diploma|Associate's degree|"
    "associate|university degree|University|college|College Degree|four-year degree|four|"
    "graduate degree|graduate|undergraduate degree|degree|degrees|MS Office|Senior BA|"
    "BSN|MSN|msn|M.Ed.|m. ed|Ed.D.|Ed. D|EdD|DNP|Pharm.D|PsyD|MSW|MFA|BFA|BSW|B.Ed|A.A.S.|A.S.|"
    "a.s.a.p.|AAS|ADN|Associate of Applied Science|High School|high-school|GED|HSE|secondary|"
    "school|diploma|graduated from|G.E.D.|H.S.|teacher|M.C.A|B.C.A|H.S.C.|SSC|advanced|master|"
    "Master of|pages|"
    "SAMSUNG|Photoshop|MEDICAL|BASED|Managed|best|MS2|BE1|MA.x|2016|Education:|,|(|)|-|\n|x_|c++|\u0131"
).split("|")


def test_degrees_of_many_texts_at_once_are_each_texts_own():
    rng = random.Random(11)
    for _ in range(4000):
        texts = [
            " ".join(rng.choice(_DEGREE_PARTS) for _ in range(rng.randint(0, 5)))
            for _ in range(rng.randint(1, 5))
        ]
        each = [tokenize(t) for t in texts]
        ends = list(accumulate(map(len, each)))
        lowers = [t.lower for ts in each for t in ts]
        found = credentials.degree_levels_each(texts, lowers, ends)
        assert found == [_all_levels(t) for t in texts], texts
        assert [degree_levels(t, ts) for t, ts in zip(texts, each, strict=True)] == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("b.s. in computer science", {2}),
        ("bs in nursing", {2}),
        ("m.s. in data science", {3}),
        ("be in charge of the kitchen", set()),
    ],
)
def test_lower_case_degrees_keep_their_level(text, expected):
    assert degree_levels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June 2016 BE pursuing Computer science Pune", {2}),
        ("Education Details\nBE Dr.BAMU, Aurangabad", {2}),
        ("Education: MS, 2019", {3}),
        ("BE in Computer Engineering, 2016", {2}),
        ("The data will be stored in HDFS", set()),
        ("Contact me, any time", set()),
        ("Be in charge of the kitchen", set()),
        ("Able to be a team player", set()),
        # Before "degree", or joined to such a one (before: none of these in one case).
        ("BA or BS degree required", {2}),
        ("BS/MS degree in Physics", {2, 3}),
        ("We will be degree-free", set()),
    ],
)
@pytest.mark.parametrize("case", [str, str.lower, str.upper])
def test_a_bare_degree_is_told_by_its_place_not_its_case(text, expected, case):
    # Before: "BE" counted only in capitals, so "2016 be pursuing" lost its degree and
    # "WILL BE STORED" in an all-capitals resume was a bachelor's degree.
    assert degree_levels(case(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MS Office proficient", set()),
        ("MS Excel, MS Word", set()),
        ("MS in Computer Science", {3}),
        ("MS Word and an MS in Physics", {3}),
    ],
)
def test_ms_office_is_no_masters_degree(text, expected):
    assert degree_levels(text) == expected


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("MS SQL Server, MS Office", set()),
        ("Associate Degree, Austin Community College", {1}),
        ("Four-year degree or university degree", {2}),
        ("Post graduate diploma", {1, 3}),
    ],
)
def test_tabs_for_spaces_read_the_same_degrees(text, levels):
    # Before: "MS\tSQL" read as a master's and "Associate\tDegree" as no degree.
    assert degree_levels(text) == levels
    assert degree_levels(text.replace(" ", "\t")) == levels


@pytest.mark.parametrize(
    "text",
    [
        "2019 - 2021; 2019to2020; x2019 - 2020; _2019 - now; 1999–2001",
        "Jan 2018 to Sept, 2020\n(2015 - present) 202019 - 2021 20192020",
        "06/2015 - 08/2019; 2015 to 1/2020; 2015 - 123/2020; 2015 -/2020; 2015 - 12/20201",
        "\u0662\u0660\u0661\u0669 - 2020; 19\u0663\u0663 until today; 2020 2020 2020",
        "5 years experience; x5 years of work; 12.5 yrs exp; 3\u0663 years work; _4 years work",
        "\u0665 years of work; 7\tyears\nexperience",
        "10 years 6 months experience; 18 months; 2 months, 6months; a6 months; 1234 months",
        "",
    ],
)
def test_year_patterns_tried_where_a_year_starts_find_what_a_search_finds(text):
    assert _tried_as_searched(text)


def _tried_as_searched(text: str) -> bool:
    """The year patterns tried only where a year starts, and the totals only where digits
    start or just before their words, find what finditer finds."""
    tries = [
        (years._RANGE, years._centuries(text)),
        (years._EXPLICIT_YEARS, years._digit_runs(text)),
        (years._MONTHS, years._digit_runs(text)),
    ]
    low = text.lower()
    if len(low) == len(text):
        tries.append((years._EXPLICIT_YEARS, years._numbers_before(text, low, ("year", "yr"), 4)))
        tries.append((years._MONTHS, years._numbers_before(text, low, ("month",), 3)))
    return all(
        [m.span() for m in years._matches_at(p, text, starts)]
        == [m.span() for m in p.finditer(text)]
        for p, starts in tries
    )


def test_totals_tried_before_their_words_find_what_a_search_finds():
    rng = random.Random(14)
    parts = ["1", "12", "123", "2019", "12.5", ".5", "x", "_", "+", "++", " + ", " ", "\t", "\n"]
    parts += ["years", "YRS", "yr", "Year", "months", "MONTH", "experience", "work", "."]
    parts += ["\u0665", "\u017f", "\u212a", "\u0130"]
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 12)))
        assert _tried_as_searched(text), repr(text)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("5 YRS of industry experience", 5.0),
        ("18 Month work", 1.5),
        ("7 YEARS of \u017foftware work experience", 7.0),
        ("\u0130 have 6 years experience; 30 months", 6.0),
        ("2010 - 2015, 2019 - present and 2021", 12.0),
    ],
)
def test_resume_years_past_the_word_gates(text, years):
    assert resume_years(text) == years


def test_year_patterns_tried_where_a_year_starts_on_dev_texts():
    dev = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev-large.jsonl"
    if not dev.is_file():
        pytest.skip(f"{dev} is not here")
    rows = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines()]
    assert all(_tried_as_searched(t) for r in rows for t in (r["resume"], r["job"]))


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("Boston, MA, USA", set()),
        ("Teacher, Jackson, MS 2016 - present", set()),
        ("Engineer, Portland, ME 2016 - present", set()),
        ("Computer Science, MS, 2019", {3}),
        ("Stanford University, MA 2015", {3}),
        ("B.A., MA", {2, 3}),
    ],
)
@pytest.mark.parametrize("case", [str, str.lower])
def test_a_state_after_a_town_is_no_degree(text, levels, case):
    # Before: "Boston, MA" was a Master of Arts, so a B.A. met "Master's degree in English".
    assert degree_levels(case(text)) == levels


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("BSN, University of Maryland", {2}),
        ("MSN, Family Nurse Practitioner", {3}),
        ("M.Ed. Curriculum and Instruction", {3}),
        ("Ed.D. Educational Leadership", {4}),
        ("DNP, 2019", {4}),
        ("Pharm.D., 2015", {4}),
        ("A.A.S. Electronics Technology", {1}),
        ("Associate of Science in Nursing", {1}),
        ("High School Diploma, 2010", {0}),
        ("High school diploma or GED", {0}),
        ("Must have graduated from high school or have a G.E.D.", {0}),
        ("High School Math Teacher, Lincoln High School, 2015 - present", set()),
        ("Diploma in Civil Engineering", {1}),
        ("B.C.A from Pune University", {2}),
        ("H.S.C. 2010, S.S.C 2008", {0}),
        ("MBA or advanced graduate degree in a management field", {3}),
        ("Advanced degree in Physics", {3}),
        ("Graduate degree in Commerce", {2}),
        ("Advanced Excel skills", set()),
        ("It has five master pages and four common pages", set()),
        ("Master Electrician license; Scrum Master", set()),
        ("Master in Computer Applications", {3}),
        ("Reply a.s.a.p. please", set()),
        ("Sales Associate", set()),
    ],
)
def test_degrees_named_for_their_field_associates_and_high_school(text, levels):
    # Before: each of these but the last three named no degree, and high school was a diploma.
    assert degree_levels(text, tokenize(text)) == levels == _all_levels(text)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Ten years of experience in logistics", 10.0),
        ("Over a decade of experience in distribution", 10.0),
        ("TWENTY-FIVE YEARS OF INDUSTRY EXPERIENCE", 25.0),
        ("Two decades of work in sales", 20.0),
        ("Five (5) years of experience", 5.0),
        ("I was ten years old when we moved", 0.0),
        ("Ten years ago I started baking", 0.0),
    ],
)
def test_totals_in_words(text, years):
    # Before: a total in words counted for nothing.
    assert resume_years(text) == years
