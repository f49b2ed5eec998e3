"""Fuzz /compare and /extract in-process with seeded hostile requests; count statuses.

    .venv/bin/python bench/fuzz.py [--requests 10000] [--seed 9]

The requests come from tests/fuzz_requests.py (JSON with odd fields and values, broken and deep
JSON, bad UTF-8, lone surrogates, multipart with random and damaged files, odd content types);
tests/test_api_fuzz.py runs a few hundred of them. The app runs the real offline engine with
production settings, the rate limit off. Prints the status and error-code histograms, and the
class of any unexpected error (a 5xx), never the request's text.
"""

from __future__ import annotations

import argparse
import collections
import json
import logging
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
from fuzz_requests import requests  # noqa: E402

from app import create_app  # noqa: E402
from jobfit.config import Settings  # noqa: E402


class Classes(logging.Handler):
    """Counts the error classes app.py logs for a 500."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = collections.Counter()

    def emit(self, record: logging.LogRecord) -> None:
        # Logged inside the except block: the innermost frame says where, without any text.
        name = record.args[-1] if record.args else record.getMessage()
        trace = traceback.extract_tb(sys.exc_info()[2])
        path = Path(trace[-1].filename) if trace else Path("?")
        path = path.relative_to(ROOT) if path.is_relative_to(ROOT) else Path(*path.parts[-2:])
        where = f"{path}:{trace[-1].lineno if trace else '?'}"
        self.seen[f"{name} at {where}"] += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    app = create_app({"JOBFIT_SETTINGS": Settings(), "RATELIMIT_ENABLED": False})
    classes = Classes()
    logging.getLogger("jobfit").addHandler(classes)
    client = app.test_client()
    statuses, codes, slowest = collections.Counter(), collections.Counter(), 0.0
    started = time.perf_counter()
    for path, kwargs in requests(args.seed, args.requests):
        began = time.perf_counter()
        response = client.post(path, **kwargs)
        slowest = max(slowest, time.perf_counter() - began)
        statuses[response.status_code] += 1
        body = response.get_json(silent=True)
        codes[body.get("error", "report" if "score" in body else "extracted") if body else "?"] += 1
    print(
        json.dumps(
            {
                "requests": args.requests,
                "seed": args.seed,
                "seconds": round(time.perf_counter() - started, 1),
                "slowest_request_s": round(slowest, 3),
                "statuses": dict(sorted(statuses.items())),
                "server_errors": sum(n for status, n in statuses.items() if status >= 500),
                "unexpected_error_classes": dict(classes.seen),
                "codes": dict(codes.most_common()),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
