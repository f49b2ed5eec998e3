"""The page's "Compare several" in Chromium: one batch chunked (as shipped) against one request.

Serves the real app (offline engine, rate limit off) on 127.0.0.1, pastes N distinct resumes from
../shared/data/dev-large.jsonl (read by path) against the first posting, and times from "Rank them"
to the table's last row, alternating chunked and single runs in one browser. The single run is the
same page told its engine is a model engine, which sends the batch as one request. Usage:

    .venv/bin/python bench/rank_page.py --items 50 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import shutil
import statistics
import sys
import threading
from pathlib import Path

from playwright.sync_api import expect, sync_playwright
from werkzeug.serving import make_server

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import create_app  # noqa: E402
from jobfit.config import Settings  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "dev-large.jsonl"
FILL = """([job, texts]) => {
  const rank = Alpine.$data(document.querySelector('#rank-mode section'));
  rank.fixed = job;
  rank.items = texts.map((text, i) => ({key: 1000 + i, text}));
}"""


def run(page, url: str, job: str, texts: list[str], single: bool) -> tuple[float, int]:
    """Seconds from the click to "Ranked n of n", and how many /rank requests it took."""
    page.goto(url)
    expect(page.locator("[x-cloak]")).to_have_count(0)
    if single:
        page.evaluate("document.querySelector('[data-engine]').dataset.engine = 'openai'")
    page.get_by_role("button", name="Compare several").click()
    page.locator("#rank-fixed").wait_for()
    page.evaluate(FILL, [job, texts])
    sent: list[str] = []
    page.on("request", lambda r: r.url.endswith("/rank") and sent.append(r.url))
    started = page.evaluate("performance.now()")
    page.get_by_role("button", name="Rank them").click()
    done = re.compile(f"^Ranked {len(texts)} of {len(texts)} resumes")
    expect(page.locator("#rank-progress")).to_have_text(done, timeout=120_000)
    return (page.evaluate("performance.now()") - started) / 1000, len(sent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    texts = list(dict.fromkeys(r["resume"] for r in rows))[: args.items]
    job = rows[0]["job"]
    config = {"JOBFIT_SETTINGS": Settings(), "RATELIMIT_ENABLED": False}
    server = make_server("127.0.0.1", 0, create_app(config), threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/"
    times: dict[bool, list[float]] = {False: [], True: []}
    requests: dict[bool, int] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=shutil.which("chromium"), args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page()
        run(page, url, job, texts[:4], single=False)  # warm-up: imports, first analysis
        for _ in range(args.rounds):
            for single in (False, True):
                seconds, requests[single] = run(page, url, job, texts, single)
                times[single].append(seconds)
        browser.close()
    server.shutdown()
    print(f"{len(texts)} resumes against one job, {args.rounds} rounds, alternating")
    print("| run | requests | wall s, each round | median s |\n| --- | ---: | --- | ---: |")
    for single, name in ((False, "chunked (as shipped)"), (True, "one request")):
        each = ", ".join(f"{t:.2f}" for t in times[single])
        print(f"| {name} | {requests[single]} | {each} | {statistics.median(times[single]):.2f} |")
    ratio = statistics.median(times[False]) / statistics.median(times[True])
    print(f"chunked / one request (medians): {ratio:.2f}")


if __name__ == "__main__":
    main()
