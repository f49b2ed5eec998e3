"""Tokens, stems and verbatim segments."""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import pytest

from jobfit.offline import lines as offline_lines
from jobfit.offline import text as offline_text
from jobfit.offline.lines import clip, segments
from jobfit.offline.text import content_stems, singular, stem, tokenize


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("teams", "team"),
        ("policies", "policy"),
        ("processes", "process"),
        ("analysis", "analysis"),
        ("aws", "aws"),
        ("business", "business"),
        ("switches", "switch"),
    ],
)
def test_singular(word, expected):
    assert singular(word) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("recruiting", "recruited"),
        ("managing", "manages"),
        ("planning", "planned"),
        ("integration", "integrations"),
    ],
)
def test_stem_joins_word_forms(a, b):
    assert stem(a) == stem(b)


def test_tokens_keep_symbols_and_offsets():
    text = "C++, C#, .NET and node.js; CI/CD."
    tokens = tokenize(text)
    assert [t.lower for t in tokens] == ["c++", "c#", ".net", "and", "node.js", "ci", "cd"]
    assert all(text[t.start : t.end].lower() == t.lower for t in tokens)


def test_content_stems_drop_stop_and_generic_words():
    assert content_stems("Strong experience with the Recruiting of engineers") == {
        "recruit",
        "engin",
    }


def test_segments_are_trimmed_verbatim_substrings():
    text = "  • Led a team of 5.   \n\n\tBuilt   APIs  \n" + "Long sentence here. " * 20
    parts = segments(text)
    assert parts[:2] == ["Led a team of 5.", "Built   APIs"]
    assert all(p in text and p == p.strip() for p in parts)
    assert all(len(p) <= 240 for p in parts)


@pytest.mark.parametrize("limit", [10, 25, 60])
def test_clip_is_a_verbatim_prefix_cut_at_a_word(limit):
    text = "Designed and shipped a billing service handling two million invoices a month"
    cut = clip(text, limit)
    assert text.startswith(cut)
    assert len(cut) <= limit
    assert text[len(cut) : len(cut) + 1] in (" ", "")


@pytest.mark.parametrize("limit", [10, 25, 60])
def test_clip_cuts_at_a_tab_as_at_a_space(limit):
    # Before: only a space was a word boundary, so a text with tabs for spaces was cut mid-word.
    text = "Designed and shipped a billing service handling two million invoices a month"
    assert clip(text.replace(" ", "\t"), limit) == clip(text, limit).replace(" ", "\t")


def test_clip_keeps_short_text():
    assert clip("Short line", 200) == "Short line"


def test_a_wrapped_line_stays_one_verbatim_segment():
    text = (
        "Skills\nProduct management, Leadership, Project\nmanagement, Java\n2017 \u2013\nPresent\n"
    )
    text += "- Built APIs,\n- Led a team\n"
    parts = segments(text)
    assert parts == [
        "Skills",
        "Product management, Leadership, Project\nmanagement, Java",
        "2017 \u2013\nPresent",
        "Built APIs",
        "Led a team",
    ]
    assert all(p in text for p in parts)


def _lowered(parts: list[str]) -> list[str]:
    return [p.lower() for p in parts]


# A PDF's lines: a paragraph wrapped at the margin, a list broken mid-item, a heading.
PDF_TEXT = (
    "Seasoned Product Manager with over 20 years of experience in software development and\n"
    "Product management, having worked at three companies on products used by millions.\n"
    "Skills\n"
    "Product management, Agile methodologies, Leadership, Communication, Project\n"
    "management, User Experience Design\n"
    "Company Details\n"
    "company - Valuelabs\n"
    "description - Worked on the hiring pipeline from start to finish with the team\n"
    "Recruitment and onboarding of forty engineers across three offices in two years.\n"
)


@pytest.mark.parametrize("case", [str.lower, str.upper])
def test_wrapped_lines_are_found_without_capitals(case):
    # Before: a lower-case start joined a line to the one above only in a text with capitals,
    # so "company - Valuelabs" joined the heading above it, and the lower-cased resume did not.
    parts = segments(PDF_TEXT)
    assert _lowered(segments(case(PDF_TEXT))) == _lowered(parts)
    assert parts == [
        "Seasoned Product Manager with over 20 years of experience in software development and\n"
        "Product management, having worked at three companies on products used by millions.",
        "Skills",
        "Product management, Agile methodologies, Leadership, Communication, Project\n"
        "management, User Experience Design",
        "Company Details",
        "company - Valuelabs",
        "description - Worked on the hiring pipeline from start to finish with the team\n"
        "Recruitment and onboarding of forty engineers across three offices in two years.",
    ]


def test_tabs_for_spaces_wrap_the_same_lines():
    # Before: a comma list broken mid-item joined its next line only when ", " held a space,
    # so the same resume with tabs for spaces was cut into other pieces (one pair moved by 8).
    tabbed = PDF_TEXT.replace(" ", "\t")
    assert [s.replace("\t", " ") for s in segments(tabbed)] == segments(PDF_TEXT)


def test_a_heading_is_never_part_of_a_wrapped_line():
    text = "Led the migration of every billing service to the new platform, on time and\nSkills\n"
    text = "x" * 70 + "\n" + text
    assert segments(text, heading=lambda s: s == "Skills")[-1] == "Skills"


@pytest.mark.parametrize("case", [str, str.lower, str.upper])
def test_a_long_line_splits_into_sentences_in_any_case(case):
    # Before: a sentence had to start with a capital, so a lower-cased line stayed whole.
    line = case("Built the billing service in Django, e.g. invoices and refunds. " * 3)
    parts = segments(line.strip(), max_len=100)
    assert len(parts) == 3 and all(p.lower().startswith("built") for p in parts)


def test_a_full_line_does_not_wrap_into_a_title():
    # The line above fills the margin, but "SAP CONSULTANT" neither goes on to the margin nor
    # ends a sentence or an item: a new line, not the rest of the one above.
    text = (
        "January 2013 Diploma Computer Engineering, Maharashtra State Board of Education\n"
        "SAP CONSULTANT\n"
        "Implemented SAP MM and SD for three plants over two years, on time and on budget.\n"
    )
    assert len(segments(text)) == 3


def test_the_token_pattern_reads_as_its_ignorecase_form():
    # _TOKEN spells out the letters IGNORECASE would match (faster); the same tokens, always.
    folded = re.compile(r"(?<![a-z0-9])\.net\b|[a-z0-9]+(?:\.[a-z0-9]+)*[+#]*", re.IGNORECASE)
    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for c in chars:
        assert bool(offline_text._TOKEN.fullmatch(c)) is bool(folded.fullmatch(c)), hex(ord(c))
    for sample in ["ASP.NET, .NET; x.net .Net_ c++ C# node.JS \u212aubernetes \u017fql", chars]:
        spans = [m.span() for m in folded.finditer(sample)]
        assert [m.span() for m in offline_text._TOKEN.finditer(sample)] == spans


def test_the_word_forms_kept_are_bounded(monkeypatch):
    monkeypatch.setattr(offline_text, "_FORMS_KEPT", 2)
    monkeypatch.setattr(offline_text, "_forms", offline_text._Kept(offline_text._word_forms))
    assert [t.stem for t in tokenize("Managing managed managers")] == ["manag"] * 3
    assert len(offline_text._forms) <= 2


def test_content_stems_drop_numbers_and_single_letters():
    assert content_stems("5+ years, 10 K8s clusters, a C# and R API") == {
        "k8s",
        "clust",
        "c#",
        "api",
    }


def test_the_meant_stems_kept_are_bounded(monkeypatch):
    monkeypatch.setattr(offline_text, "_FORMS_KEPT", 2)
    monkeypatch.setattr(offline_text, "_meant", offline_text._Kept(offline_text._meaning))
    assert content_stems("Recruiting the recruited recruiters") == {"recruit"}
    assert len(offline_text._meant) <= 2


def _by_pattern(text: str) -> list[tuple[str, str, str, int, int]]:
    """tokenize() as _TOKEN alone reads it: the reference for the plain-word path."""
    out = []
    for m in offline_text._TOKEN.finditer(text):
        lower = m[0].lower()
        out.append((lower, singular(lower), stem(lower), m.start(), m.end()))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "Python",
        "  (Python, SQL).  ",
        "ASP.NET, .NET; x.net (.Net) .Net_ c++ C# node.JS. Go!",
        "(((x))) 'quoted' \"SQL\" [AWS]; e.g. 5+ years, 10+, 2018-2020",
        "a.b. \u212aubernetes \u017fql caf\u00e9 \u0130stanbul na\u00efve",
        "line one,\nline two\tand\u00a0three",
        "x.\n.net (.\u212aet) ((.NET)) .NET, .NET.",
    ],
)
def test_tokenize_finds_what_the_token_pattern_finds(text):
    assert tokenize(text) == _by_pattern(text)
    assert all(type(t) is offline_text.Token for t in tokenize(text))


def test_tokenize_finds_what_the_token_pattern_finds_in_random_text():
    alphabet = "aZ9 .+#(),;:!?'\"[]-/\n\tnNeEtT\u00a0\u00e9\u0130\u0131\u017f\u212a"
    rng = random.Random(12)
    for _ in range(20_000):
        text = "".join(rng.choices(alphabet, k=rng.randrange(12)))
        assert tokenize(text) == _by_pattern(text), repr(text)


def test_tokenize_finds_what_the_token_pattern_finds_in_dev_resumes():
    dev = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev-large.jsonl"
    if not dev.is_file():
        pytest.skip(f"{dev} is not here")
    rows = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines()]
    for text in {r["resume"] for r in rows} | {r["job"] for r in rows}:
        assert tokenize(text) == _by_pattern(text)


def test_a_run_read_once_has_its_tokens_where_each_copy_sits():
    # A run with punctuation is read once a process (text._chunks) and moved where it recurs.
    run = "(C++/SQL,"
    text = f"{run} x {run}  {run}"
    assert tokenize(text) == _by_pattern(text)
    assert [t.start for t in tokenize(text) if t.lower == "sql"] == [5, 17, 28]
    long = "a.b/" * 20  # longer than a kept run: read where it is, each time
    assert tokenize(f"{long} {long}") == _by_pattern(f"{long} {long}")


# segments' split as it was written before it was read from its first character: the reference.
_SPLIT_BEHIND = re.compile(
    r"(?<=[.!?;])(?<!e\.g\.)(?<!i\.e\.)(?<!etc\.)(?<!\bvs\.)\s++(?=[a-z0-9(\"'])"
    rf"|(?:(?<!\s)\s++)?[{offline_text.BULLETS}]\s*+",
    re.IGNORECASE,
)


def test_the_sentence_split_cuts_where_its_lookbehind_form_cuts_in_random_text():
    parts = [".", "!", "?", ";", " ", "  ", "\t", "\n", "\u00a0", "e.g.", "i.e.", "etc.", "vs."]
    parts += ["Vs.", "x", "A", "7", "(", '"', "'", "-", "ab", *offline_text.BULLETS]
    rng = random.Random(16)
    for _ in range(20_000):
        line = "".join(rng.choices(parts, k=rng.randrange(16)))
        assert offline_lines._SPLIT.split(line) == _SPLIT_BEHIND.split(line), repr(line)


def test_the_sentence_split_cuts_where_its_lookbehind_form_cuts_in_dev_resumes():
    dev = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev-large.jsonl"
    if not dev.is_file():
        pytest.skip(f"{dev} is not here")
    rows = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines()]
    for text in {r["resume"] for r in rows} | {r["job"] for r in rows}:
        for line in text.splitlines():
            assert offline_lines._SPLIT.split(line) == _SPLIT_BEHIND.split(line)
