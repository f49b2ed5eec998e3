"""Page weight and Lighthouse scores of the page as built, beside the page built the original way.

The original way: the full (non-CSP) Alpine build as a CDN serves it, unminified Tailwind output and
unminified app.js (bundled), no CSP. Both are served gzip-compressed, as API Gateway does with
Zappa's default payload compression. Usage (after `npm ci`):

    .venv/bin/python bench/page.py            # bytes, then Lighthouse mobile and desktop
    .venv/bin/python bench/page.py --no-lighthouse
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from werkzeug.serving import make_server

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import create_app  # noqa: E402
from jobfit.config import Settings  # noqa: E402

OUT = ROOT / "bench" / "out"
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage "
    "--disable-background-networking --disable-component-update --disable-sync --no-first-run"
)
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
GZIP_LEVEL = 6  # zlib's default, what most gateways and servers use


def build_original(into: Path) -> dict[str, Path]:
    """Write the original-way assets and map the built page's static paths to them."""
    css = into / "app.css"
    subprocess.run(
        ["node_modules/.bin/tailwindcss", "-i", "assets/app.css", "-o", str(css)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    js = into / "app.js"  # assets/app.js imports assets/lib/: bundled, not minified
    subprocess.run(
        ["node_modules/.bin/esbuild", "assets/app.js", "--bundle", "--format=iife",
         f"--outfile={js}"],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    return {
        "/static/app.css": css,
        "/static/app.js": js,
        "/static/vendor/alpine-csp.min.js": ROOT / "node_modules/alpinejs/dist/cdn.min.js",
    }


def original_way(app, files: dict[str, Path]):
    """Serve `files` in place of the built assets, and drop the CSP the full Alpine build breaks."""

    def wsgi(environ, start_response):
        path = environ.get("PATH_INFO", "")
        if path in files:
            body = files[path].read_bytes()
            kind = "text/css" if path.endswith(".css") else "text/javascript"
            start_response("200 OK", [("Content-Type", kind), ("Content-Length", str(len(body)))])
            return [body]

        def start(status, headers, exc_info=None):
            headers = [(k, v) for k, v in headers if k.lower() != "content-security-policy"]
            return start_response(status, headers, exc_info)

        return app(environ, start)

    return wsgi


def gzipped(app):
    """Compress every response for clients that accept gzip, like API Gateway's compression."""

    def wsgi(environ, start_response):
        if "gzip" not in environ.get("HTTP_ACCEPT_ENCODING", ""):
            return app(environ, start_response)
        captured = {}

        def start(status, headers, exc_info=None):
            captured["status"], captured["headers"] = status, headers

        chunks = app(environ, start)
        try:
            body = b"".join(chunks)
        finally:
            getattr(chunks, "close", lambda: None)()
        packed = gzip.compress(body, GZIP_LEVEL, mtime=0)
        drop = {"content-length", "content-encoding"}
        headers = [(k, v) for k, v in captured["headers"] if k.lower() not in drop]
        headers += [
            ("Content-Encoding", "gzip"),
            ("Content-Length", str(len(packed))),
            ("Vary", "Accept-Encoding"),
        ]
        start_response(captured["status"], headers)
        return [packed]

    return wsgi


def serve(wsgi) -> tuple[str, object]:
    server = make_server("127.0.0.1", 0, wsgi, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}/", server


def first_load(url: str) -> list[dict]:
    """Every response of a first visit in Chromium: URL, decoded bytes, gzip bytes."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=shutil.which("chromium"), headless=True, args=CHROME_FLAGS.split()[1:]
        )
        page = browser.new_page()
        responses = []
        page.on("response", lambda r: responses.append(r))
        page.goto(url, wait_until="networkidle")
        rows, seen = [], set()
        for r in responses:
            if r.url in seen:  # the favicon is asked for twice; the second comes from cache
                continue
            seen.add(r.url)
            body = r.body()
            rows.append(
                {
                    "url": r.url.removeprefix(url.rstrip("/")),
                    "raw": len(body),
                    "gzip": len(gzip.compress(body, GZIP_LEVEL, mtime=0)),
                }
            )
        browser.close()
    return rows


def lighthouse(url: str, name: str, preset: str) -> dict:
    """Lighthouse category scores (0-100) and its total byte weight for `url`."""
    report = OUT / f"lighthouse-{name}-{preset}.json"
    cmd = [
        "node_modules/.bin/lighthouse", url, "--output=json", f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}", "--quiet",
    ]  # fmt: skip
    if preset == "desktop":
        cmd.append("--preset=desktop")
    env = {**os.environ, "CHROME_PATH": shutil.which("chromium") or "/usr/bin/chromium"}
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True)
    data = json.loads(report.read_text(encoding="utf-8"))
    scores = {c: round(data["categories"][c]["score"] * 100) for c in CATEGORIES}
    scores["bytes"] = int(data["audits"]["total-byte-weight"]["numericValue"])
    failed = [
        a["id"]
        for c in CATEGORIES
        for ref in data["categories"][c]["auditRefs"]
        if ref["weight"] and (a := data["audits"][ref["id"]])["score"] not in (None, 1)
    ]
    scores["failed"] = failed
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-lighthouse", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one line per request is noise here
    app = create_app({"JOBFIT_SETTINGS": Settings()})
    with tempfile.TemporaryDirectory() as tmp:
        files = build_original(Path(tmp))
        urls = {
            "built": serve(gzipped(app))[0],
            "original": serve(gzipped(original_way(app, files)))[0],
        }
        loads = {name: first_load(url) for name, url in urls.items()}
        for name, rows in loads.items():
            print(f"\n{name}: {urls[name]}")
            for row in rows:
                print(f"  {row['url']:<36} {row['raw']:>8,} B raw {row['gzip']:>8,} B gzip")
        totals = {
            name: {k: sum(r[k] for r in rows) for k in ("raw", "gzip")}
            for name, rows in loads.items()
        }
        print("\n| first load | raw bytes | gzip bytes |\n| --- | ---: | ---: |")
        for name, t in totals.items():
            print(f"| {name} | {t['raw']:,} | {t['gzip']:,} |")
        b, o = totals["built"], totals["original"]
        print(f"| built / original | {b['raw'] / o['raw']:.2f} | {b['gzip'] / o['gzip']:.2f} |")
        if args.no_lighthouse:
            return
        print("\n| Lighthouse | preset | perf | a11y | best practices | SEO | bytes | not passed |")
        print("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |")
        for preset in ("mobile", "desktop"):
            for name, url in urls.items():
                s = lighthouse(url, name, preset)
                cells = " | ".join(str(s[c]) for c in CATEGORIES)
                failed = ", ".join(s["failed"]) or "none"
                print(f"| {name} | {preset} | {cells} | {s['bytes']:,} | {failed} |")


if __name__ == "__main__":
    main()
