"""'Compare several': files dropped at once, chunked requests with progress, failures, cancel."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import JOB, RESUME, axe_violations, shoot
from tests.browser.test_rank_page import NAMES, ROWS, STRONG, WEAK, rank_mode

pytestmark = pytest.mark.browser

# Nine resumes: two pairs of identical texts in different chunks, so ties must keep input order.
NINE = [
    RESUME,
    STRONG,
    WEAK,
    RESUME,
    RESUME + "Docker Compose and Terraform.\n",
    WEAK + "Python scripts for stock.\n",
    STRONG + "Led a team of four.\n",
    "Kim Example\nDevOps engineer\n\nSKILLS\nKubernetes, Terraform, AWS\n",
    STRONG,
]
# Every text the progress line shows, in order, recorded as the page renders it.
RECORD_PROGRESS = """() => {
  window.__progress = [];
  const line = document.querySelector('#rank-progress');
  new MutationObserver(() => {
    const text = line.textContent;
    const seen = window.__progress;
    if (text && seen[seen.length - 1] !== text) seen.push(text);
  }).observe(line, {childList: true, characterData: true, subtree: true});
}"""
FILE_NAMES = "[...document.querySelectorAll('#rank-file-list li span')].map(s => s.textContent)"


def drop(page, target: str, files: list[tuple[str, str]]) -> None:
    """Drag `files` (name, text) over `target` and drop them there, as one DataTransfer."""
    transfer = page.evaluate_handle(
        """(files) => {
          const dt = new DataTransfer();
          for (const [name, text] of files) dt.items.add(new File([text], name, {lastModified: 1}));
          return dt;
        }""",
        files,
    )
    page.locator(target).dispatch_event("dragover", {"dataTransfer": transfer})
    page.locator(target).dispatch_event("drop", {"dataTransfer": transfer})


def paste(page, texts: list[str]) -> None:
    for _ in range(len(texts) - 2):
        page.get_by_role("button", name="Add another").click()
    for i, text in enumerate(texts, 1):
        page.get_by_role("textbox", name=f"Resume {i}", exact=True).fill(text)


def count_rank_requests(page) -> list[str]:
    sent: list[str] = []
    page.on("request", lambda r: r.url.endswith("/rank") and sent.append(r.method))
    return sent


def test_files_dropped_several_at_once_add_up_refuse_and_remove(page):
    rank_mode(page)
    card = page.locator("#rank-many-card")
    transfer = page.evaluate_handle("() => new DataTransfer()")
    card.dispatch_event("dragover", {"dataTransfer": transfer})
    expect(card.get_by_text("Drop the files to add them")).to_be_visible()
    drop(page, "#rank-many-card", [("strong.txt", STRONG), ("photo.png", "not an image")])
    expect(card.get_by_text("Drop the files to add them")).to_be_hidden()
    assert page.evaluate(FILE_NAMES) == ["strong.txt"]
    expect(page.locator("#rank-files-error")).to_have_text(
        "Not added: photo.png is not a PDF, Word (.docx) or text file."
    )

    # A second drop adds to the list; the same file again is refused, not ranked twice.
    drop(page, "#rank-many-card", [("weak.md", WEAK), ("cv.txt", RESUME), ("strong.txt", STRONG)])
    assert page.evaluate(FILE_NAMES) == ["strong.txt", "weak.md", "cv.txt"]
    expect(page.locator("#rank-files-error")).to_have_text(
        "Not added: strong.txt is already in the list."
    )
    # The picker adds too (same list, same checks).
    page.set_input_files(
        "#rank-files", {"name": "extra.txt", "mimeType": "text/plain", "buffer": WEAK.encode()}
    )
    assert page.evaluate(FILE_NAMES) == ["strong.txt", "weak.md", "cv.txt", "extra.txt"]
    expect(page.locator("#rank-files-error")).to_have_text("")
    assert axe_violations(page) == []

    # Removed by keyboard; focus moves to the next file's Remove button.
    page.get_by_role("button", name="Remove weak.md").focus()
    page.keyboard.press("Enter")
    assert page.evaluate(FILE_NAMES) == ["strong.txt", "cv.txt", "extra.txt"]
    expect(page.get_by_role("button", name="Remove cv.txt")).to_be_focused()
    page.get_by_role("button", name="Remove extra.txt").focus()
    page.keyboard.press("Enter")  # the last one: focus goes back to the one before
    expect(page.get_by_role("button", name="Remove cv.txt")).to_be_focused()

    page.get_by_role("button", name="Rank them").click()
    expect(page.locator("#rank-progress")).to_have_text("Ranked 2 of 2 resumes.")
    assert page.evaluate(NAMES) == ["strong.txt", "cv.txt"]


def test_fixed_side_from_a_dropped_or_picked_file(page):
    page.get_by_role("button", name="Compare several").click()
    card = page.locator("#rank-fixed-card")
    drop(page, "#rank-fixed-card", [("job.txt", JOB)])
    expect(page.locator("#rank-fixed")).to_have_value(JOB.strip())
    expect(card.locator("#rank-fixed-note")).to_have_text(
        "Text read from job.txt. Check it before ranking."
    )
    drop(page, "#rank-fixed-card", [("job.png", "no")])
    expect(page.locator("#rank-fixed-error")).to_have_text(
        "Not read: job.png is not a PDF, Word (.docx) or text file."
    )
    expect(page.locator("#rank-fixed")).to_have_value(JOB.strip())  # the text read before stays
    with page.expect_file_chooser() as chooser:
        card.get_by_role("button", name="Upload file").click()
    chooser.value.set_files({"name": "j.txt", "mimeType": "text/plain", "buffer": b"Python\n"})
    expect(page.locator("#rank-fixed")).to_have_value("Python")
    expect(page.locator("#rank-fixed-error")).to_have_text("")


def test_chunked_progress_and_the_order_of_one_request(page, live_server):
    rank_mode(page)
    paste(page, NINE)
    sent = count_rank_requests(page)
    page.evaluate(RECORD_PROGRESS)
    page.get_by_role("button", name="Rank them").click()
    expect(page.locator("#rank-progress")).to_have_text("Ranked 9 of 9 resumes.")
    expect(page.locator("#rank-progress")).to_have_attribute("role", "status")
    # Nine items in chunks of ceil(9 / 8) = 2: five requests, one after another.
    assert sent == ["POST"] * 5
    assert page.evaluate("window.__progress") == [
        "Ranking 9 resumes against the job…",
        "Ranked 2 of 9 resumes…",
        "Ranked 4 of 9 resumes…",
        "Ranked 6 of 9 resumes…",
        "Ranked 8 of 9 resumes…",
        "Ranked 9 of 9 resumes.",
    ]

    one = page.request.post(
        live_server + "/rank",
        data=json.dumps(
            {
                "job": JOB,
                "resumes": [{"id": f"Resume {i}", "text": t} for i, t in enumerate(NINE, 1)],
            }
        ),
        headers={"Content-Type": "application/json"},
    ).json()
    expected = [(r["rank"], r["id"], str(r["score"])) for r in one["items"]]
    shown = page.evaluate(
        f"{ROWS}.map(r => [Number(r.cells[0].textContent), r.cells[1].textContent.trim(),"
        " r.cells[2].textContent])"
    )
    assert [tuple(row) for row in shown] == expected
    # The ties are real: the identical texts have equal scores and keep their input order.
    assert [i for _, i, _ in expected].index("Resume 1") < [i for _, i, _ in expected].index(
        "Resume 4"
    )
    assert [i for _, i, _ in expected].index("Resume 2") < [i for _, i, _ in expected].index(
        "Resume 9"
    )


@pytest.mark.parametrize(
    ("status", "body", "said"),
    [
        (
            429,
            {"error": "rate_limited", "message": "Too many requests."},
            "The service is busy. The analysis service has too many requests right now. "
            "Wait about 20 seconds, then try again.",
        ),
        (
            413,
            {"error": "batch_too_large", "message": "The batch comes to 9 bytes; the limit is 1."},
            "That is too long. The batch comes to 9 bytes; the limit is 1.",
        ),
        (
            500,
            {"error": "internal_error", "message": "Something went wrong on our side."},
            "Something went wrong on our side. Nothing was lost. Try again in a moment.",
        ),
    ],
)
def test_a_failing_chunk_stops_and_keeps_the_rows_and_inputs(page, problems, status, body, said):
    problems.allow_failed_loads = True  # the failing chunk is logged by Chromium
    rank_mode(page)
    paste(page, [WEAK, STRONG, RESUME, WEAK, STRONG])
    page.set_input_files(
        "#rank-files", {"name": "cv.txt", "mimeType": "text/plain", "buffer": RESUME.encode()}
    )
    calls = []

    def third_fails(route):
        calls.append(1)
        if len(calls) == 3:
            headers = {"Content-Type": "application/json", "Retry-After": "20"}
            route.fulfill(status=status, body=json.dumps(body), headers=headers)
        else:
            route.continue_()

    page.route("**/rank", third_fails)
    page.get_by_role("button", name="Rank them").click()
    expect(page.locator("#rank-progress")).to_have_text("Stopped after 2 of 6 resumes.")
    expect(page.locator("#rank-error")).to_have_text(
        f"{said} The table keeps the 2 resumes ranked so far, "
        "and your texts and files are still here."
    )
    assert len(calls) == 3  # nothing sent after the failure
    assert sorted(page.evaluate(NAMES)) == ["Resume 1.txt", "Resume 2.txt"]
    assert [int(r) for r in page.evaluate(f"{ROWS}.map(r => r.cells[0].textContent)")] == [1, 2]
    for i, text in enumerate([WEAK, STRONG, RESUME, WEAK, STRONG], 1):
        expect(page.get_by_role("textbox", name=f"Resume {i}", exact=True)).to_have_value(text)
    assert page.evaluate(FILE_NAMES) == ["cv.txt"]
    if status == 429:
        assert axe_violations(page) == []
        shoot(page, "rank-chunk-failed")

    page.unroute("**/rank")
    page.get_by_role("button", name="Rank them").click()
    expect(page.locator("#rank-progress")).to_have_text("Ranked 6 of 6 resumes.")
    expect(page.locator("#rank-table tbody tr")).to_have_count(6)
    expect(page.locator("#rank-error")).to_be_hidden()


def test_no_connection_on_the_first_chunk_says_nothing_was_ranked(page, problems):
    problems.allow_failed_loads = True
    rank_mode(page)
    paste(page, [STRONG, WEAK, RESUME])
    page.route("**/rank", lambda route: route.abort("internetdisconnected"))
    page.get_by_role("button", name="Rank them").click()
    expect(page.locator("#rank-progress")).to_have_text("Stopped after 0 of 3 resumes.")
    expect(page.locator("#rank-error")).to_have_text(
        "Could not reach jobfit. Check your connection and try again. "
        "Nothing was ranked; your texts and files are still here."
    )
    expect(page.locator("#rank-table tbody tr")).to_have_count(0)
    expect(page.get_by_role("textbox", name="Resume 3", exact=True)).to_have_value(RESUME)


def test_an_edit_during_a_run_does_not_change_what_the_rest_is_ranked_against(page):
    rank_mode(page)
    paste(page, [STRONG, WEAK, RESUME])
    jobs, held = [], []

    def hold_the_second(route):
        jobs.append(route.request.post_data_json["job"])
        if len(jobs) == 2:
            held.append(route)
        else:
            route.continue_()

    page.route("**/rank", hold_the_second)
    page.get_by_role("button", name="Rank them").click()
    expect(page.locator("#rank-progress")).to_have_text("Ranked 1 of 3 resumes…")
    page.get_by_role("textbox", name="Job description").fill("Pastry chef")
    held[0].continue_()
    expect(page.locator("#rank-progress")).to_have_text("Ranked 3 of 3 resumes.")
    assert jobs == [JOB, JOB, JOB]


def test_cancel_aborts_the_current_chunk_and_says_what_was_kept(page):
    rank_mode(page)
    paste(page, [STRONG, WEAK, RESUME])
    held = []

    def hold_the_second(route):
        held.append(route)
        if len(held) != 2:
            route.continue_()  # the second is never answered: it is still running at Cancel

    page.route("**/rank", hold_the_second)
    page.get_by_role("button", name="Rank them").click()
    expect(page.locator("#rank-progress")).to_have_text("Ranked 1 of 3 resumes…")
    shoot(page, "rank-progress", full_page=False)
    assert axe_violations(page) == []  # while it runs: the live line, Cancel, the busy button
    page.get_by_role("button", name="Cancel").click()
    expect(page.locator("#rank-progress")).to_have_text(
        "Cancelled after 1 of 3 resumes. The table keeps the 1 resume ranked so far, "
        "and your texts and files are still here."
    )
    expect(page.get_by_role("button", name="Rank them")).to_be_focused()
    expect(page.get_by_role("button", name="Cancel")).to_be_hidden()
    assert page.evaluate(NAMES) == ["Resume 1"]
    assert len(held) == 2  # the third was never sent
    expect(page.locator("#rank-error")).to_be_hidden()


def test_with_a_model_engine_the_batch_goes_as_one_request(page):
    # The model judges the top K of the whole batch, so the page must not split it.
    page.evaluate("document.querySelector('[data-engine]').dataset.engine = 'openai'")
    rank_mode(page)
    paste(page, [WEAK, STRONG, RESUME])
    sent = count_rank_requests(page)
    page.get_by_role("button", name="Rank them").click()
    expect(page.locator("#rank-progress")).to_have_text("Ranked 3 of 3 resumes.")
    assert sent == ["POST"]
    assert page.evaluate(NAMES) == ["Resume 2", "Resume 3", "Resume 1"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_files_and_progress_axe_clean_on_phone(open_page, scheme):
    phone = open_page(viewport={"width": 375, "height": 812}, color_scheme=scheme, is_mobile=True)
    rank_mode(phone)
    drop(phone, "#rank-many-card", [("a-long-file-name-for-a-resume-2026.pdf.txt", STRONG)])
    drop(phone, "#rank-many-card", [("weak.txt", WEAK), ("photo.jpg", "x")])
    phone.get_by_role("button", name="Rank them").click()
    expect(phone.locator("#rank-progress")).to_have_text("Ranked 2 of 2 resumes.")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    # Off the button, and after its transition: while hovered, the dark primary button's white on
    # indigo-400 is below 4.5:1 (app.css, the single page's Analyze fit too; not this mode's own).
    phone.mouse.move(0, 0)
    phone.wait_for_timeout(400)
    assert axe_violations(phone) == []
    shoot(phone, f"rank-files-phone-{scheme}")


def test_removing_a_pasted_text_keeps_keyboard_focus(page):
    rank_mode(page)
    page.get_by_role("button", name="Remove Resume 2").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("textbox", name="Resume 2", exact=True)).to_have_count(0)
    expect(page.get_by_role("button", name="Add another")).to_be_focused()


def test_more_than_fifty_is_refused_before_sending(page):
    rank_mode(page)
    sent = count_rank_requests(page)
    drop(page, "#rank-many-card", [(f"cv{i}.txt", f"Resume {i}\nPython\n") for i in range(51)])
    page.get_by_role("textbox", name="Resume 1", exact=True).fill(RESUME)
    page.get_by_role("button", name="Rank them").click()
    expect(page.locator("#rank-error")).to_have_text("Rank up to 50 at once: remove 2 resumes.")
    assert sent == []
    page.get_by_role("button", name="Remove cv50.txt").click()
    page.get_by_role("button", name="Remove cv49.txt").click()
    page.get_by_role("button", name="Rank them").click()
    expect(page.locator("#rank-progress")).to_have_text("Ranked 50 of 50 resumes.")
    assert sent == ["POST"] * 8  # chunks of ceil(50 / 8) = 7


def test_a_quote_in_a_file_name_still_ranks(page):
    rank_mode(page)
    drop(page, "#rank-many-card", [('my "cv".txt', STRONG), ("b.txt", WEAK), ("c.txt", RESUME)])
    page.get_by_role("button", name="Rank them").click()
    expect(page.locator("#rank-progress")).to_have_text("Ranked 3 of 3 resumes.")
    assert page.evaluate(f"{ROWS}.map(r => r.cells[0].textContent)") == ["1", "2", "3"]
    assert page.evaluate(NAMES) == ['my "cv".txt', "c.txt", "b.txt"]  # the id comes back as sent
