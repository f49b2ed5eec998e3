#!/usr/bin/env bash
# Set up and run the app on a fresh machine, on the offline analyzer (no key needed).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.txt
exec .venv/bin/flask --app app run "$@"
