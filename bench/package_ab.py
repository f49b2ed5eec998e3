"""Compare the cold start of Lambda zips, interleaved so that machine load hits them alike.

    .venv/bin/python bench/package_ab.py RUNS A.zip B.zip [C.zip ...]

Unzips each, then RUNS times starts each one cold in turn (A, B, C, A, B, C...) in a fresh
stdlib-only interpreter (tests/lambda_driver.py) and serves GET / on the offline engine. Prints
the median and the fastest cold start to first byte of each, and each median's ratio to A's.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from lambda_driver import invoke, link_runtime, rest_event  # noqa: E402


def main() -> None:
    """Print the interleaved cold starts of the zips given."""
    runs, zips = int(sys.argv[1]), sys.argv[2:]
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        runtime = work / "runtime"
        runtime.mkdir()
        link_runtime(runtime)
        tasks = []
        for i, name in enumerate(zips):
            zipfile.ZipFile(name).extractall(work / str(i))
            tasks.append(work / str(i))
        seconds: list[list[float]] = [[] for _ in zips]
        for _ in range(runs):
            for task, seen in zip(tasks, seconds, strict=True):
                data = invoke(task, runtime, [rest_event("GET", "/")])
                phases = data["import_handler_seconds"] + data["init_app_seconds"]
                seen.append(phases + data["results"][0]["seconds"])
    first = statistics.median(seconds[0])
    for name, seen in zip(zips, seconds, strict=True):
        median = statistics.median(seen)
        print(
            f"{name}: cold start to first byte of GET /, median {median * 1000:.1f} ms, "
            f"fastest {min(seen) * 1000:.1f} ms, {median / first:.3f} x the first"
        )


if __name__ == "__main__":
    main()
