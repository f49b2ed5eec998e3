"""Ranking many at once: speed, growth, memory, and ranking quality beside TF-IDF.

Usage: python bench/rank.py [--data ../shared/data] [--sizes 10,100,1000] [--baseline DIR]
Texts are read by path and cycled to reach each size; nothing is copied into the repo. Times are CPU
seconds of this process (time.process_time), steadier than wall time on a shared machine.
--baseline DIR times a loop of single analyze() calls over the dev pairs with the code in DIR
(e.g. a `git worktree add --detach /tmp/rank-base main`) and with this checkout, alternating; then,
for the largest size, three rounds of DIR's analyze() loop, this analyze() loop and this rank over
the same resumes and posting, each in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter, defaultdict
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jobfit import analyze  # noqa: E402
from jobfit.batch import rank_jobs, rank_resumes  # noqa: E402

FILES = ("dev-large.jsonl", "dev-external.jsonl")
_WORD = re.compile(r"[a-z0-9]+")
# Run in a subprocess with another checkout first on sys.path: CPU ms per analyze() over the pairs.
_LOOP = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from jobfit import analyze
repeats = int(sys.argv[2])
rows = [json.loads(l) for p in sys.argv[3:] for l in open(p, encoding="utf-8") if l.strip()]
def run():
    for r in rows:
        try:
            analyze(r["resume"], r["job"])
        except Exception:
            pass
run()
best = float("inf")
for _ in range(repeats):
    t = time.process_time()
    run()
    best = min(best, time.process_time() - t)
print(best / len(rows) * 1000)
"""
# The same, but rank_resumes over the pairs (all of one posting): CPU ms per pair, one run.
_RANK = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from jobfit.batch import rank_resumes
rows = [json.loads(l) for p in sys.argv[3:] for l in open(p, encoding="utf-8") if l.strip()]
items = [(str(i), r["resume"]) for i, r in enumerate(rows)]
rank_resumes(rows[0]["job"], items)  # a warm-up over all, as _LOOP runs once before it times
t = time.process_time()
rank_resumes(rows[0]["job"], items)
print((time.process_time() - t) / len(rows) * 1000)
"""


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def loop(pairs: list[tuple[str, str]]) -> None:
    for resume, job in pairs:
        try:
            analyze(resume, job)
        except Exception:  # two dev postings make the analyzer raise; rank keeps them as errors
            pass


def speed(resumes: list[str], jobs: list[str], sizes: list[int]) -> dict[tuple[str, int], float]:
    """Rank and loop CPU time at each size, both directions; returns the rank seconds."""
    job, resume = jobs[0], resumes[0]
    loop([(resume, job)])  # warm up: the vocabulary and the regexes load on first use
    out = {}
    print("| direction | n | rank total s | rank ms/pair | loop ms/pair | loop / rank |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, many in (("resumes vs 1 job", resumes), ("jobs vs 1 resume", jobs)):
        for n in sizes:
            items = [(str(i), t) for i, t in enumerate(islice(cycle(many), n))]
            if name.startswith("resumes"):
                ranked = cpu(lambda items=items: rank_resumes(job, items))
                pairs = [(t, job) for _, t in items]
            else:
                ranked = cpu(lambda items=items: rank_jobs(resume, items))
                pairs = [(resume, t) for _, t in items]
            looped = cpu(lambda pairs=pairs: loop(pairs))
            out[(name, n)] = ranked
            print(
                f"| {name} | {n} | {ranked:.2f} | {ranked / n * 1000:.2f} | "
                f"{looped / n * 1000:.2f} | {looped / ranked:.2f}x |"
            )
    return out


def wall(resumes: list[str], jobs: list[str], n: int, workers: int) -> None:
    """Wall seconds for n items on one process and on `workers`; the rankings must be equal."""
    print(f"\n| direction | n | 1 process, wall s | {workers} processes, wall s | ratio |")
    print("| --- | --- | --- | --- | --- |")
    for name, rank, fixed, many in (
        ("resumes vs 1 job", rank_resumes, jobs[0], resumes),
        ("jobs vs 1 resume", rank_jobs, resumes[0], jobs),
    ):
        items = [(str(i), t) for i, t in enumerate(islice(cycle(many), n))]
        times, rows = [], []
        for w in (1, workers):
            start = time.perf_counter()
            ranked = rank(fixed, items, workers=w)
            times.append(time.perf_counter() - start)
            rows.append([(r.id, r.report and r.report.score) for r in ranked])
        assert rows[0] == rows[1], "the ranking changed with workers"
        print(f"| {name} | {n} | {times[0]:.2f} | {times[1]:.2f} | {times[0] / times[1]:.2f}x |")


def memory(resumes: list[str], jobs: list[str], n: int) -> None:
    for name, run in (
        ("resumes vs 1 job", lambda: rank_resumes(jobs[0], enumerate(islice(cycle(resumes), n)))),
        ("jobs vs 1 resume", lambda: rank_jobs(resumes[0], enumerate(islice(cycle(jobs), n)))),
    ):
        tracemalloc.start()
        kept = run()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"peak memory, {name}, n={n}, all reports kept: {peak / 2**20:.1f} MiB ({len(kept)})")


def tfidf_scores(rows: list[dict]) -> list[float]:
    """Cosine of TF-IDF vectors (fitted on the file's own texts), one per row."""
    texts = {t for r in rows for t in (r["resume"], r["job"])}
    counts = {t: Counter(_WORD.findall(t.lower())) for t in texts}
    df = Counter(w for c in counts.values() for w in c)
    idf = {w: math.log((1 + len(texts)) / (1 + n)) + 1 for w, n in df.items()}
    vecs = {}
    for t, c in counts.items():
        v = {w: n * idf[w] for w, n in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs[t] = {w: x / norm for w, x in v.items()}
    out = []
    for r in rows:
        a, b = vecs[r["resume"]], vecs[r["job"]]
        out.append(sum(x * b.get(w, 0.0) for w, x in a.items()))
    return out


def mean_posting_auc(rows: list[dict], scores: list[float]) -> tuple[float, int]:
    """Mean over postings with both labels of P(strong above weak), ties half."""
    by_job = defaultdict(lambda: defaultdict(list))
    for r, s in zip(rows, scores, strict=True):
        by_job[r["job"]][r["label"]].append(s)
    aucs = []
    for labels in by_job.values():
        strong, weak = labels["strong"], labels["weak"]
        if strong and weak:
            wins = sum((p > q) + 0.5 * (p == q) for p in strong for q in weak)
            aucs.append(wins / (len(strong) * len(weak)))
    return sum(aucs) / len(aucs), len(aucs)


def quality(data: Path) -> None:
    print("| file | postings with both labels | jobfit rank AUC | TF-IDF AUC |")
    print("| --- | --- | --- | --- |")
    for name in FILES:
        rows = load(data / name)
        by_job = defaultdict(list)
        for i, r in enumerate(rows):
            by_job[r["job"]].append((i, r["resume"]))
        scores = [0.0] * len(rows)  # a posting the analyzer fails on scores nothing (0)
        for job, items in by_job.items():
            try:
                ranked = rank_resumes(job, [(str(i), t) for i, t in items])
            except Exception:  # two dev-external postings make the analyzer raise
                continue
            for item in ranked:
                scores[int(item.id)] = item.report.score if item.report else 0.0
        ours, n = mean_posting_auc(rows, scores)
        base, _ = mean_posting_auc(rows, tfidf_scores(rows))
        print(f"| {name} | {n} | {ours:.3f} | {base:.3f} |")


def _loop_elsewhere(code: str, repeats: int, paths: list[str], script: str = _LOOP) -> float:
    """CPU ms per pair of a loop over analyze() (or `script`) with the checkout at `code` first
    on sys.path."""
    args = [sys.executable, "-c", script, code, str(repeats), *paths]
    return float(subprocess.run(args, capture_output=True, text=True, check=True).stdout)


def baseline(data: Path, other: str, ranked: dict, resumes: list[str], job: str) -> None:
    paths = [str(data / f) for f in FILES]
    ratios = []
    for _ in range(3):
        base, this = _loop_elsewhere(other, 2, paths), _loop_elsewhere(str(ROOT), 2, paths)
        ratios.append(this / base)
        print(
            f"single analyze() over the dev pairs, CPU ms/pair: baseline {base:.2f}, "
            f"this {this:.2f}, this/baseline {ratios[-1]:.3f}"
        )
    print(f"median this/baseline: {sorted(ratios)[len(ratios) // 2]:.3f}")
    for name, n in ranked:
        if name.startswith("resumes") and n == max(k[1] for k in ranked):
            with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
                for text in islice(cycle(resumes), n):
                    f.write(json.dumps({"resume": text, "job": job}) + "\n")
            # Alternating processes, so that the machine's load falls on both sides alike.
            for k in range(3):
                base = _loop_elsewhere(other, 1, [f.name])
                ours = _loop_elsewhere(str(ROOT), 1, [f.name], _RANK)
                today = _loop_elsewhere(str(ROOT), 1, [f.name])
                print(
                    f"{n} resumes vs 1 job, round {k + 1}, CPU ms/pair: baseline's analyze() "
                    f"loop {base:.2f}, this analyze() loop {today:.2f}, this rank {ours:.2f}; "
                    f"baseline loop / rank {base / ours:.2f}x, this loop / rank {today / ours:.2f}x"
                )
            Path(f.name).unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--sizes", default="10,100,1000")
    parser.add_argument("--baseline", help="another checkout to time single analyze() against")
    parser.add_argument("--skip", default="", help="comma list of: speed,wall,memory,quality")
    parser.add_argument("--workers", type=int, default=2, help="processes for the wall timing")
    args = parser.parse_args()
    data = Path(args.data)
    rows = [r for f in FILES for r in load(data / f)]
    resumes = list(dict.fromkeys(r["resume"] for r in rows))
    jobs = list(dict.fromkeys(r["job"] for r in rows))
    # A fixed shuffle, so that the first 10 or 100 are a fair mix of both files, not the shortest.
    random.Random(12).shuffle(resumes)
    random.Random(12).shuffle(jobs)
    sizes = [int(n) for n in args.sizes.split(",")]
    print(f"{len(resumes)} distinct resumes and {len(jobs)} distinct jobs, cycled\n")
    ranked = speed(resumes, jobs, sizes) if "speed" not in args.skip else {}
    if "wall" not in args.skip:
        wall(resumes, jobs, sizes[-1], args.workers)
    if "memory" not in args.skip:
        memory(resumes, jobs, sizes[-1])
    if "quality" not in args.skip:
        quality(data)
    if args.baseline:
        baseline(data, args.baseline, ranked, resumes, jobs[0])


if __name__ == "__main__":
    main()
