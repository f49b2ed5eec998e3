"""'Compare several' shows what reading a file found (hidden text...), as the single page does."""

from __future__ import annotations

import csv
import io
import json

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import JOB, RESUME, axe_violations, shoot
from tests.browser.test_rank_page import NAMES, STRONG, WEAK, rank_mode
from tests.test_rank_notices import SECRET, hidden_pdf

pytestmark = pytest.mark.browser

HIDDEN = "Hidden text in the file. 46 characters of hidden text (invisible text) were left out"
PDF = "application/pdf"


def download(page, button: str) -> str:
    with page.expect_download() as got:
        page.get_by_role("button", name=button).click()
    return got.value.path().read_text(encoding="utf-8")


def job_from_a_hidden_pdf(page) -> None:
    page.get_by_role("button", name="Compare several").click()
    page.set_input_files(
        "#rank-fixed-file", {"name": "job.pdf", "mimeType": PDF, "buffer": hidden_pdf(JOB)}
    )
    expect(page.locator("#rank-fixed-note")).to_have_text(
        "Text read from job.pdf. Check it before ranking."
    )


def test_the_job_file_s_warning_shows_at_the_input_and_in_every_report_and_export(open_page):
    page = open_page(permissions=["clipboard-read", "clipboard-write"])
    job_from_a_hidden_pdf(page)
    card = page.locator("#rank-fixed-card")
    expect(card.get_by_role("listitem")).to_have_text(
        f'{HIDDEN} of the analysis. They begin: "{SECRET}"'
    )
    expect(page.locator("#rank-fixed")).not_to_have_value(SECRET)
    page.get_by_role("textbox", name="Resume 1", exact=True).fill(STRONG)
    page.get_by_role("textbox", name="Resume 2", exact=True).fill(WEAK)
    page.get_by_role("button", name="Rank them").click()
    expect(page.locator("#rank-table tbody tr")).to_have_count(2)
    said = "Hidden text in the file. job.pdf (the job): 46 characters of hidden text"

    for name in ("Resume 2", "Resume 1"):  # every row's report, not only the first opened
        page.locator("#rank-table").get_by_role("button", name=name).click()
        warnings = page.get_by_role("region", name="Read this first")
        expect(warnings.get_by_role("listitem").first).to_contain_text(said)

    page.get_by_role("button", name="Copy as Markdown").click()
    markdown = page.evaluate("navigator.clipboard.readText()")
    assert (
        "## Warnings\n\n- **Hidden text in the file.** job.pdf (the job): 46 characters" in markdown
    )
    report = json.loads(download(page, "Download JSON"))
    assert report["warnings"][0]["code"] == "hidden_text"
    assert report["warnings"][0]["message"].startswith("job.pdf (the job): 46 characters")
    rows = list(csv.DictReader(io.StringIO(download(page, "Download CSV"))))
    assert rows and all(r["warnings"].startswith(said) for r in rows)

    # The table's Markdown says it once, above the table.
    table = download(page, "Download table (Markdown)")
    assert table.startswith(
        "# jobfit: resumes ranked\n\n> **Hidden text in the file.** job.pdf (the job):"
    )


def test_a_new_file_or_an_emptied_field_drops_the_old_warning(page):
    job_from_a_hidden_pdf(page)
    notices = page.locator("#rank-fixed-card").get_by_role("listitem")
    expect(notices).to_have_count(1)
    page.set_input_files(
        "#rank-fixed-file", {"name": "job.txt", "mimeType": "text/plain", "buffer": JOB.encode()}
    )
    expect(page.locator("#rank-fixed-note")).to_have_text(
        "Text read from job.txt. Check it before ranking."
    )
    expect(notices).to_have_count(0)
    job_from_a_hidden_pdf(page)
    expect(notices).to_have_count(1)
    page.locator("#rank-fixed").fill("")
    expect(notices).to_have_count(0)


def resumes_with_a_hidden_pdf(page) -> None:
    rank_mode(page)
    page.set_input_files(
        "#rank-files",
        [
            {"name": "cv.pdf", "mimeType": PDF, "buffer": hidden_pdf(STRONG)},
            {"name": "weak.txt", "mimeType": "text/plain", "buffer": WEAK.encode()},
        ],
    )
    page.get_by_role("textbox", name="Resume 1", exact=True).fill(RESUME)
    page.get_by_role("button", name="Rank them").click()
    expect(page.locator("#rank-table tbody tr")).to_have_count(3)


def test_a_file_s_warning_marks_its_row_its_exports_and_its_report(page):
    resumes_with_a_hidden_pdf(page)
    expect(page.locator("#rank-progress")).to_have_text(
        "Ranked 3 of 3 resumes; 1 file has warnings, marked in the table."
    )
    assert page.evaluate(NAMES)[2] == "weak.txt"
    row = page.locator("#rank-table tbody tr").filter(has=page.get_by_role("button", name="cv.pdf"))
    expect(row.locator("td").nth(1)).to_have_text("cv.pdf Hidden text in the file.")
    # The marker is text beside the button, so the button keeps the file's name.
    expect(row.get_by_role("button")).to_have_accessible_name("cv.pdf")
    others = page.locator("#rank-table tbody tr").filter(
        has_not=page.get_by_role("button", name="cv.pdf")
    )
    expect(others.get_by_text("Hidden text in the file.")).to_have_count(0)

    rows = list(csv.reader(io.StringIO(download(page, "Download table (CSV)"))))
    assert rows[0] == ["rank", "id", "score", "verdict", "top_gaps", "error", "file_warnings"]
    marks = {r[1]: r[6] for r in rows[1:]}
    assert marks == {"cv.pdf": "Hidden text in the file.", "Resume 1.txt": "", "weak.txt": ""}
    markdown = download(page, "Download table (Markdown)")
    assert "| rank | item | score | verdict | top gaps | error | file warnings |" in markdown
    assert [row for row in markdown.splitlines() if "cv.pdf" in row][0].endswith(
        "| Hidden text in the file. |"
    )

    row.get_by_role("button", name="cv.pdf").click()
    warnings = page.get_by_role("region", name="Read this first")
    expect(warnings.get_by_role("listitem").first).to_contain_text(HIDDEN)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_warnings_axe_clean_light_dark_and_phone(open_page, scheme):
    for name, options in (
        ("", {}),
        ("-phone", {"viewport": {"width": 375, "height": 812}, "is_mobile": True}),
    ):
        page = open_page(color_scheme=scheme, **options)
        job_from_a_hidden_pdf(page)
        page.set_input_files(
            "#rank-files",
            {
                "name": "a-long-file-name-for-a-resume-2026.pdf",
                "mimeType": PDF,
                "buffer": hidden_pdf(STRONG),
            },
        )
        page.get_by_role("textbox", name="Resume 1", exact=True).fill(WEAK)
        page.get_by_role("button", name="Rank them").click()
        expect(page.locator("#rank-progress")).to_have_text(
            "Ranked 2 of 2 resumes; 1 file has warnings, marked in the table."
        )
        page.mouse.move(0, 0)
        page.wait_for_timeout(400)
        assert axe_violations(page) == []
        if name:
            assert page.evaluate("document.documentElement.scrollWidth") <= 375
        shoot(page, f"rank-warnings{name}-{scheme}")
        # The row's report: both files' warnings in "Read this first", the job's first.
        page.locator("#rank-table tbody").get_by_role("button").first.click()
        card = page.get_by_role("region", name="Read this first").get_by_role("listitem")
        expect(card.nth(0)).to_contain_text("job.pdf (the job): 46 characters")
        expect(card.nth(1)).to_contain_text(HIDDEN)
        page.wait_for_timeout(700)  # the gauge's transition, before measuring contrast
        assert axe_violations(page) == []
        shoot(page, f"rank-warnings-report{name}-{scheme}")


def test_jobs_for_a_resume_read_from_a_file_name_it_as_your_resume(page):
    page.get_by_role("button", name="Compare several").click()
    page.get_by_role("radio", name="Rank jobs for one resume").check()
    cv = {"name": "cv.pdf", "mimeType": PDF, "buffer": hidden_pdf(STRONG)}
    page.set_input_files("#rank-fixed-file", cv)
    expect(page.locator("#rank-fixed-card").get_by_role("listitem")).to_contain_text(HIDDEN)
    page.get_by_role("textbox", name="Job 1", exact=True).fill(JOB)
    page.get_by_role("button", name="Rank them").click()
    page.locator("#rank-table").get_by_role("button", name="Job 1").click()
    warnings = page.get_by_role("region", name="Read this first").get_by_role("listitem")
    expect(warnings.first).to_contain_text(
        "Hidden text in the file. cv.pdf (your resume): 46 characters of hidden text"
    )
