"""Check the shape of every offline report's prose over labelled pairs files.

Usage: python bench/prose.py [FILE ...] [--show N]
Default files: ../shared/data/dev-large.jsonl and ../shared/data/dev-external.jsonl.
Reports the violations of jobfit.offline.prose.report_problems (target 0), skill names left raw in
suggestions, the summary length distribution and the field relation the summaries name per label.
No resume text is printed; --show prints summaries and suggestions, which quote only the job.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jobfit.offline import OfflineEngine  # noqa: E402
from jobfit.offline.phrasing import natural  # noqa: E402
from jobfit.offline.prose import (  # noqa: E402
    RELATION_PHRASES,
    report_problems,
    sentences,
    unquoted,
)
from jobfit.report import Report  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
DEFAULT = [DATA / "dev-large.jsonl", DATA / "dev-external.jsonl"]


def raw_names(report: Report) -> list[str]:
    """Missing skills a suggestion names as the vocabulary writes them, not in natural words."""
    text = " ".join(map(unquoted, report.suggestions))  # a quote of the job may name it
    return [
        s.name
        for s in report.skills.missing
        if s.name not in natural(s.name).text and f" {s.name}" in text
    ]


def relation(summary: str) -> str:
    """Which field relation a summary names."""
    return next((p for p in RELATION_PHRASES if p in summary), "none")


class Tally:
    """Violations, lengths and relations over many reports."""

    def __init__(self) -> None:
        self.problems: Counter[str] = Counter()
        self.raw: Counter[str] = Counter()
        self.per_file: dict[str, Counter[str]] = defaultdict(Counter)
        self.relations: dict[str, Counter[str]] = defaultdict(Counter)
        self.lengths: list[int] = []
        self.sentences: Counter[int] = Counter()
        self.answered = self.bare = 0

    def add(self, name: str, row: dict, report: Report) -> None:
        found = report_problems(report)
        names = raw_names(report)
        # "summary has 13 words" and "has 12 words" are one kind of violation.
        kinds = [" ".join("N" if w.isdigit() else w for w in p.split()) for p in found]
        self.problems.update(kinds + ["suggestion names a raw skill"] * bool(names))
        self.raw.update(names)
        self.per_file[name].update(reports=1, violations=bool(found or names))
        self.lengths.append(len(report.summary.split()))
        self.sentences[len(sentences(report.summary))] += 1
        self.relations[row["label"]][relation(report.summary)] += 1
        met = [r for r in report.requirements if r.status in ("met", "partial")]
        self.answered += len(met)
        self.bare += sum(not r.evidence for r in met)

    def show(self) -> None:
        for name, c in self.per_file.items():
            print(
                f"{name}: {c['reports']} reports, {c['violations']} with a violation, "
                f"{c['errors']} analyzer errors"
            )
        for name, n in sorted(self.problems.items()):
            print(f"  {name}: {n}")
        if self.raw:
            print(f"  raw names: {dict(self.raw.most_common(10))}")
        print(f"met or partial items: {self.answered}; of them without a quote: {self.bare}")
        q, n = statistics.quantiles(self.lengths, n=10), self.lengths
        print(
            f"summary words: min {min(n)}, p10 {q[0]:.0f}, median {statistics.median(n):.0f}, "
            f"p90 {q[-1]:.0f}, max {max(n)}"
        )
        buckets = Counter(min(k // 20 * 20, 120) for k in n)
        print("  " + ", ".join(f"{b}-{b + 19}: {buckets[b]}" for b in sorted(buckets)))
        print(f"summary sentences: {dict(sorted(self.sentences.items()))}")
        for label in ("strong", "partial", "weak"):
            print(f"relation named, {label}: {dict(self.relations[label].most_common())}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", default=[str(p) for p in DEFAULT])
    parser.add_argument("--show", type=int, default=0, help="print this many examples")
    args = parser.parse_args()
    engine, tally, shown = OfflineEngine(), Tally(), 0
    for path in map(Path, args.files):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            try:
                report = engine.analyze(row["resume"], row["job"])
            except Exception as error:  # a crash is counted, not hidden
                tally.per_file[path.name].update(reports=1, errors=1)
                print(f"{row['id']}: {type(error).__name__}", file=sys.stderr)
                continue
            tally.add(path.name, row, report)
            if shown < args.show and row["id"].endswith(("0", "5")):
                shown += 1
                print(f"--- {row['id']} ({row['label']}, {report.verdict})")
                print(report.summary)
                for s in report.suggestions[:3]:
                    print(f"  - {s}")
    tally.show()


if __name__ == "__main__":
    main()
