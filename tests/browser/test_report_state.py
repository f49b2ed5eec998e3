"""The report's life after it arrives: marked out of date by edits, and what its exports say."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import JOB, RESUME, ROOT, axe_violations, fill_and_analyze, shoot
from tests.browser.test_page import api_report
from tests.browser.test_theme import style

pytestmark = pytest.mark.browser


def download_json(page) -> dict:
    with page.expect_download() as download:
        page.get_by_role("button", name="Download JSON").click()
    return json.loads(download.value.path().read_text(encoding="utf-8"))


def test_edited_texts_mark_the_report_and_its_exports_out_of_date(open_page):
    page = open_page(permissions=["clipboard-read", "clipboard-write"])
    fill_and_analyze(page)
    expect(page.locator("#score")).to_be_visible()
    note = page.locator("#stale-note")
    expect(note).to_be_hidden()
    assert download_json(page)["compared"]["out_of_date"] is None

    resume = page.get_by_role("textbox", name="Your resume")
    resume.fill(RESUME + "Kubernetes\n")
    stale = (
        "Out of date: you changed your resume after this report was made. "
        "Analyze again to update it."
    )
    expect(note).to_have_text(stale)
    expect(note).to_be_visible()
    page.get_by_role("textbox", name="Job description").fill("Go developer")
    both = stale.replace("your resume", "your resume and the job description")
    expect(note).to_have_text(both)

    page.get_by_role("button", name="Copy as Markdown").click()
    markdown = page.evaluate("navigator.clipboard.readText()")
    assert f"\n\n> **{both}**\n\n**Score:** " in markdown
    assert download_json(page)["compared"]["out_of_date"] == both
    page.emulate_media(media="print")
    expect(note).to_be_visible()
    page.emulate_media(media="screen")
    shoot(page, "report-stale")

    # Analyzing again makes the report current.
    page.get_by_role("button", name="Analyze fit").click()
    expect(note).to_be_hidden()


def test_report_heading_scrolls_clear_of_the_top_edge(page):
    fill_and_analyze(page)
    expect(page.locator("#result-heading")).to_be_focused()
    page.wait_for_timeout(1500)  # the smooth scroll
    assert page.evaluate("window.scrollY") > 0
    top = page.locator("#result-heading").evaluate("(el) => el.getBoundingClientRect().top")
    assert top == 24  # scroll-mt-6


def test_copied_label_resets(open_page):
    page = open_page(permissions=["clipboard-read", "clipboard-write"])
    fill_and_analyze(page)
    page.get_by_role("button", name="Copy as Markdown").click()
    copied = page.get_by_role("button", name="Copied")
    expect(copied).to_be_visible()
    expect(copied).to_be_hidden(timeout=4000)
    expect(page.get_by_role("button", name="Copy as Markdown")).to_be_visible()


BRITISH = re.compile(r"\banalys(e|ed|es|ing)\b", re.IGNORECASE)


def test_page_speaks_us_english(page, problems):
    problems.allow_failed_loads = True
    for script in ("app.js", "later.js"):
        assert BRITISH.findall((ROOT / "static" / script).read_text(encoding="utf-8")) == []
    for template in (ROOT / "templates").glob("*.html"):
        assert BRITISH.findall(template.read_text(encoding="utf-8")) == [], template.name
    page.route("**/compare", lambda route: None)  # held: the page stays busy
    fill_and_analyze(page)
    expect(page.get_by_role("button", name="Analyzing…")).to_be_visible()
    assert BRITISH.findall(page.locator("body").inner_text()) == []


def download(page, button: str):
    with page.expect_download() as download:
        page.get_by_role("button", name=button).click()
    return download.value


def test_exports_name_the_posting_and_the_date(open_page):
    page = open_page(permissions=["clipboard-read", "clipboard-write"])
    fill_and_analyze(page, job="\n  =Senior Backend Engineer, Acme  \n" + JOB)
    expect(page.locator("#score")).to_be_visible()
    date = page.evaluate("new Date().toLocaleDateString('sv')")  # Swedish dates are YYYY-MM-DD
    posting = "=Senior Backend Engineer, Acme"
    subject = page.locator("#report-subject")
    expect(subject).to_have_text(f"{posting}, compared on {date}")
    name = f"jobfit-senior-backend-engineer-acme-{date}"

    page.get_by_role("button", name="Copy as Markdown").click()
    markdown = page.evaluate("navigator.clipboard.readText()")
    assert markdown.startswith(f"# Job fit report: {posting}\n\nCompared on {date}.\n\n**Score:** ")

    json_file = download(page, "Download JSON")
    assert json_file.suggested_filename == f"{name}.json"
    compared = json.loads(json_file.path().read_text(encoding="utf-8"))["compared"]
    assert compared == {"posting": posting, "date": date, "out_of_date": None}

    csv_file = download(page, "Download CSV")
    assert csv_file.suggested_filename == f"{name}.csv"
    rows = list(csv.reader(io.StringIO(csv_file.path().read_text(encoding="utf-8"))))
    assert rows[0] == [
        "posting", "date", "score", "verdict", "requirement", "importance", "status",
        "evidence", "out_of_date", "warnings",
    ]  # fmt: skip
    requirements = page.locator("#checklist > li")
    assert len(rows) == 1 + requirements.count()
    # A leading "=" is quoted so a spreadsheet shows the text instead of running a formula.
    assert rows[1][:2] == [f"'{posting}", date]
    assert rows[1][4] == requirements.first.locator("p").first.inner_text()

    # Print names the saved PDF through the document title, then restores it.
    page.evaluate("window.print = () => { window.printedAs = document.title; }")
    page.get_by_role("button", name="Print").click()
    for _ in range(50):
        if page.evaluate("window.printedAs") is not None:
            break
        page.wait_for_timeout(100)
    assert page.evaluate("window.printedAs") == name
    assert page.title() == "jobfit: how well does your resume fit the job?"
    page.emulate_media(media="print")
    expect(subject).to_be_visible()


def test_swapped_texts_are_flagged_and_swapped_in_one_click(page):
    fill_and_analyze(page, resume=JOB, job=RESUME)
    warnings = page.get_by_role("region", name="Read this first")
    expect(warnings).to_contain_text("The resume reads like a job posting")
    shoot(page, "report-swapped")
    page.get_by_role("button", name="Swap the texts").click()
    expect(page.get_by_role("textbox", name="Your resume")).to_have_value(RESUME)
    expect(page.get_by_role("textbox", name="Job description")).to_have_value(JOB)
    expect(page.get_by_role("button", name="Swap the texts")).to_have_count(0)
    expect(warnings).to_be_hidden()
    expect(page.locator("#stale-note")).to_be_hidden()
    # Undo puts the texts back where they were.
    page.get_by_role("button", name="Restore my text").click()
    expect(page.get_by_role("textbox", name="Your resume")).to_have_value(JOB)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_skills_can_be_highlighted_inside_the_texts(open_page, scheme):
    page = open_page(color_scheme=scheme)
    fill_and_analyze(page, resume=RESUME + "Postgresql-backed; pythonic\n")
    expect(page.locator("#score")).to_be_visible()
    toggle = page.get_by_role("button", name="Highlight skills in the texts")
    expect(toggle).to_have_attribute("aria-pressed", "false")
    expect(page.locator("#resume-marked")).to_have_count(0)

    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "true")
    resume, job = page.locator("#resume-marked"), page.locator("#jobDesc-marked")
    # The texts are shown whole, as text: marks only wrap the skills' own words.
    expect(resume.locator(".hl-met").first).to_be_visible()
    assert resume.evaluate("(el) => el.textContent") == RESUME + "Postgresql-backed; pythonic\n"
    met = resume.locator(".hl-met").all_inner_texts()
    expected = ["Python", "Flask", "PostgreSQL"] * 2 + ["Postgresql"]
    assert met == expected  # whole words only: "pythonic" is not Python
    assert "Kubernetes" in job.locator(".hl-missing").all_inner_texts()
    assert "Python" in job.locator(".hl-met").all_inner_texts()
    # A non-colour cue tells them apart: solid against wavy underlines.
    solid = resume.locator(".hl-met").first
    wavy = job.locator(".hl-missing").first
    assert style(solid, "textDecorationLine") == style(wavy, "textDecorationLine") == "underline"
    assert (style(solid, "textDecorationStyle"), style(wavy, "textDecorationStyle")) == (
        "solid",
        "wavy",
    )
    assert axe_violations(page) == []
    shoot(page, f"report-highlight-{scheme}")

    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "false")
    expect(resume).to_have_count(0)


def test_biggest_gains_are_shown_with_their_points(open_page, live_server):
    page = open_page(permissions=["clipboard-read", "clipboard-write"])
    expected = api_report(page, live_server)
    assert len(expected["gains"]) == 2
    fill_and_analyze(page)
    points = [(g["score"] - expected["score"], g["requirement"]) for g in expected["gains"]]
    expect(page.locator("#gains > li")).to_have_text([f"+{n} if you show: {r}" for n, r in points])
    page.get_by_role("button", name="Copy as Markdown").click()
    markdown = page.evaluate("navigator.clipboard.readText()")
    assert f"- +{points[0][0]} if you show: {points[0][1]}\n" in markdown
