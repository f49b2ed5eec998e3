"""How long an upstream that trickles one byte a second holds POST /compare.

    .venv/bin/python bench/deadline.py [--interval 1.0] [--timeout 20]

Drives the app in-process on the OpenAI engine against tests/fake_openai.py on 127.0.0.1,
which sends its reply one byte every `--interval` seconds: the whole reply (status line and
headers too) or only the body, with JOBFIT_FALLBACK offline and none.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
from fake_openai import FakeOpenAI, answer  # noqa: E402
from test_llm import GOOD, JOB, RESUME  # noqa: E402

from app import create_app  # noqa: E402
from jobfit.config import Settings  # noqa: E402


def main() -> None:
    """Print, for each case, the status, what answered, the time it took and the bytes sent."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interval", type=float, default=1.0)
    parser.add_argument("--timeout", type=float, default=Settings.timeout_seconds)
    args = parser.parse_args()
    for body_only in (False, True):
        for fallback in ("offline", "none"):
            with FakeOpenAI() as fake:
                # The first request (another pair) only imports the SDK and builds its client.
                trickle = answer(GOOD, trickle=args.interval, trickle_body=body_only)
                fake.script(answer(GOOD), trickle)
                settings = Settings(
                    engine="openai",
                    openai_api_key="sk-bench",
                    openai_base_url=fake.url,
                    fallback=fallback,
                    timeout_seconds=args.timeout,
                )
                client = create_app({"TESTING": True, "JOBFIT_SETTINGS": settings}).test_client()
                client.post("/compare", json={"resume": "Warm up.", "jobDesc": "Python."})
                started = time.monotonic()
                response = client.post("/compare", json={"resume": RESUME, "jobDesc": JOB})
                took = time.monotonic() - started
                fake.hung_up.wait(5)
                body = response.get_json()
                what = body.get("error") or body["warnings"][-1]["code"]
                trickled = "body" if body_only else "whole reply"
                print(
                    f"{trickled:11} fallback={fallback:7} -> {response.status_code} {what} "
                    f"after {took:.2f} s (deadline {args.timeout:g} s), {fake.trickled} bytes sent"
                )


if __name__ == "__main__":
    main()
