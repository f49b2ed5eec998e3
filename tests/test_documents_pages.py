"""Page furniture in PDF text: page numbers and running heads and feet are dropped, text is kept."""

from __future__ import annotations

import pytest
from pdf_factory import line, make_pdf

from jobfit.documents import extract_document
from jobfit.documents._pages import drop_page_furniture
from tests.timing import best_seconds


def page(number: int, body: list[str], *, head: str = "Jane Doe - Resume", foot: str) -> str:
    rows = [head, *body, foot.format(n=number)]
    return "".join(line(72, 740 - 20 * i, text) for i, text in enumerate(rows))


@pytest.mark.parametrize(
    "foot", ["{n}/2", "{n} / 2", "Page {n} of 2", "page {n}", "- {n} -", "{n}"]
)
def test_two_page_pdf_loses_page_markers_and_repeated_head(foot):
    pdf = make_pdf([page(1, ["Python engineer"], foot=foot), page(2, ["Flask, AWS"], foot=foot)])
    result = extract_document(pdf, filename="cv.pdf")
    assert (result.text, result.pages) == (
        "Jane Doe - Resume\nPython engineer\n\nFlask, AWS",
        2,
    )


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        # Numbers that are not this page's marker stay: years, counts, fractions in sentences.
        (["Jane\n2019\nPython"], ["Jane\n2019\nPython"]),
        (["Jane\n3\nPython"], ["Jane\n3\nPython"]),
        (["Ran 1/2 marathons\nPython"], ["Ran 1/2 marathons\nPython"]),
        (["Jane\nPython\n3/2"], ["Jane\nPython\n3/2"]),
        # A running foot with the page number in it recurs; only its first copy is kept.
        (
            ["Jane Doe, page 1\nPython", "Jane Doe, page 2\nFlask", "Jane Doe, page 3\nAWS"],
            ["Jane Doe, page 1\nPython", "Flask", "AWS"],
        ),
        # A line on two of five pages is content, not a running head.
        (["Skills\na", "Skills\nb", "c", "d", "e"], ["Skills\na", "Skills\nb", "c", "d", "e"]),
        # Body lines far from the edges are never touched, even when they repeat.
        (
            [
                "Running head\nalpha\nbeta\nRepeated line\ngamma\ndelta\nRunning foot",
                "Running head\nomega\npsi\nRepeated line\nchi\nphi\nRunning foot",
            ],
            [
                "Running head\nalpha\nbeta\nRepeated line\ngamma\ndelta\nRunning foot",
                "omega\npsi\nRepeated line\nchi\nphi",
            ],
        ),
        (["Ünïcode ²\n" + "9" * 5000], ["Ünïcode ²\n" + "9" * 5000]),
        ([], []),
    ],
)
def test_drop_page_furniture(pages, expected):
    assert drop_page_furniture(pages) == expected


def test_time_grows_linearly_with_pages():
    def seconds(n: int) -> float:
        pages = [f"Jane Doe\n{'word ' * 200}\nline\n" * 20 + f"Page {i} of {n}" for i in range(n)]
        return best_seconds(lambda: drop_page_furniture(pages))

    seconds(10)  # warm up
    assert seconds(400) / seconds(100) < 8  # linear is 4; quadratic would be 16
