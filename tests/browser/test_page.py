"""The page in a real browser: the happy path, the report, keyboard, phone, dark mode, axe."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from jobfit.report import Report
from tests.browser.conftest import JOB, RESUME, axe_violations, fill_and_analyze, shoot

pytestmark = pytest.mark.browser

SCORE = re.compile(r"^\d{1,3}$")
EXAMPLE_RESUME = re.compile(r"^Jordan Rivera\n")
# What a keyboard user is on: a field's id, or a link's or button's text.
ACTIVE = "document.activeElement.id || document.activeElement.textContent.trim()"
VERDICT_LABELS = {"strong": "Strong fit", "partial": "Partial fit", "weak": "Weak fit"}


def api_report(page, live_server, resume=RESUME, job=JOB) -> dict:
    response = page.request.post(
        live_server + "/compare",
        data=json.dumps({"resume": resume, "jobDesc": job}),
        headers={"Content-Type": "application/json"},
    )
    assert response.status == 200
    return response.json()


def test_page_has_metadata_and_strict_csp(page, live_server):
    assert page.title() == "jobfit: how well does your resume fit the job?"
    description = page.locator("meta[name=description]").get_attribute("content")
    assert description.startswith("Paste or upload a resume and a job description")
    assert page.locator("meta[name=theme-color]").count() == 2
    assert page.locator("link[rel=icon]").get_attribute("href").startswith("/static/favicon.svg?v=")
    assert page.locator("html").get_attribute("lang") == "en"
    response = page.request.get(live_server + "/")
    csp = response.headers["content-security-policy"]
    script_src = next(d for d in csp.split(";") if d.strip().startswith("script-src"))
    assert script_src.split() == ["script-src", "'self'"]
    # Served markup has no inline code or styles (Alpine sets styles later through the CSSOM).
    html = response.text()
    assert re.findall(r"<script(?![^>]*\bsrc=)", html) == []
    assert re.findall(r"<style|\sstyle=|\son[a-z]+=", html) == []


def test_happy_path_shows_the_report_the_api_returns(page, live_server):
    expected = api_report(page, live_server)
    fill_and_analyze(page)

    expect(page.locator("#score")).to_have_text(str(expected["score"]))
    expect(page.locator("#verdict")).to_have_text(VERDICT_LABELS[expected["verdict"]])
    expect(page.locator("#summary")).to_have_text(expected["summary"])
    items = page.locator("#checklist > li")
    expect(items).to_have_count(len(expected["requirements"]))
    for item, req in zip(items.all(), expected["requirements"], strict=True):
        assert item.get_attribute("data-status") == req["status"]
        expect(item.locator("p").first).to_have_text(req["text"])
        expect(item.locator("blockquote")).to_have_count(len(req["evidence"]))
    expect(page.locator("#matched-skills > li")).to_have_count(len(expected["skills"]["matched"]))
    expect(page.locator("#missing-skills > li")).to_have_count(len(expected["skills"]["missing"]))
    expect(page.locator("#suggestions > li")).to_have_count(len(expected["suggestions"]))
    expect(page.get_by_text("Analyzed by the offline analyzer")).to_be_visible()
    # Screen readers: focus moves to the result heading and the live region announces it.
    expect(page.locator("#result-heading")).to_be_focused()
    expect(page.locator("[aria-live=polite]")).to_have_text(
        f"Report ready: {expected['score']} out of 100, "
        f"{VERDICT_LABELS[expected['verdict']].lower()}."
    )
    shoot(page, "report-light")


def test_example_button_fills_both_fields_and_analyses(page):
    page.get_by_role("button", name="Try an example").click()
    expect(page.get_by_role("textbox", name="Your resume")).to_have_value(EXAMPLE_RESUME)
    expect(page.get_by_role("textbox", name="Job description")).not_to_have_value("")
    count = page.locator("#resume-count").inner_text()
    assert count.endswith("/ 50,000 characters") and not count.startswith("0 ")
    page.get_by_role("button", name="Analyze fit").click()
    expect(page.locator("#score")).to_have_text(SCORE)


def test_copy_markdown_and_download_json(open_page, live_server):
    page = open_page(permissions=["clipboard-read", "clipboard-write"])
    expected = api_report(page, live_server)
    fill_and_analyze(page)
    expect(page.locator("#score")).to_have_text(str(expected["score"]))

    page.get_by_role("button", name="Copy as Markdown").click()
    expect(page.get_by_role("button", name="Copied")).to_be_visible()
    markdown = page.evaluate("navigator.clipboard.readText()")
    assert f"\n\n**Score:** {expected['score']}/100, " in markdown
    assert f"- [x] {expected['requirements'][0]['text']}" in markdown or (
        f"- [ ] {expected['requirements'][0]['text']}" in markdown
    )

    with page.expect_download() as download:
        page.get_by_role("button", name="Download JSON").click()
    assert download.value.suggested_filename.startswith("jobfit-backend-engineer-")
    exported = json.loads(download.value.path().read_text(encoding="utf-8"))
    assert exported.pop("compared")["out_of_date"] is None  # the rest: test_report_state
    assert exported == expected


def test_print_layout_shows_only_the_report(page):
    fill_and_analyze(page)
    expect(page.locator("#score")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.get_by_role("textbox", name="Your resume")).to_be_hidden()
    expect(page.get_by_role("button", name="Copy as Markdown")).to_be_hidden()
    expect(page.locator("#checklist")).to_be_visible()
    shoot(page, "print")


def test_keyboard_only(page):
    focused = []
    for _ in range(12):
        page.keyboard.press("Tab")
        focused.append(page.evaluate(ACTIVE))
        if focused[-1] == "resume-text":
            break
    assert focused[0] == "Skip to content"
    assert focused[-1] == "resume-text"
    page.keyboard.type("Python developer with Flask and PostgreSQL experience since 2015.")
    while page.evaluate("document.activeElement.id") != "jobDesc-text":
        page.keyboard.press("Tab")
    page.keyboard.type("Requirements\n- Python\n- Flask\n- Kubernetes")
    while page.evaluate("document.activeElement.textContent.trim()") != "Analyze fit":
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#result-heading")).to_be_focused()
    expect(page.locator("#score")).to_have_text(SCORE)

    # Space on a button works too, and Ctrl+Enter in a field analyses again.
    page.keyboard.press("Shift+Tab")
    page.get_by_role("button", name="Try an example").focus()
    page.keyboard.press("Space")
    expect(page.get_by_role("textbox", name="Your resume")).to_have_value(EXAMPLE_RESUME)
    page.get_by_role("textbox", name="Job description").focus()
    page.keyboard.press("Control+Enter")
    expect(page.locator("#result-heading")).to_be_focused()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_phone_viewport_has_no_horizontal_scroll(open_page, scheme):
    page = open_page(viewport={"width": 375, "height": 812}, color_scheme=scheme, is_mobile=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    shoot(page, f"phone-empty-{scheme}")
    page.get_by_role("button", name="Try an example").click()
    expect(page.get_by_role("textbox", name="Your resume")).not_to_have_value("")
    page.get_by_role("button", name="Analyze fit").click()
    expect(page.locator("#score")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    shoot(page, f"phone-report-{scheme}")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations(open_page, scheme):
    page = open_page(color_scheme=scheme)
    assert axe_violations(page) == []
    shoot(page, f"empty-{scheme}")
    page.get_by_role("button", name="Try an example").click()
    expect(page.get_by_role("textbox", name="Your resume")).not_to_have_value("")
    page.get_by_role("button", name="Analyze fit").click()
    expect(page.locator("#score")).to_be_visible()
    page.wait_for_timeout(700)  # let the gauge transition finish before measuring contrast
    assert axe_violations(page) == []
    shoot(page, f"report-{scheme}")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_primary_button_keeps_its_contrast_under_the_pointer(open_page, scheme):
    page = open_page(color_scheme=scheme)
    button = page.get_by_role("button", name="Analyze fit")
    button.hover()
    page.wait_for_timeout(300)  # the colour transition
    assert axe_violations(page) == []


def test_axe_harness_reports_a_planted_violation(page):
    # Guards the test above against passing because axe never ran.
    page.evaluate("document.querySelector('main').append(document.createElement('input'))")
    assert "label" in [v["id"] for v in axe_violations(page)]


def test_replaced_text_can_be_restored(page):
    resume = page.get_by_role("textbox", name="Your resume")
    resume.fill("My own resume, typed by hand.")
    restore = page.get_by_role("button", name="Restore my text")
    expect(restore).to_be_hidden()

    page.get_by_role("button", name="Try an example").click()
    expect(resume).to_have_value(EXAMPLE_RESUME)
    restore.click()
    expect(resume).to_have_value("My own resume, typed by hand.")
    expect(page.get_by_role("textbox", name="Job description")).to_have_value("")
    expect(restore).to_be_hidden()

    page.locator("#resume-card").get_by_role("button", name="Clear").click()
    expect(resume).to_have_value("")
    expect(resume).to_be_focused()
    restore.click()
    expect(resume).to_have_value("My own resume, typed by hand.")


def crafted_report(**changes) -> dict:
    """A valid Report (checked by the schema) that no engine would give for the test's texts."""
    report = {
        "score": 38,
        "verdict": "weak",
        "summary": "Little of the job is in the resume.",
        "requirements": [
            {"text": "Go", "importance": "required", "status": "missing", "evidence": []},
            {
                "text": "Kubernetes",
                "importance": "preferred",
                "status": "partial",
                "evidence": ["Ran <b>Docker</b> Swarm"],
            },
        ],
        "skills": {
            "matched": [{"name": "Docker", "job_mentions": 1, "resume_mentions": 2}],
            "missing": [{"name": "Go", "job_mentions": 3, "resume_mentions": 0}],
        },
        "suggestions": [],
        "warnings": [
            {"code": "prompt_injection", "message": "The resume talks to the screener."},
            {"code": "keyword_stuffing", "message": "'Docker' is repeated 30 times."},
            {"code": "llm_unavailable", "message": "The AI analysis was unavailable."},
            {"code": "something_new", "message": "A notice the page has no title for."},
        ],
        "engine": {
            "name": "openai",
            "version": "1",
            "model": "gpt-4o-mini",
            "prompt_version": "p3",
            "usage": {"input_tokens": 1200, "output_tokens": 34},
        },
    } | changes
    return Report.model_validate(report).model_dump(mode="json")


def test_warnings_engine_and_model_text_are_shown_as_text(page):
    report = crafted_report()
    page.route("**/compare", lambda route: route.fulfill(json=report))
    fill_and_analyze(page)

    expect(page.locator("#score")).to_have_text("38")
    expect(page.locator("#verdict")).to_have_text("Weak fit")
    warnings = page.get_by_role("region", name="Read this first").get_by_role("listitem")
    expect(warnings).to_have_text(
        [
            "Instructions aimed at the screener. The resume talks to the screener.",
            "Repeated keywords. 'Docker' is repeated 30 times.",
            "Offline fallback. The AI analysis was unavailable.",
            "Note. A notice the page has no title for.",
        ]
    )
    expect(
        page.get_by_text("Analyzed by OpenAI gpt-4o-mini, prompt p3, 1,234 tokens.")
    ).to_be_visible()
    # Model output is text, never markup.
    expect(page.locator("#checklist blockquote")).to_have_text("Ran <b>Docker</b> Swarm")
    expect(page.locator("#checklist b")).to_have_count(0)
    expect(page.get_by_text("Nothing to suggest.")).to_be_visible()
    expect(page.locator("#checklist > li")).to_have_count(2)
    expect(page.locator("#missing-skills > li")).to_have_text(["Go3 / 0"])
    shoot(page, "report-warnings")
