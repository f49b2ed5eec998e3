"""Score a labelled pairs file and report ROC AUC, mean score per label, verdicts and timing.

Usage: python bench/quality.py ../shared/data/dev.jsonl [--engine offline|openai]
                               [--split all|even|odd|tune|untouched] [--show]
Labels say whether resume and job are in the same field (strong), an adjacent one (partial) or not
(weak); the analyzer sees only the two texts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jobfit.compare import build_engine  # noqa: E402
from jobfit.config import Settings  # noqa: E402
from jobfit.offline import OfflineEngine  # noqa: E402

LABELS = ("strong", "partial", "weak")


def roc_auc(positives: list[float], negatives: list[float]) -> float:
    """Probability that a random positive scores above a random negative (ties count half)."""
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def resume_third(resume: str) -> int:
    """0, 1 or 2 from a hash of the resume text: the same resume always lands in one third."""
    return int(hashlib.sha256(resume.encode("utf-8")).hexdigest(), 16) % 3


def load(path: str, split: str) -> list[dict]:
    """The rows of a JSONL file, optionally only even or odd numeric ids, or a third by resume.

    `untouched` is the third of the resumes (hash 2) kept out of all tuning and reported apart;
    `tune` is the other two thirds.
    """
    rows = [
        json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line
    ]
    if split == "all":
        return rows
    if split in ("tune", "untouched"):
        keep = split == "untouched"
        return [r for r in rows if (resume_third(r["resume"]) == 2) == keep]
    parity = 0 if split == "even" else 1
    return [r for r in rows if int(r["id"].rsplit("-", 1)[1]) % 2 == parity]


def cross_pairs(rows: list[dict]) -> list[dict]:
    """Every resume against every job whose category pair the file labels somewhere.

    The categories only pick the label, as in the file; the analyzer still sees only the texts.
    """
    labels = {(r["resume_category"], r["job_category"]): r["label"] for r in rows}
    resumes = {r["resume"]: r["resume_category"] for r in rows}
    jobs = {r["job"]: r["job_category"] for r in rows}
    return [
        {"id": f"x{i}-{j}", "resume": rt, "job": jt, "label": labels[(rc, jc)]}
        for i, (rt, rc) in enumerate(resumes.items())
        for j, (jt, jc) in enumerate(jobs.items())
        if (rc, jc) in labels
    ]


def holdout(rows: list[dict]) -> None:
    """Tune the two free scoring constants on even ids, then report them on odd ids."""
    from jobfit import tuning

    def aucs(part: int) -> tuple[float, float, float]:
        by_label: dict[str, list[int]] = defaultdict(list)
        for row in rows:
            if int(row["id"].rsplit("-", 1)[1]) % 2 == part:
                report = OfflineEngine().analyze(row["resume"], row["job"])
                by_label[row["label"]].append(report.score)
        s, p, w = (by_label[label] for label in LABELS)
        return roc_auc(s, w), roc_auc(s, p), roc_auc(p, w)

    chosen = (tuning.RELATED, tuning.FIELD_BASE)
    grid = [(r / 10, b / 10) for r in range(3, 8) for b in range(3, 8)]
    results = {}
    for related, base in grid:
        tuning.RELATED, tuning.FIELD_BASE = related, base
        results[(related, base)] = (aucs(0), aucs(1))
    tuning.RELATED, tuning.FIELD_BASE = chosen
    best = max(grid, key=lambda k: (sum(results[k][0]), k == chosen))
    print("ROC AUC strong-weak / strong-partial / partial-weak")
    for name, key in (("tuned on even", best), ("shipped", chosen)):
        even, odd = (" / ".join(f"{v:.3f}" for v in part) for part in results[key])
        print(f"{name:13} RELATED={key[0]} FIELD_BASE={key[1]}: even {even}, odd {odd}")


def long_texts(rows: list[dict], size: int = 50_000, repeat: int = 5) -> int:
    """Median time of one analysis of a 50,000-character resume against a 50,000-character job."""
    resume = "\n".join(r["resume"] for r in rows)[:size]
    job = "\n".join(r["job"] for r in rows)[:size]
    engine = OfflineEngine()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        engine.analyze(resume, job)
        times.append((time.perf_counter() - start) * 1000)
    print(f"two {size:,}-character texts: median {statistics.median(times):.1f} ms ({repeat} runs)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--engine", choices=("offline", "openai"), default="offline")
    parser.add_argument(
        "--split", choices=("all", "even", "odd", "tune", "untouched"), default="all"
    )
    parser.add_argument("--repeat", type=int, default=5, help="timing runs per pair (offline)")
    parser.add_argument("--show", action="store_true", help="print one line per pair")
    parser.add_argument(
        "--by-occupation", action="store_true", help="mean score per job occupation and label"
    )
    parser.add_argument(
        "--long", action="store_true", help="time two 50,000-character texts (offline)"
    )
    parser.add_argument(
        "--cross", action="store_true", help="score all resume x job pairs with a known label"
    )
    parser.add_argument(
        "--holdout", action="store_true", help="tune constants on even ids, report on odd ids"
    )
    args = parser.parse_args(argv)

    if args.engine == "openai":
        # Needs OPENAI_API_KEY in the environment; not run here or in CI.
        engine = build_engine(Settings.from_env())
        repeat = 1
    else:
        engine = OfflineEngine()
        repeat = max(1, args.repeat)
    rows = load(args.path, args.split)
    if args.holdout:
        holdout(rows)
        return 0
    if args.cross:
        rows = cross_pairs(rows)
        repeat = 1
    engine.analyze(rows[0]["resume"], rows[0]["job"])  # warm-up: vocabulary load, regex compile

    if args.long:
        return long_texts(rows)
    scores: dict[str, list[int]] = defaultdict(list)
    by_occupation: dict[tuple[str, str], list[int]] = defaultdict(list)
    confusion: Counter[tuple[str, str]] = Counter()
    times = []
    for row in rows:
        for _ in range(repeat):
            start = time.perf_counter()
            report = engine.analyze(row["resume"], row["job"])
            times.append((time.perf_counter() - start) * 1000)
        scores[row["label"]].append(report.score)
        by_occupation[(row.get("job_category", "?"), row["label"])].append(report.score)
        confusion[(row["label"], report.verdict)] += 1
        if args.show:
            print(f"{row['id']} {row['label']:7} {report.score:3d} {report.verdict}")

    print(f"pairs: {len(rows)}  engine: {args.engine}  split: {args.split}")
    print(f"ROC AUC strong vs weak:    {roc_auc(scores['strong'], scores['weak']):.3f}")
    print(f"ROC AUC strong vs partial: {roc_auc(scores['strong'], scores['partial']):.3f}")
    print(f"ROC AUC partial vs weak:   {roc_auc(scores['partial'], scores['weak']):.3f}")
    for label in LABELS:
        values = scores[label]
        if values:
            mean = statistics.mean(values)
            print(f"mean score {label:7}: {mean:5.1f}  (min {min(values)}, max {max(values)})")
    print("verdict confusion (rows: label, columns: verdict)")
    print("          " + " ".join(f"{v:>8}" for v in LABELS))
    for label in LABELS:
        print(f"{label:9} " + " ".join(f"{confusion[(label, v)]:8d}" for v in LABELS))
    if args.by_occupation:
        print("mean score per job occupation (strong / partial / weak, pairs)")
        for job in sorted({j for j, _ in by_occupation}):
            cells = [by_occupation.get((job, label), []) for label in LABELS]
            shown = " / ".join(f"{statistics.mean(c):5.1f}" if c else "    -" for c in cells)
            print(f"  {job:28} {shown}  ({' / '.join(str(len(c)) for c in cells)})")
    times.sort()
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    print(
        f"time per pair: median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms "
        f"({len(times)} runs)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
