"""Personal details found and blanked."""

from __future__ import annotations

import pytest

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


def test_mask_keeps_length_and_offsets():
    line = "Call 555 010 2030 or write"
    masked = mask(line, personal_spans(line))
    assert len(masked) == len(line)
    assert "555" not in masked
    assert masked.startswith("Call ") and masked.endswith(" or write")
