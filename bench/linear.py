"""Time the offline analysis of issue 9's crafted texts at growing lengths (linear or not).

Usage: python bench/linear.py [--root PATH] [--sizes 1000,10000,50000] [--timeout 30]
                              [--repeat 3] [--only give_spaces,option_list]
--root runs another checkout's jobfit (e.g. main's, unpacked with `git archive`). Each run is a
subprocess killed at --timeout (wall clock), so a quadratic pattern costs at most that; once a
text times out, its longer sizes are not tried. Times are CPU seconds of analyze() alone (the
least of --repeat runs), so other work on a shared machine does not count. Prints a Markdown
table: seconds per size and t(largest)/t(smallest).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from hostile import CRAFTED, JOB, RESUME  # noqa: E402

SLOTS = ("resume", "job")


def child(root: str, name: str, size: int, slot: str, repeat: int) -> None:
    """Run in the subprocess: the least CPU time of `repeat` analyses, in seconds, on stdout."""
    sys.path.insert(0, root)
    from jobfit import analyze
    from jobfit.errors import JobfitError

    text = CRAFTED[name](size)
    resume, job = (text, JOB) if slot == "resume" else (RESUME, text)
    analyze(RESUME, JOB)  # warm up: the vocabulary loads on the first analysis
    best, outcome = float("inf"), "ok"
    for _ in range(repeat):
        start = time.process_time()
        try:
            analyze(resume, job, max_chars=max(50_000, size))
        except JobfitError as exc:
            outcome = exc.code
        except Exception as exc:  # noqa: BLE001 - the point is to see what main's code raises
            outcome = type(exc).__name__
        best = min(best, time.process_time() - start)
    print(f"{best:.4f} {outcome}")


def measure(root: str, name: str, size: int, slot: str, timeout: float, repeat: int):
    """(seconds or None on timeout, outcome) of one crafted text in one slot."""
    command = [sys.executable, __file__, "--child", name, str(size), slot, "--root", root]
    command += ["--repeat", str(repeat)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    if done.returncode:
        return None, "crash"
    seconds, outcome = done.stdout.split()
    return float(seconds), outcome


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", default=str(HERE.parent))
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default="", help="comma-separated text names (default: all)")
    parser.add_argument("--child", nargs=3)
    args = parser.parse_args()
    if args.child:
        name, size, slot = args.child
        child(args.root, name, int(size), slot, args.repeat)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    print("| text | slot | " + " | ".join(f"{s:,} chars" for s in sizes) + " | ratio |")
    print("|---|---|" + "---:|" * (len(sizes) + 1))
    for name in args.only.split(",") if args.only else CRAFTED:
        for slot in SLOTS:
            cells, times = [], []
            for size in sizes:
                if cells and cells[-1].startswith((">", "not")):
                    cells.append("not run")
                    continue
                seconds, outcome = measure(args.root, name, size, slot, args.timeout, args.repeat)
                times.append(seconds)
                cell = f"> {args.timeout:g} s" if seconds is None else f"{seconds:.3f} s"
                cells.append(cell if outcome in ("ok", "timeout") else f"{cell} ({outcome})")
            ok = len(times) == len(sizes) and None not in times
            ratio = f"{times[-1] / times[0]:.0f}x" if ok and times[0] else "-"
            print(f"| {name} | {slot} | " + " | ".join(cells) + f" | {ratio} |", flush=True)


if __name__ == "__main__":
    main()
