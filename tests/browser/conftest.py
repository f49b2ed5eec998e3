"""Fixtures for the browser tests: the real app on a live local server, and Debian's Chromium."""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from app import create_app
from jobfit.config import Settings

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Runs before any page script; Playwright injects it outside the page's CSP.
WATCH_CSP = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""
# Alpine has started once it has removed every x-cloak.
STARTED = "window.Alpine !== undefined && document.querySelector('[x-cloak]') === null"
# Chromium logs every non-2xx fetch as a console error; tests of error paths expect those.
FAILED_LOAD = re.compile(r"^Failed to load resource")

RESUME = """Sam Example
Software engineer

EXPERIENCE
Backend developer at Acme (2017 - 2025)
- Built Python and Flask services on AWS with PostgreSQL.
- Wrote pytest suites and ran the CI pipeline.

SKILLS
Python, Flask, PostgreSQL, AWS, Docker
"""
JOB = """Backend Engineer

Requirements
- 5+ years of experience with Python
- Experience with Flask or Django
- PostgreSQL
- Kubernetes in production

Nice to have
- Terraform
"""


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    return path


@pytest.fixture(scope="session")
def live_server() -> Iterator[str]:
    """The real app, offline engine, served on a free port of 127.0.0.1 from a thread."""
    # The rate limit is off: every test's requests come from one address within a minute.
    config = {"TESTING": True, "JOBFIT_SETTINGS": Settings(), "RATELIMIT_ENABLED": False}
    app = create_app(config)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


class PageProblems:
    """Console errors, page errors, deprecations and CSP violations seen while a test ran."""

    def __init__(self) -> None:
        self.console: list[str] = []
        self.allow_failed_loads = False

    def issue(self, event: dict) -> None:
        # Lighthouse's best-practices score counts deprecations, which never reach the console.
        details = event["issue"]["details"].get("deprecationIssueDetails")
        if details is not None:
            self.console.append(f"deprecation: {details['type']}")

    def unexpected(self, page) -> list[str]:
        console = [
            m for m in self.console if not (self.allow_failed_loads and FAILED_LOAD.match(m))
        ]
        return console + [f"CSP: {v}" for v in page.evaluate("window.__csp || []")]


@pytest.fixture
def problems() -> PageProblems:
    return PageProblems()


def _open(browser, problems: PageProblems, **context_options):
    context = browser.new_context(**context_options)
    context.set_default_timeout(15_000)
    context.add_init_script(WATCH_CSP)
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and problems.console.append(m.text))
    page.on("pageerror", lambda e: problems.console.append(f"pageerror: {e}"))
    devtools = context.new_cdp_session(page)
    devtools.on("Audits.issueAdded", problems.issue)
    devtools.send("Audits.enable")
    return context, page


@pytest.fixture
def open_page(browser, live_server, problems):
    """Open the page in a fresh context; every page must end with no console or CSP errors."""
    opened = []

    def open_(path: str = "/", **context_options):
        context, page = _open(browser, problems, **context_options)
        opened.append((context, page))
        page.goto(live_server + path)
        page.wait_for_function(STARTED)
        return page

    yield open_
    for context, page in opened:
        assert problems.unexpected(page) == []
        context.close()


@pytest.fixture
def page(open_page):
    return open_page()


def shoot(page, name: str, *, full_page: bool = True) -> Path:
    """Save a screenshot under test-artifacts/ for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def axe_violations(page) -> list[dict]:
    """Run axe-core in the page (WCAG 2.x A/AA and best practices) and return its violations."""
    # Evaluated through the DevTools protocol, so the page's CSP does not block it.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', "
        "'wcag22aa', 'best-practice']})"
    )
    return [
        {"id": v["id"], "nodes": [n["target"] for n in v["nodes"]]} for v in result["violations"]
    ]


def fill_and_analyze(page, resume: str = RESUME, job: str = JOB) -> None:
    page.get_by_role("textbox", name="Your resume").fill(resume)
    page.get_by_role("textbox", name="Job description").fill(job)
    page.get_by_role("button", name="Analyze fit").click()
