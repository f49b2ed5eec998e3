"""Matched and missing skills per job category, and missing skills from an unrelated field.

Usage: python bench/skill_fields.py capture ../shared/data/dev-external.jsonl OUT.json
                                    [--split tune]
       python bench/skill_fields.py compare BEFORE.json AFTER.json [--show CATEGORY]
`capture` runs the offline engine on each pair and keeps its score, relation and report.skills;
`compare` prints, per job_category, the strong pairs with no matched skill and the "missing" skills
whose fields lie in a domain neither equal nor next to the posting's occupation domain (the
categories only group the pairs and name the posting's domain; the analyzer never sees them),
then the ROC AUCs and leave-one-category-out counts of the two runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from parts import aucs, left_out  # noqa: E402
from quality import load  # noqa: E402

from jobfit.offline import OfflineEngine  # noqa: E402
from jobfit.offline.occupations import occupations  # noqa: E402
from jobfit.offline.vocabulary import skill_named  # noqa: E402

# dev-external's job categories that are not occupations.json keys, and the skills' fields
# (skills.json) by occupation domain (occupations.json); fields every occupation has
# (operations, office, project_mgmt, general) have none.
CATEGORY = {
    "it_dev": "software_dev",
    "it_qa": "qa_testing",
    "it_ops": "it_support",
    "construction": "construction_mgmt",
    "legal_attorney": "attorney",
}
FIELD_DOMAIN = {
    **dict.fromkeys(
        "software web mobile database data_eng data_science cloud devops networking "
        "security testing blockchain erp embedded electrical mechanical "
        "business_analysis".split(),
        "TECH",
    ),
    "civil": "BUILD",
    "trades": "BUILD",
    "mechanics": "MECH",
    "hr": "PEOPLE",
    "sales": "COMMERCE",
    "marketing": "COMMERCE",
    "retail": "COMMERCE",
    "customer_service": "COMMERCE",
    "finance": "BUSFIN",
    "banking": "BUSFIN",
    "insurance": "BUSFIN",
    "legal": "LEGAL",
    "health": "HEALTH",
    "fitness": "HEALTH",
    "design": "CREATIVE",
    "arts": "CREATIVE",
    "writing": "CREATIVE",
    "education": "EDU",
    "culinary": "FOOD",
    "hospitality": "FOOD",
    "logistics": "LOGISTICS",
    "protective": "SECURITY",
    "landscaping": "AGRI",
    "agriculture": "AGRI",
    "social_services": "SOCIAL",
}


def capture(path: str, split: str, out: str) -> None:
    """Score each pair and keep what compare() reads."""
    engine, rows = OfflineEngine(), load(path, split)
    kept = []
    for row in rows:
        report = engine.analyze(row["resume"], row["job"])
        kept.append(
            {
                "id": row["id"],
                "label": row["label"],
                "score": report.score,
                "resume_category": row["resume_category"],
                "job_category": row["job_category"],
                "matched": [s.name for s in report.skills.matched],
                "missing": [s.name for s in report.skills.missing],
            }
        )
        kept[-1]["unrelated"] = [
            n for n in kept[-1]["missing"] if unrelated(n, row["job_category"])
        ]
    Path(out).write_text(json.dumps(kept), encoding="utf-8")


def unrelated(name: str, category: str) -> bool:
    """True when none of the skill's fields is in the posting's domain or one next to it.

    Fields every occupation has (operations, office, project management) are never unrelated.
    """
    model = occupations()
    domain = model.domain.get(CATEGORY.get(category, category))
    if domain is None:
        return False
    near = {domain} | {b for a, b in model.adjacent_domains if a == domain}
    try:
        fields = skill_named(name).fields
    except KeyError:
        return False  # a name the other vocabulary had
    return all(f in FIELD_DOMAIN and FIELD_DOMAIN[f] not in near for f in fields)


def summary(pairs: list[dict]) -> dict[str, list[int]]:
    """Per job category: strong pairs, with nothing matched, missing skills, unrelated missing."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for p in pairs:
        bad = len(p.get("unrelated", ()))
        if p["label"] == "strong":
            row = out[p["job_category"]]
            row[0] += 1
            row[1] += not p["matched"]
            row[2] += len(p["missing"])
        out[p["job_category"]][3] += bad
    return out


def compare(before: list[dict], after: list[dict], show: str | None) -> None:
    """Print the per-category table, the totals, ROC AUCs and leave-one-out counts."""
    a, b = summary(before), summary(after)
    print("job_category: strong pairs; none matched before->after; unrelated missing (all pairs)")
    totals = [0, 0, 0, 0]
    for cat in sorted(set(a) | set(b)):
        x, y = a[cat], b[cat]
        print(f"  {cat:22} {x[0]:3}  {x[1]:3} -> {y[1]:3}   {x[3]:3} -> {y[3]:3}")
        totals = [totals[0] + x[1], totals[1] + y[1], totals[2] + x[3], totals[3] + y[3]]
    print(
        f"  total: none matched {totals[0]} -> {totals[1]}; unrelated missing "
        f"{totals[2]} -> {totals[3]}"
    )
    for old, new in zip(before, after, strict=True):
        if show and old["job_category"] == show and old["label"] == "strong":
            print(old["id"], old["score"], "->", new["score"])
            print("   matched", old["matched"], "->", new["matched"])
            print("   missing", old["missing"], "->", new["missing"])
    s0, s1 = [p["score"] for p in before], [p["score"] for p in after]
    print(
        "ROC AUC s-w/s-p/p-w",
        " / ".join(f"{v:.3f}" for v in aucs(before, s0)),
        "->",
        " / ".join(f"{v:.3f}" for v in aucs(after, s1)),
    )
    for key in ("resume_category", "job_category"):
        counts = left_out(before, s0, s1, key)
        text = "; ".join(f"{c['up']} up {c['same']} same {c['down']} down" for c in counts)
        print(f"leave one {key} out (s-w; s-p; p-w): {text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("capture", "compare"))
    parser.add_argument("first")
    parser.add_argument("second")
    parser.add_argument("--split", default="all", choices=("all", "tune", "untouched"))
    parser.add_argument("--show")
    args = parser.parse_args(argv)
    if args.mode == "capture":
        capture(args.first, args.split, args.second)
    else:
        load_json = lambda p: json.loads(Path(p).read_text(encoding="utf-8"))  # noqa: E731
        compare(load_json(args.first), load_json(args.second), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
