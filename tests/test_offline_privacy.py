"""Personal details found and blanked."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from jobfit.offline import privacy
from jobfit.offline.privacy import mask, name_length, personal_spans


@pytest.mark.parametrize(
    "line",
    [
        "jane.doe@example.com",
        "Phone: +1 (555) 010-2030",
        "Mobile - 98200 12345",
        "Address: 12 Elm Street, Springfield",
        "Date of Birth: 04/07/1990",
        "DOB 1990-07-04",
        "Gender: Female",
        "Marital Status: Single",
        "https://www.linkedin.com/in/janedoe",
        "Mumbai, Maharashtra - 400097",
        "Springfield, IL 62704",
    ],
)
def test_personal_lines_are_found(line):
    assert personal_spans(line)


@pytest.mark.parametrize(
    "line",
    [
        "Worked at Acme from 2014 - 2018 on billing.",
        "Managed a budget of 1,200,000 USD.",
        "Python, SQL, Docker",
        "Reduced costs by 25% in 2019.",
    ],
)
def test_work_lines_are_kept(line):
    assert personal_spans(line) == []


@pytest.mark.parametrize(
    ("line", "is_name"),
    [
        ("Jane Doe", True),
        ("PRIYA SHARMA", True),
        ("Mary-Ann O'Neil", True),
        ("Maria Lopez, RN", True),
        ("Sam Lee, CPA, PMP", True),
        ("Software Engineer", False),
        ("Python Developer", False),
        ("Skills", False),
        ("Led migration to AWS in 2019", False),
    ],
)
def test_name_lines(line, is_name):
    assert (name_length(line) > 0) is is_name


@pytest.mark.parametrize(
    ("line", "length"),
    [
        ("jane doe", 8),
        ("maria lopez, rn", 11),
        ("MARIA LOPEZ, RN", 11),
        ("python developer", 0),
        ("led migration to aws in 2019", 0),
    ],
)
def test_a_name_in_one_case_is_a_name(line, length):
    # Before: "jane doe" was no name (no capitals), so it stayed in the analysed headline.
    assert name_length(line) == length


def test_mask_keeps_length_and_offsets():
    line = "Call 555 010 2030 or write"
    masked = mask(line, personal_spans(line))
    assert len(masked) == len(line)
    assert "555" not in masked
    assert masked.startswith("Call ") and masked.endswith(" or write")


def test_the_personal_anchor_gate_changes_no_result_on_dev_lines():
    dev = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev-large.jsonl"
    if not dev.is_file():
        pytest.skip(f"{dev} is not here")
    rows = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines()]
    lines = {ln for r in rows for ln in r["resume"].splitlines()}
    lines |= {"Mail: jo@x.io", "see www.example.com", "Born on 1 May", "Marital status single"}
    lines |= {"Call 98200 12345", "Phone: +1 (555) 010-2030", "Pin code: 400 001"}
    lines |= {"12 Elm St NW Apt 4", "40 North Maple Avenue", "Austin, TX 78701", "Pune - 411001"}
    lines |= {"Pune - 411 001", "pin 411001", "11 elm  court", "7 Way", "5 oak lane2"}
    assert all(personal_spans(line) == _ungated(line) for line in lines)


def test_a_line_is_searched_only_for_the_personal_words_its_text_holds():
    text = "Jo Doe\njo@x.io | WWW.jo.dev\nBorn on 1 May 1990\nPhoto: Jo at work\nPython, SQL"
    words = privacy.personal_words(text)
    assert words == ("@", "www.", "born", "photo")
    assert privacy.personal_words("Python, SQL") == ()
    for line in text.splitlines():
        assert personal_spans(line, words) == personal_spans(line) == _ungated(line)
    assert personal_spans("jo@x.io", ()) == []  # nothing looked for, nothing found


def test_the_personal_words_of_a_resume_change_no_result_on_dev_lines():
    dev = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev-large.jsonl"
    if not dev.is_file():
        pytest.skip(f"{dev} is not here")
    rows = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines()]
    for text in {r["resume"] for r in rows}:
        words = privacy.personal_words(text)
        assert all(personal_spans(ln, words) == _ungated(ln) for ln in text.splitlines())


def _ungated(line: str) -> list[tuple[int, int]]:
    """personal_spans with every search run: the reference for the anchor and digit gates."""
    phones = [
        m.span()
        for m in privacy._PHONE.finditer(line)
        if 9 <= sum(c.isdigit() for c in m.group()) <= 15
    ]
    spans = [m.span() for m in privacy._PERSONAL.finditer(line)] + phones
    if privacy._LABELLED.match(line):
        spans.append((0, len(line)))
    return sorted(spans)


@pytest.mark.parametrize(
    "line",
    ["Photo: Julia Rust", "Photo caption: Alex Kim", "[photo of James at work]", "(Headshot)"],
)
def test_a_photo_caption_is_personal(line):
    assert mask(line, personal_spans(line)).strip() == ""


@pytest.mark.parametrize("line", ["Image processing: OpenCV", "Built (image processing) tools"])
def test_image_work_is_no_caption(line):
    assert personal_spans(line) == []


# _NUMBERED as it was written before it was read from its first digit: the reference.
_NUMBERED_ALTERNATION = re.compile(
    r"\d{5}|\d{3}\s\d{3}|\d\s+(?:[a-z]+\s+){1,3}"
    r"(?:street|st|avenue|ave|road|rd|lane|ln|boulevard|blvd|drive|dr|court|ct|way|place|pl)\b"
)


def test_the_numbered_gate_finds_what_its_alternation_finds_in_random_text():
    rng = random.Random(16)
    parts = ["1", "23", "456", "7890", " ", "  ", "\n", "elm", "st", "street", "pl", "a", "x1", "-"]
    for _ in range(20000):
        line = "".join(rng.choice(parts) for _ in range(rng.randint(1, 12)))
        found = privacy._NUMBERED.search(line)
        assert bool(found) == bool(_NUMBERED_ALTERNATION.search(line)), line


def test_a_line_without_a_label_end_is_no_label_in_random_text():
    rng = random.Random(17)
    parts = ["Name", "full ", "E-mail", "DOB", "pin code", " ", "\t", ":", "-", "\u2013", "x", "7"]
    for _ in range(20000):
        line = "".join(rng.choice(parts) for _ in range(rng.randint(1, 6)))
        assert personal_spans(line) == _ungated(line), line
