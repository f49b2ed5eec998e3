"""Measure jobfit.redaction on the dev resumes: what it replaces, what it should not, how it scales.

    python bench/redaction.py ../shared/data/dev.jsonl ../shared/data/dev-large.jsonl \
        ../shared/data/dev-external.jsonl

prints counts only, never a personal value. `--show N` also prints N replacements drawn at random
(seed 9) with 30 characters of context each, for reading by eye on the terminal: they are
personal data, so never paste them anywhere.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jobfit.offline.text import tokenize  # noqa: E402
from jobfit.offline.vocabulary import vocabulary  # noqa: E402
from jobfit.redaction import KINDS, find_personal, redact  # noqa: E402

SIZES = (1_000, 10_000, 50_000)
ADVERSARIAL = ("a", "1", "1-", "(1", "+1 ", "a@", "a.", "www.", "http://", "1 Main ", "Jane ")


def load(paths: list[str]) -> dict[str, dict[str, str]]:
    """Distinct texts per side ("resume", "job"), keyed by text, valued by the first row id."""
    texts: dict[str, dict[str, str]] = {"resume": {}, "job": {}}
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for side in texts:
                texts[side].setdefault(row[side], row["id"])
    return texts


def skill_hits(value: str) -> bool:
    """True when a replaced value is, or holds, a word the skills vocabulary knows."""
    index = vocabulary().index
    return any((t.base,) in index for t in tokenize(value) if t.lower.isalpha())


def coverage(texts: dict[str, str]) -> tuple[Counter, Counter, Counter, list]:
    """Texts with each kind replaced, replacements per kind, skill-word hits, all replacements."""
    texts_with, replaced, skills, everything = Counter(), Counter(), Counter(), []
    for text, row_id in texts.items():
        out = redact(text)
        for kind in KINDS:
            texts_with[kind] += out.counts[kind] > 0
            replaced[kind] += out.counts[kind]
        texts_with["any"] += any(out.counts.values())
        for kind, value in out.values:
            # URLs and e-mails hold words by nature ("github"): only the other kinds count here.
            if kind not in ("url", "email") and skill_hits(value):
                skills[kind] += 1
            everything.append((row_id, kind, value, text))
    return texts_with, replaced, skills, everything


def cpu_seconds(function, text: str, rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        function(text)
        best = min(best, time.process_time() - started)
    return best


def growth(resumes: list[str]) -> None:
    def run(text: str) -> None:
        find_personal(text, redact(text))

    corpus = "\n".join(resumes)
    rows = [("dev resumes, concatenated", [corpus[:n] for n in SIZES])]
    for unit in ADVERSARIAL:
        rows.append((f"{unit!r} repeated", [unit * (n // len(unit)) for n in SIZES]))
    print("\n| input | 1k ms | 10k ms | 50k ms | 10k/1k | 50k/10k |")
    print("| --- | --- | --- | --- | --- | --- |")
    for label, texts in rows:
        t = [cpu_seconds(run, text) for text in texts]
        print(
            f"| {label} | {t[0] * 1e3:.2f} | {t[1] * 1e3:.2f} | {t[2] * 1e3:.2f} "
            f"| {t[1] / t[0]:.1f} | {t[2] / t[1]:.1f} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--show", type=int, default=0, help="print N replacements (personal!)")
    args = parser.parse_args()
    print("| file | distinct resumes | " + " | ".join(KINDS) + " | any |")
    print("| --- | --- |" + " --- |" * (len(KINDS) + 1))
    for path in args.paths:
        resumes = load([path])["resume"]
        texts_with = coverage(resumes)[0]
        counts = " | ".join(str(texts_with[k]) for k in (*KINDS, "any"))
        print(f"| {Path(path).name} | {len(resumes)} | {counts} |")
    texts = load(args.paths)
    for side in ("resume", "job"):
        texts_with, replaced, skills, everything = coverage(texts[side])
        print(f"\n{side}s: {len(texts[side])} distinct texts")
        print("| kind | texts with one | replacements | of them skill words |")
        print("| --- | --- | --- | --- |")
        for kind in KINDS:
            print(f"| {kind} | {texts_with[kind]} | {replaced[kind]} | {skills[kind]} |")
        print(f"| any | {texts_with['any']} | {sum(replaced.values())} | {sum(skills.values())} |")
        if args.show:
            for row_id, kind, value, text in random.Random(9).sample(
                everything, min(args.show, len(everything))
            ):
                at = text.find(value)
                context = text[max(0, at - 30) : at + len(value) + 30].replace("\n", " / ")
                print(f"  {row_id} {kind}: [{value}] in ...{context}...")
    growth(list(texts["resume"]))


if __name__ == "__main__":
    main()
