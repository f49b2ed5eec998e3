"""Dump every offline report of the dev files, or compare two dumps field by field.

Usage: python bench/reports.py dump OUT.json [--root PATH]   (PATH: another checkout's code)
       python bench/reports.py compare BEFORE.json AFTER.json
A change meant to keep behaviour (issue 9's linear patterns) must leave every score as it was;
`compare` counts the reports that differ, those whose score differs, and those that differ
only in whitespace.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FILES = ("dev", "dev-large", "dev-external")


def dump(out: str, root: str) -> None:
    """Write {file:id: report as JSON, or "error: Class"} for every pair of the dev files."""
    sys.path.insert(0, root)
    os.environ["JOBFIT_ANALYSIS_SECONDS"] = "600"  # a slow machine must not turn into errors
    from jobfit.offline import OfflineEngine

    engine, reports = OfflineEngine(), {}
    for name in FILES:
        for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            try:
                report = engine.analyze(row["resume"], row["job"]).model_dump(mode="json")
            except Exception as exc:  # noqa: BLE001 - an old checkout's crash is a result here
                report = f"error: {type(exc).__name__}"
            reports[f"{name}:{row['id']}"] = report
    Path(out).write_text(json.dumps(reports, sort_keys=True), encoding="utf-8")
    print(f"{len(reports)} reports written to {out}")


def _squeezed(value):
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return [_squeezed(v) for v in value]
    if isinstance(value, dict):
        return {k: _squeezed(v) for k, v in value.items()}
    return value


def compare(before: str, after: str) -> None:
    """Print the pairs whose score changed and the counts of every kind of difference."""
    old = json.loads(Path(before).read_text(encoding="utf-8"))
    new = json.loads(Path(after).read_text(encoding="utf-8"))
    differ = [k for k in old if old[k] != new.get(k)]
    scores = [k for k in differ if _score(old[k]) != _score(new.get(k))]
    spaces = [k for k in differ if k not in scores and _squeezed(old[k]) == _squeezed(new[k])]
    for key in scores:
        print(f"{key}: {_score(old[key])} -> {_score(new.get(key))}")
    print(f"{len(old)} reports, {len(differ)} differ: {len(scores)} in score, ", end="")
    print(f"{len(spaces)} only in whitespace, {len(differ) - len(scores) - len(spaces)} otherwise")


def _score(report):
    return report["score"] if isinstance(report, dict) else report


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=("dump", "compare"))
    parser.add_argument("files", nargs="+")
    parser.add_argument("--root", default=str(Path(__file__).resolve().parent.parent))
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.files[0], args.root)
    else:
        compare(*args.files[:2])


if __name__ == "__main__":
    main()
