#!/usr/bin/env bash
# Set up everything the tests need on a fresh machine (Debian + Python 3.11 + Node), then run them all.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Browser tests drive Debian's Chromium; Playwright cannot download its own browser here.
if ! command -v chromium >/dev/null 2>&1; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt

# Node is needed only for tests and the stale-asset check, never to run the app.
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
  npm run --silent check
fi

.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/python -m pytest "$@"
