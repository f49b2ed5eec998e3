"""Every failure the page handles: blank and too-long fields, API errors, network loss, cancel."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import JOB, RESUME, fill_and_analyze, shoot

pytestmark = pytest.mark.browser


def count_requests(page, path: str) -> list[str]:
    seen: list[str] = []
    page.on("request", lambda r: r.url.endswith(path) and seen.append(r.method))
    return seen


def test_blank_fields_get_hints_and_no_request(page):
    sent = count_requests(page, "/compare")
    page.get_by_role("textbox", name="Job description").fill("   \n  ")
    page.get_by_role("button", name="Analyze fit").click()

    resume = page.get_by_role("textbox", name="Your resume")
    expect(resume).to_be_focused()
    expect(resume).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#resume-error")).to_have_text("Paste your resume or upload it as a file.")
    expect(page.locator("#jobDesc-error")).to_have_text(
        "Paste the job description or upload it as a file."
    )
    # The hint is part of the field's accessible description.
    assert "resume-error" in resume.get_attribute("aria-describedby").split()
    assert sent == []
    shoot(page, "error-blank")

    resume.fill(RESUME)
    page.get_by_role("textbox", name="Job description").fill(JOB)
    page.get_by_role("button", name="Analyze fit").click()
    expect(page.locator("#score")).to_be_visible()
    expect(page.locator("#resume-error")).to_have_text("")
    expect(resume).to_have_attribute("aria-invalid", "false")


def test_too_long_text_is_counted_and_refused_before_sending(page):
    sent = count_requests(page, "/compare")
    too_long = "Python developer. " * 2800  # 50,400 characters
    page.get_by_role("textbox", name="Your resume").fill(too_long)
    page.get_by_role("textbox", name="Job description").fill(JOB)

    expect(page.locator("#resume-count")).to_have_text(
        "50,400 / 50,000 characters: 400 over the limit"
    )
    page.get_by_role("button", name="Analyze fit").click()
    expect(page.locator("#resume-error")).to_have_text(
        "This is over the 50,000-character limit; shorten it."
    )
    assert sent == []
    expect(page.get_by_role("textbox", name="Your resume")).to_have_value(too_long)


# What the API (or API Gateway in front of it) answers, and what the page must say.
API_FAILURES = [
    (
        413,
        {
            "error": "too_large",
            "message": "The field 'resume' has 60,000 characters; the limit is 50,000.",
        },
        "That is too long.",
        "The field 'resume' has 60,000",
    ),
    (
        503,
        {"error": "upstream_busy", "message": "busy"},
        "The service is busy.",
        "too many requests right now. Wait about 7 seconds, then try again.",
    ),
    (
        504,
        {"error": "upstream_timeout", "message": "slow"},
        "The analysis took too long.",
        "Try again; shorter texts are quicker.",
    ),
    (
        502,
        {"error": "upstream_unavailable", "message": "down"},
        "Something went wrong on our side.",
        "Nothing was lost. Try again in a moment.",
    ),
    (
        502,
        "<html><body>Bad Gateway</body></html>",
        "Something went wrong on our side.",
        "Nothing was lost.",
    ),
    (
        500,
        {"error": "internal_error", "message": "Something went wrong on our side."},
        "Something went wrong on our side.",
        "Try again in a moment.",
    ),
    (
        422,
        {"error": "model_refused", "message": "The model declined."},
        "The AI service declined to analyze this.",
        "The model declined.",
    ),
]


@pytest.mark.parametrize(("status", "body", "title", "message"), API_FAILURES)
def test_api_errors_are_explained_and_keep_the_text(page, problems, status, body, title, message):
    problems.allow_failed_loads = True
    is_json = isinstance(body, dict)
    page.route(
        "**/compare",
        lambda route: route.fulfill(
            status=status,
            content_type="application/json" if is_json else "text/html",
            body=json.dumps(body) if is_json else body,
            headers={"Retry-After": "7"} if status == 503 else {},
        ),
    )
    fill_and_analyze(page)

    alert = page.get_by_role("alert")
    expect(alert).to_contain_text(title)
    expect(alert).to_contain_text(message)
    expect(alert).to_contain_text("Your text is still in the fields above.")
    expect(alert).to_be_focused()
    expect(page.get_by_role("textbox", name="Your resume")).to_have_value(RESUME)
    expect(page.get_by_role("textbox", name="Job description")).to_have_value(JOB)
    expect(page.get_by_role("button", name="Analyze fit")).to_be_enabled()
    expect(page.locator("#report")).to_have_count(0)
    if status in (503, 504):
        shoot(page, f"error-{status}")


def test_try_again_after_a_failure_succeeds(page, problems):
    problems.allow_failed_loads = True
    page.route("**/compare", lambda route: route.fulfill(status=503, json={"error": "busy"}))
    fill_and_analyze(page)
    expect(page.get_by_role("alert")).to_contain_text("The service is busy.")

    page.unroute("**/compare")
    page.get_by_role("button", name="Try again").click()
    expect(page.locator("#score")).to_be_visible()
    expect(page.get_by_role("alert")).to_be_hidden()


def test_network_failure(page, problems):
    problems.allow_failed_loads = True
    page.route("**/compare", lambda route: route.abort("internetdisconnected"))
    fill_and_analyze(page)
    expect(page.get_by_role("alert")).to_contain_text(
        "Could not reach jobfit. Check your connection and try again."
    )
    expect(page.get_by_role("textbox", name="Your resume")).to_have_value(RESUME)


def test_progress_then_cancel(page, problems):
    problems.allow_failed_loads = True
    held = []
    # The request is held, never answered, until the page aborts it.
    page.route("**/compare", lambda route: held.append(route))
    fill_and_analyze(page)

    analyze = page.get_by_role("button", name="Analyzing…")
    expect(analyze).to_be_disabled()
    progress = page.get_by_role("status")
    expect(progress).to_contain_text("Analyzing your resume against the job…")
    expect(progress).to_contain_text(re.compile(r"\d+\.\d s"))
    # The elapsed time moves on while waiting.
    expect(progress.locator("span")).not_to_have_text("0.0 s")
    shoot(page, "progress")

    page.get_by_role("button", name="Cancel").click()
    expect(progress).to_be_hidden()
    expect(page.get_by_role("button", name="Analyze fit")).to_be_enabled()
    # Cancelling says so on the page and keeps keyboard focus in the form.
    expect(page.locator("#cancel-note")).to_have_text(
        "Analysis cancelled. Your text is still in the fields."
    )
    expect(page.get_by_role("button", name="Analyze fit")).to_be_focused()
    expect(page.locator("[aria-live=polite]")).to_have_text(
        "Analysis cancelled. Your text is still in the fields."
    )
    expect(page.get_by_role("alert")).to_be_hidden()
    expect(page.get_by_role("textbox", name="Your resume")).to_have_value(RESUME)
    assert len(held) == 1
