"""Time the offline analysis of issue 9's crafted texts at growing lengths (linear or not).

Usage: python bench/linear.py [--root PATH] [--sizes 1000,10000,50000] [--timeout 30]
                              [--repeat 3] [--only give_spaces,option_list]
                              [--set issue9|session8] [--slots resume,job,both] [--files]
--set session8 times tests/hostile.py's SHAPES (one per stage of the analysis) instead of
issue 9's texts; slot "both" puts the text on both sides. --files times reading the crafted
FILES (PDF, DOCX) with extract_document instead, --sizes then counting each file's units
(fills, nesting levels, fonts, pages, paragraphs); the reader's own time budget is lifted.
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

from hostile import CRAFTED, FILES, JOB, RESUME, SHAPES  # noqa: E402

SETS = {"issue9": CRAFTED, "session8": SHAPES}


def child(root: str, name: str, size: int, slot: str, repeat: int) -> None:
    """Run in the subprocess: the least CPU time of `repeat` analyses, in seconds, on stdout."""
    sys.path.insert(0, root)
    from jobfit import analyze

    if slot == "file":
        return child_file(name, size, repeat)
    text = {**CRAFTED, **SHAPES}[name](size)
    resume, job = {"resume": (text, JOB), "job": (RESUME, text), "both": (text, text)}[slot]
    analyze(RESUME, JOB)  # warm up: the vocabulary loads on the first analysis
    best, outcome = best_of(lambda: analyze(resume, job, max_chars=max(50_000, size)), repeat)
    print(f"{best:.4f} {outcome}")


def child_file(name: str, units: int, repeat: int) -> None:
    """Like child(), for reading one crafted file; its size in bytes follows the outcome."""
    from jobfit.documents import extract_document

    build, filename = FILES[name]
    data = build(units)
    best_of(lambda: extract_document(build(1), filename=filename), 1)  # warm up: imports pypdf
    best, outcome = best_of(lambda: extract_document(data, filename=filename, seconds=600), repeat)
    print(f"{best:.4f} {outcome}:{len(data)}B")


def best_of(run, repeat: int) -> tuple[float, str]:
    """The least CPU time of `repeat` calls of `run`, and how they ended: ok or an error code."""
    from jobfit.errors import JobfitError

    best, outcome = float("inf"), "ok"
    for _ in range(repeat):
        start = time.process_time()
        try:
            run()
        except JobfitError as exc:
            outcome = exc.code
        except Exception as exc:  # noqa: BLE001 - the point is to see what main's code raises
            outcome = type(exc).__name__
        best = min(best, time.process_time() - start)
    return best, outcome


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
    parser.add_argument("--set", default="issue9", choices=sorted(SETS))
    parser.add_argument("--slots", default="resume,job")
    parser.add_argument("--files", action="store_true")
    parser.add_argument("--child", nargs=3)
    args = parser.parse_args()
    if args.child:
        name, size, slot = args.child
        child(args.root, name, int(size), slot, args.repeat)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    unit = "units" if args.files else "chars"
    head = " | ".join(f"{s:,} {unit}" for s in sizes)
    print(f"| text | slot | {head} | t(last)/t(first) | t(last)/t(next to last) |")
    print("|---|---|" + "---:|" * (len(sizes) + 2))
    names = FILES if args.files else SETS[args.set]
    slots = ["file"] if args.files else args.slots.split(",")
    for name in args.only.split(",") if args.only else names:
        for slot in slots:
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
            ratio = f"{times[-1] / times[0]:.1f}x" if ok and times[0] else "-"
            step = f"{times[-1] / times[-2]:.1f}x" if ok and len(times) > 1 and times[-2] else "-"
            row = " | ".join(cells)
            print(f"| {name} | {slot} | {row} | {ratio} | {step} |", flush=True)


if __name__ == "__main__":
    main()
