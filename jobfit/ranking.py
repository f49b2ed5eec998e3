"""A ranking as people read it: compact rows, a terminal table, CSV, and JSON items."""

from __future__ import annotations

import csv
import glob
import io
from dataclasses import replace
from pathlib import Path

from jobfit.batch import Item, Ranked
from jobfit.config import MAX_TEXT_CHARS
from jobfit.documents import read_upload
from jobfit.errors import JobfitError
from jobfit.report import Notice, Report

TOP_GAPS = 3  # missing required items shown in a row; the full report has them all
READABLE = (".txt", ".md", ".pdf", ".docx")  # what a folder is searched for
# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def expand(sources: tuple[str, ...] | list[str]) -> list[str]:
    """Paths from files, folders (their readable files) and globs, in order, each once."""
    paths: list[str] = []
    for source in sources:
        if Path(source).is_dir():
            found = [p for p in Path(source).iterdir() if p.suffix.lower() in READABLE]
            paths += [str(p) for p in sorted(found) if p.is_file()]
        elif glob.has_magic(source):
            paths += sorted(p for p in glob.glob(source, recursive=True) if Path(p).is_file())
        else:
            paths.append(source)  # a missing file is reported as that item's error
    return list(dict.fromkeys(paths))


def read_items(
    paths: list[str], *, max_chars: int = MAX_TEXT_CHARS
) -> tuple[list[Item], dict[str, list[Notice]]]:
    """(id, text or error) per path, and the notices extraction found in each file."""
    items: list[Item] = []
    notices: dict[str, list[Notice]] = {}
    for path in paths:
        if not Path(path).is_file():
            items.append((path, JobfitError("No such file.", code="not_found")))
            continue
        try:
            with open(path, "rb") as stream:
                extracted = read_upload(stream, Path(path).name, max_chars=max_chars)
        except JobfitError as error:
            items.append((path, error))
            continue
        items.append((path, extracted.text))
        notices[path] = list(extracted.warnings)
    return items, notices


def with_item_notices(
    ranked: list[Ranked], notices: dict[str, list[Notice]], fixed: list[Notice] | None = None
) -> list[Ranked]:
    """Each report with what extraction found in its file (hidden text...) added first.

    `fixed`: what was found in the one job's (or resume's) file; it concerns every row, so it
    goes first in every report, as /compare puts an uploaded file's notices first.
    """
    every = fixed or []
    return [
        replace(r, report=r.report.with_warnings([*every, *notices.get(r.id, [])], first=True))
        if r.report is not None
        else r
        for r in ranked
    ]


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA) else value


def top_gaps(report: Report, limit: int = TOP_GAPS) -> list[str]:
    """The first required items the resume does not show, in the posting's order."""
    missing = [
        r.text for r in report.requirements if r.importance == "required" and r.status == "missing"
    ]
    # Joined with "; " in a table cell: a sentence's own full stop would read ".;".
    return [text.removesuffix(".") for text in missing[:limit]]


def row(rank: int | None, item: Ranked, notices: list[Notice] | None = None) -> dict:
    """One compact row: id, score, verdict, top gaps, what reading its file found; or its error."""
    file_warnings = [n.model_dump(mode="json") for n in notices or []]
    if item.report is None:
        error = item.error
        return {
            "rank": None,
            "id": item.id,
            "error": {"error": error.code, "message": error.message} if error else None,
            "file_warnings": file_warnings,
        }
    return {
        "rank": rank,
        "id": item.id,
        "score": item.report.score,
        "verdict": item.report.verdict,
        "missing": top_gaps(item.report),
        "file_warnings": file_warnings,
    }


def items_json(ranked: list[Ranked], notices: dict[str, list[Notice]] | None = None) -> list[dict]:
    """Every item as its row plus its full report (None for a failed item)."""
    out = []
    for i, item in enumerate(ranked, 1):
        entry = row(i if item.report else None, item, (notices or {}).get(item.id))
        entry["report"] = item.report.model_dump(mode="json") if item.report else None
        out.append(entry)
    return out


def table(ranked: list[Ranked]) -> str:
    """A plain-text table of the ranked items, best first."""
    done = [r for r in ranked if r.report is not None]
    width = max([len(r.id) for r in done] + [4])
    lines = [f"{'#':>3}  {'score':>5}  {'verdict':<8}  {'item':<{width}}  top gaps"]
    for i, item in enumerate(done, 1):
        gaps = "; ".join(top_gaps(item.report)) or "-"
        report = item.report
        lines.append(f"{i:>3}  {report.score:>5}  {report.verdict:<8}  {item.id:<{width}}  {gaps}")
    return "\n".join(lines)


def notes(
    ranked: list[Ranked], notices: dict[str, list[Notice]], fixed: tuple[str, list[Notice]]
) -> list[str]:
    """Lines for after the table: what reading the files found, the fixed side's file first."""
    fixed_id, fixed_notices = fixed
    found = [(f"{fixed_id} (every row)", n) for n in fixed_notices]
    found += [(r.id, n) for r in ranked for n in notices.get(r.id, [])]
    if not found:
        return []
    lines = ["", "Warnings found while reading the files:"]
    return lines + [f"  {item_id}: {n.title} {n.message}" for item_id, n in found]


def errors(ranked: list[Ranked]) -> list[str]:
    """One line per failed item: its id and why."""
    return [f"error: {r.id}: {r.error.message}" for r in ranked if r.error is not None]


def to_csv(ranked: list[Ranked], notices: dict[str, list[Notice]] | None = None) -> str:
    """CSV with a header: rank, id, score, verdict, top gaps, error, file warnings (titles)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["rank", "id", "score", "verdict", "top_gaps", "error", "file_warnings"])
    for i, item in enumerate(ranked, 1):
        found = " ".join(n.title for n in (notices or {}).get(item.id, []))
        if item.report is not None:
            gaps = "; ".join(top_gaps(item.report))
            report = item.report
            cells = [i, _cell(item.id), report.score, report.verdict, _cell(gaps), "", found]
        else:
            message = item.error.message if item.error else ""
            cells = ["", _cell(item.id), "", "", "", message, found]
        writer.writerow(cells)
    return out.getvalue()
