"""Re-score labelled pairs from their captured score parts, with tuning numbers changed.

Usage: python bench/parts.py ../shared/data/dev-large.jsonl [--split tune] [--cache FILE]
                             [--set NAME=VALUE ...] [--by resume_category|job_category]
The engine runs once per pair (or reads --cache) and keeps what scoring.combine() reads; each
candidate is then scored by combine() alone, which reproduces the engine's score exactly (checked
on every pair). `--set FIELD_BASE=0.6` or `--set RELATION_FACTOR.different=0.8` changes a number
of jobfit/tuning.py for the re-scoring; only the numbers combine() reads have an effect. `--by`
drops each category in turn and counts the categories where each ROC AUC rises, stays, falls:
a rule worth keeping helps in most of them, not in one. The categories only group the pairs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quality import LABELS, load, roc_auc  # noqa: E402

from jobfit import tuning  # noqa: E402
from jobfit.offline import scoring, strength  # noqa: E402
from jobfit.offline.engine import analyze_parts  # noqa: E402

PAIRS = (("strong", "weak"), ("strong", "partial"), ("partial", "weak"))


def capture(row: dict) -> dict:
    """What combine() reads for one pair, its score, and the label and categories."""
    a = analyze_parts(row["resume"], row["job"])
    p = a.parts
    return {
        "label": row["label"],
        "resume_category": row.get("resume_category"),
        "job_category": row.get("job_category"),
        "score": a.scores.score,
        "occupation": p.occupation,
        "relation": p.relation,
        "f": scoring.cosine(p.job_fields, a.fields, p.job_self),
        "s": scoring.skill_coverage(a.job, a.resume, a.covers),
        "c": scoring.checklist_coverage(a.judgements),
        "named": scoring.named_count(a.resume.skills),
        "met": sum(j.status == "met" for j in a.judgements),
        "unsupported": strength.listed_only(p.hard, a.resume.shown, a.resume.demonstrated),
    }


def rescore(part: dict) -> int:
    """The score combine() gives the captured parts under the current tuning numbers."""
    parts = scoring.PairParts(Counter(), part["occupation"], part["relation"], [])
    args = ("f", "s", "c", "named", "met", "unsupported")
    return scoring.combine(parts, *(part[k] for k in args)).score


@contextmanager
def tuned(settings: list[str]):
    """Set NAME=VALUE (or NAME.key=VALUE in a dict) in tuning and scoring; restore after."""
    saved = []
    try:
        for item in settings:
            name, value = item.split("=", 1)
            name, _, key = name.partition(".")
            old = getattr(tuning, name)
            new = dict(old, **{key: float(value)}) if key else float(value)
            saved.append((name, old))
            for module in (tuning, scoring):
                if hasattr(module, name):
                    setattr(module, name, new)
        yield
    finally:
        for name, old in reversed(saved):
            for module in (tuning, scoring):
                if hasattr(module, name):
                    setattr(module, name, old)


def aucs(parts: list[dict], scores: list[int]) -> tuple[float, ...]:
    """ROC AUC strong-weak, strong-partial, partial-weak."""
    by: dict[str, list[int]] = {label: [] for label in LABELS}
    for part, score in zip(parts, scores, strict=True):
        by[part["label"]].append(score)
    return tuple(roc_auc(by[a], by[b]) if by[a] and by[b] else float("nan") for a, b in PAIRS)


def left_out(parts: list[dict], base: list[int], new: list[int], key: str) -> list[Counter]:
    """Per ROC AUC, how many categories (each left out in turn) see it rise, stay or fall."""
    counts = [Counter() for _ in PAIRS]
    for group in sorted({p[key] for p in parts}):
        keep = [i for i, p in enumerate(parts) if p[key] != group]
        rest = [parts[i] for i in keep]
        before = aucs(rest, [base[i] for i in keep])
        after = aucs(rest, [new[i] for i in keep])
        for count, b, a in zip(counts, before, after, strict=True):
            count["up" if a > b + 1e-9 else "down" if a < b - 1e-9 else "same"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--split", default="all", choices=("all", "even", "odd", "tune"))
    parser.add_argument("--cache", help="JSON of captured parts: read if present, else written")
    parser.add_argument("--set", action="append", default=[], dest="settings")
    parser.add_argument("--by", choices=("resume_category", "job_category"))
    args = parser.parse_args(argv)

    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        parts = json.loads(cache.read_text(encoding="utf-8"))
    else:
        parts = [capture(row) for row in load(args.path, args.split)]
        if cache:
            cache.write_text(json.dumps(parts), encoding="utf-8")
    base = [rescore(p) for p in parts]
    wrong = sum(b != p["score"] for b, p in zip(base, parts, strict=True))
    if wrong:
        print(f"re-scoring differs from the engine on {wrong} of {len(parts)} pairs")
        return 1
    with tuned(args.settings):
        new = [rescore(p) for p in parts]
    names = "strong-weak / strong-partial / partial-weak"
    for title, scores in (("engine", base), ("changed", new)):
        print(f"{title:8} ROC AUC {names}: " + " / ".join(f"{v:.3f}" for v in aucs(parts, scores)))
    changed = sum(a != b for a, b in zip(base, new, strict=True))
    print(f"pairs {len(parts)}, scores changed {changed}")
    if args.by:
        groups = len({p[args.by] for p in parts})
        print(f"leave one {args.by} out ({groups}): up / same / down")
        for (a, b), count in zip(PAIRS, left_out(parts, base, new, args.by), strict=True):
            print(f"  {a}-{b}: {count['up']} / {count['same']} / {count['down']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
