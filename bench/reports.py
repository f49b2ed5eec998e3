"""Dump the offline report of every pair in JSONL files, or compare two such dumps.

    .venv/bin/python bench/reports.py dump OUT.json ../shared/data/dev-large.jsonl ...
    .venv/bin/python bench/reports.py compare BEFORE.json AFTER.json

For refactors that must not change behaviour: dump before, dump after, compare. A pair whose
analysis raises is recorded by its error class and code.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import jobfit  # noqa: E402


def dump(out: Path, sources: list[Path]) -> None:
    """Write {id: report as JSON, or the error} for every pair in `sources`."""
    reports = {}
    for source in sources:
        for line in source.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            try:
                report = jobfit.analyze(row["resume"], row["job"]).model_dump(mode="json")
            except Exception as error:  # a bug to record, not to stop the dump for
                report = {"error": type(error).__name__, "code": getattr(error, "code", None)}
            reports[row["id"]] = report
    out.write_text(json.dumps(reports, indent=0, sort_keys=True))
    print(f"{len(reports)} reports -> {out}")


def compare(before: Path, after: Path) -> None:
    """Print how many pairs changed score, and how many changed at all."""
    old, new = json.loads(before.read_text()), json.loads(after.read_text())
    if old.keys() != new.keys():
        sys.exit("the two dumps are of different pairs")
    scores = [k for k in old if old[k].get("score") != new[k].get("score")]
    changed = [k for k in old if old[k] != new[k]]
    errors = sorted(k for k in new if "error" in new[k])
    print(f"{len(old)} pairs: {len(scores)} scores differ, {len(changed)} reports differ")
    print(f"errors after: {len(errors)} {errors[:10]}")


if __name__ == "__main__":
    command, first, *rest = sys.argv[1:]
    if command == "dump":
        dump(Path(first), [Path(p) for p in rest])
    else:
        compare(Path(first), Path(rest[0]))
