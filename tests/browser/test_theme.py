"""Colours in both themes and in print: readable fields, visible focus rings, light paper."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS, axe_violations, shoot

pytestmark = pytest.mark.browser

# Resolves any CSS colour (Tailwind 4 writes oklch) to sRGB through a canvas, then to WCAG contrast.
CONTRAST = """([fg, bg]) => {
  const ctx = document.createElement('canvas').getContext('2d');
  const lum = (color) => {
    ctx.clearRect(0, 0, 1, 1); ctx.fillStyle = color; ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = Array.from(ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)).map((v) => {
      v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""


def contrast(page, fg: str, bg: str) -> float:
    return page.evaluate(CONTRAST, [fg, bg])


def style(locator, prop: str) -> str:
    return locator.evaluate(f"(el) => getComputedStyle(el).{prop}")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("phone", [False, True])
def test_focused_text_area_stays_readable(open_page, scheme, phone):
    size = {"width": 375, "height": 812} if phone else {"width": 1280, "height": 800}
    page = open_page(color_scheme=scheme, viewport=size, is_mobile=phone)
    field = page.get_by_role("textbox", name="Your resume")
    field.focus()
    field.fill("Python developer, typed and readable.")
    expect(field).to_be_focused()
    page.wait_for_timeout(200)  # .btn and fields have colour transitions
    text, background = style(field, "color"), style(field, "backgroundColor")
    assert contrast(page, text, background) >= 4.5, (scheme, text, background)
    assert axe_violations(page) == []
    shoot(page, f"focused-field-{scheme}{'-phone' if phone else ''}", full_page=False)


def pdf_pages(pdf: bytes) -> int:
    """Page objects in a PDF Chromium printed (its page tree lists each once as /Type /Page)."""
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_print_is_light_and_a_typical_report_fits_two_pages(open_page, scheme):
    page = open_page(color_scheme=scheme)
    page.get_by_role("button", name="Try an example").click()
    expect(page.get_by_role("textbox", name="Your resume")).not_to_have_value("")
    page.get_by_role("button", name="Analyze fit").click()
    expect(page.locator("#score")).to_be_visible()
    page.emulate_media(media="print", color_scheme=scheme)
    page.wait_for_timeout(700)  # transitions
    white = "rgb(255, 255, 255)"
    for card in page.locator("#report .card").all():
        assert style(card, "backgroundColor") == white
    for text in ["#summary", "#checklist li p", "#verdict", "#matched-skills li"]:
        node = page.locator(text).first
        assert contrast(page, style(node, "color"), white) >= 4.5, (scheme, text)
    for with_backgrounds in (True, False):
        pdf = page.pdf(format="A4", print_background=with_backgrounds)
        assert 1 <= pdf_pages(pdf) <= 2, (scheme, with_backgrounds)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"print-{scheme}.pdf").write_bytes(page.pdf(format="A4", print_background=True))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_focus_ring_on_card_buttons_has_three_to_one_contrast(open_page, scheme):
    page = open_page(color_scheme=scheme)
    button = page.locator("#resume-card").get_by_role("button", name="Upload file")
    page.get_by_role("link", name="jobfit").focus()
    while page.evaluate("document.activeElement.textContent.trim()") != "Upload file":
        page.keyboard.press("Tab")  # focus-visible: only keyboard focus shows the ring
    page.wait_for_timeout(200)
    assert style(button, "outlineStyle") == "solid"
    card = style(page.locator("#resume-card"), "backgroundColor")
    ring = style(button, "outlineColor")
    assert contrast(page, ring, card) >= 3, (scheme, ring, card)
