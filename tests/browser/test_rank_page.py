"""The page's "Compare several" mode: rank pasted texts and files, sort, open a row, export."""

from __future__ import annotations

import csv
import io

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import JOB, RESUME, axe_violations, shoot

pytestmark = pytest.mark.browser

STRONG = RESUME + "Kubernetes in production since 2019.\nTerraform modules.\n"
WEAK = "Pat Example\nBaker\n\nEXPERIENCE\nBaked bread at a bakery (2015 - 2025).\n"
ROWS = "[...document.querySelectorAll('#rank-table tbody tr')]"
NUMBERS = ROWS + ".map(r => r.cells[2].textContent)"
NAMES = ROWS + ".map(r => r.cells[1].textContent.trim())"


def rank_mode(page) -> None:
    page.get_by_role("button", name="Compare several").click()
    expect(page.get_by_role("button", name="Compare several")).to_have_attribute(
        "aria-pressed", "true"
    )
    page.get_by_role("textbox", name="Job description").fill(JOB)


def paste_three(page) -> None:
    rank_mode(page)
    page.get_by_role("button", name="Add another").click()
    for name, text in (("Resume 1", WEAK), ("Resume 2", STRONG), ("Resume 3", RESUME)):
        page.get_by_role("textbox", name=name, exact=True).fill(text)
    page.get_by_role("button", name="Rank them").click()
    expect(page.locator("#rank-table tbody tr")).to_have_count(3)


def test_three_pasted_resumes_rank_sort_open_and_export(page):
    paste_three(page)
    scores = [int(s) for s in page.evaluate(NUMBERS)]
    assert scores == sorted(scores, reverse=True)
    assert page.evaluate(NAMES) == ["Resume 2", "Resume 3", "Resume 1"]
    score_header = page.locator("#rank-table th").nth(2)
    expect(score_header).to_have_attribute("aria-sort", "descending")

    page.get_by_role("button", name="Item").click()
    assert page.evaluate(NAMES) == ["Resume 1", "Resume 2", "Resume 3"]
    expect(page.locator("#rank-table th").nth(1)).to_have_attribute("aria-sort", "ascending")
    expect(score_header).to_have_attribute("aria-sort", "none")
    page.get_by_role("button", name="Score").click()
    assert page.evaluate(NAMES)[0] == "Resume 2"

    page.locator("#rank-table").get_by_role("button", name="Resume 3").click()
    expect(page.locator("#result-heading")).to_be_focused()
    expect(page.locator("#score")).to_have_text(str(scores[1]))
    expect(page.locator("#report-subject")).to_have_text("Resume 3: rank 2 of 3")
    expect(page.locator("#stale-note")).to_be_hidden()

    with page.expect_download() as download:
        page.get_by_role("button", name="Download table (CSV)").click()
    rows = list(csv.reader(io.StringIO(download.value.path().read_text(encoding="utf-8"))))
    assert rows[0] == ["rank", "id", "score", "verdict", "top_gaps", "error", "file_warnings"]
    assert [r[:3] for r in rows[1:]] == [
        ["1", "Resume 2", str(scores[0])],
        ["2", "Resume 3", str(scores[1])],
        ["3", "Resume 1", str(scores[2])],
    ]
    with page.expect_download() as download:
        page.get_by_role("button", name="Download table (Markdown)").click()
    markdown = download.value.path().read_text(encoding="utf-8")
    assert markdown.startswith("# jobfit: resumes ranked\n\n| rank | item | score |")
    assert f"| 1 | Resume 2 | {scores[0]} |" in markdown
    shoot(page, "rank-report")
    page.get_by_role("button", name="Edit the texts and analyze again").click()
    expect(page.locator("#rank-fixed")).to_be_focused()

    # Back to one resume, one job: the ranked item's report goes with the mode.
    page.get_by_role("button", name="One resume, one job").click()
    expect(page.locator("#report")).to_have_count(0)
    expect(page.get_by_role("textbox", name="Your resume")).to_be_visible()


def test_files_upload_and_a_failing_item_shows_its_error(page):
    rank_mode(page)
    page.set_input_files(
        "#rank-files",
        [
            {"name": "strong.txt", "mimeType": "text/plain", "buffer": STRONG.encode()},
            {"name": "weak.txt", "mimeType": "text/plain", "buffer": WEAK.encode()},
            {"name": "empty.txt", "mimeType": "text/plain", "buffer": b"   \n"},
        ],
    )
    page.get_by_role("textbox", name="Resume 1", exact=True).fill(RESUME)
    page.get_by_role("button", name="Rank them").click()
    expect(page.locator("#rank-table tbody tr")).to_have_count(4)
    assert page.evaluate(NAMES) == ["strong.txt", "Resume 1.txt", "weak.txt", "empty.txt"]
    failed = page.locator("#rank-table tbody tr").nth(3)
    expect(failed.locator("td").nth(0)).to_have_text("–")
    expect(failed.locator("td").nth(4)).not_to_have_text("")
    expect(failed.get_by_role("button")).to_have_count(0)


def test_missing_input_is_said_and_jobs_direction_relabels(page):
    page.get_by_role("button", name="Compare several").click()
    page.get_by_role("button", name="Rank them").click()
    expect(page.locator("#rank-error")).to_have_text("Paste the job description first.")
    page.get_by_role("textbox", name="Job description").fill(JOB)
    page.get_by_role("button", name="Rank them").click()
    expect(page.locator("#rank-error")).to_have_text("Add at least one resume.")
    page.get_by_role("radio", name="Rank jobs for one resume").check()
    expect(page.get_by_role("textbox", name="Your resume")).to_have_value(JOB)
    expect(page.get_by_role("textbox", name="Job 1", exact=True)).to_be_visible()


def test_keyboard_only(page):
    for _ in range(8):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Compare several":
            break
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Compare several")).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(page.locator("#rank-fixed")).to_be_visible()  # loaded on first use
    while page.evaluate("document.activeElement.id") != "rank-fixed":
        page.keyboard.press("Tab")
    page.keyboard.type(JOB)
    page.keyboard.press("Tab")
    page.keyboard.type(WEAK)
    while page.evaluate("document.activeElement.textContent.trim()") != "Add another":
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # adds a third and focuses it
    expect(page.get_by_role("textbox", name="Resume 3")).to_be_focused()
    page.keyboard.type(STRONG)
    while page.evaluate("document.activeElement.textContent.trim()") != "Rank them":
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#rank-table tbody tr")).to_have_count(2)  # the blank one is left out
    assert page.evaluate(NAMES) == ["Resume 3", "Resume 1"]
    page.locator("#rank-table").get_by_role("button", name="Resume 1").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#result-heading")).to_be_focused()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_and_phone(open_page, scheme):
    page = open_page(color_scheme=scheme)
    paste_three(page)
    page.locator("#rank-table").get_by_role("button", name="Resume 2").click()
    expect(page.locator("#score")).to_be_visible()
    page.wait_for_timeout(700)  # let the gauge transition finish before measuring contrast
    assert axe_violations(page) == []
    shoot(page, f"rank-{scheme}")

    phone = open_page(viewport={"width": 375, "height": 812}, color_scheme=scheme, is_mobile=True)
    paste_three(phone)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    shoot(phone, f"rank-phone-{scheme}")
