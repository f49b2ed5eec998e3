"""The draft: both texts survive reloading the tab, not a new tab; "Clear draft" forgets them."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import JOB, RESUME, STARTED, shoot

pytestmark = pytest.mark.browser

STORED = "sessionStorage.getItem('jobfit-draft')"


def test_draft_survives_reload_until_cleared(page, live_server):
    resume = page.get_by_role("textbox", name="Your resume")
    job = page.get_by_role("textbox", name="Job description")
    clear = page.get_by_role("button", name="Clear draft")
    expect(clear).to_be_hidden()
    resume.fill(RESUME)
    job.fill(JOB)
    expect(clear).to_be_visible()

    page.reload()
    page.wait_for_function(STARTED)
    expect(resume).to_have_value(RESUME)
    expect(job).to_have_value(JOB)
    shoot(page, "draft-restored", full_page=False)

    # sessionStorage belongs to the tab: a new tab starts empty.
    other = page.context.new_page()
    other.goto(live_server + "/")
    other.wait_for_function(STARTED)
    expect(other.get_by_role("textbox", name="Your resume")).to_have_value("")
    other.close()

    clear.click()
    expect(resume).to_have_value("")
    expect(job).to_have_value("")
    expect(resume).to_be_focused()
    expect(clear).to_be_hidden()
    expect(page.get_by_role("button", name="Restore my text")).to_be_hidden()
    assert page.evaluate(STORED) is None
    page.reload()
    page.wait_for_function(STARTED)
    expect(resume).to_have_value("")
    expect(job).to_have_value("")
