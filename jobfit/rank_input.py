"""Read a POST /rank request (JSON or multipart) into one fixed side and its items, with limits."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from jobfit.batch import Item, too_slow
from jobfit.config import Settings
from jobfit.documents import TIME_BUDGET_SECONDS, read_upload
from jobfit.errors import InputTooLarge, InvalidInput, JobfitError
from jobfit.report import Notice

# direction -> (the one fixed side, the list of items, their multipart fields)
DIRECTIONS = {
    "resumes": ("job", "resumes", ("job", "job_file", "resume_files")),
    "jobs": ("resume", "jobs", ("resume", "resume_file", "job_files")),
}
EXAMPLE = '{"job": "...", "resumes": [{"id": "a", "text": "..."}]}'


@dataclass
class RankRequest:
    """What to rank: `direction` ("resumes" for one job, "jobs" for one resume), both sides."""

    direction: str
    fixed: Any  # the job or resume text, checked by the ranking itself
    items: list[Item]
    notices: dict[str, list[Notice]] = field(default_factory=dict)
    fixed_notices: list[Notice] = field(default_factory=list)  # from `job_file` / `resume_file`


def _limit_items(count: int, settings: Settings) -> None:
    if count > settings.rank_max_items:
        raise InputTooLarge(
            f"The batch has {count} items; the limit is {settings.rank_max_items}.",
            code="too_many_items",
        )


def _limit_bytes(total: int, settings: Settings) -> None:
    if total > settings.rank_max_bytes:
        raise InputTooLarge(
            f"The batch comes to {total:,} bytes; the limit is {settings.rank_max_bytes:,}.",
            code="batch_too_large",
        )


def _direction(has: Mapping[str, bool]) -> str:
    found = [d for d, (fixed, _, _) in DIRECTIONS.items() if has[fixed]]
    if len(found) != 1:
        raise InvalidInput(
            f"Send either a job with resumes or a resume with jobs, e.g. {EXAMPLE}",
            code="invalid_rank_request",
        )
    return found[0]


def from_json(body: object, settings: Settings) -> RankRequest:
    """Read {"job", "resumes": [{"id", "text"}]} or {"resume", "jobs": [...]}."""
    if not isinstance(body, dict):
        raise InvalidInput(f"Send a JSON object such as {EXAMPLE}.", code="invalid_json")
    direction = _direction({name: name in body for name in ("job", "resume")})
    fixed_name, list_name, _ = DIRECTIONS[direction]
    entries = body.get(list_name)
    if not isinstance(entries, list) or not entries:
        raise InvalidInput(
            f"The field '{list_name}' must be a non-empty list.", code="invalid_rank_request"
        )
    _limit_items(len(entries), settings)
    items: list[Item] = []
    total = len(str(body[fixed_name]).encode())
    for i, entry in enumerate(entries, 1):
        entry = entry if isinstance(entry, dict) else {}
        item_id = str(entry.get("id") or i)
        text = entry.get("text")
        if isinstance(text, str):
            total += len(text.encode())
            items.append((item_id, text))
        else:
            message = f"Each of '{list_name}' needs a 'text' string."
            items.append((item_id, InvalidInput(message, field="text", code="missing_field")))
    _limit_bytes(total, settings)
    ids = _unique([item_id for item_id, _ in items])
    items = [(i, text) for i, (_, text) in zip(ids, items, strict=True)]
    return RankRequest(direction, body[fixed_name], items)


def from_form(
    form: Mapping[str, str], files: Any, settings: Settings, deadline: float | None = None
) -> RankRequest:
    """Read a multipart form: `job` or `job_file` with `resume_files`, or the other way round.

    Past `deadline` (time.monotonic()) the batch stops with InputTooLarge, as ranking does.
    """
    uploads = {name: [f for f in files.getlist(name) if f.filename] for name in files}
    direction = _direction(
        {
            n: bool((form.get(n) or "").strip() or uploads.get(f"{n}_file"))
            for n in ("job", "resume")
        }
    )
    text_name, file_name, list_name = DIRECTIONS[direction][2]
    batch = uploads.get(list_name, [])
    if not batch:
        raise InvalidInput(
            f"Attach the files to rank as '{list_name}'.", code="invalid_rank_request"
        )
    _limit_items(len(batch), settings)
    notices: dict[str, list[Notice]] = {}
    fixed, fixed_notices = form.get(text_name), []
    max_chars = settings.max_text_chars
    if uploads.get(file_name):
        first = uploads[file_name][0]
        extracted = read_upload(
            first.stream, first.filename, max_chars=max_chars, seconds=_seconds_left(deadline)
        )
        fixed, fixed_notices = extracted.text, list(extracted.warnings)
    total = len((fixed or "").encode())
    items: list[Item] = []
    for item_id, upload in zip(_unique([u.filename for u in batch]), batch, strict=True):
        seconds = _seconds_left(deadline)  # raises past the deadline: the batch stops, not a row
        try:
            extracted = read_upload(
                upload.stream, upload.filename, max_chars=max_chars, seconds=seconds
            )
        except JobfitError as error:
            items.append((item_id, error))
            continue
        total += len(extracted.text.encode())
        items.append((item_id, extracted.text))
        notices[item_id] = list(extracted.warnings)
    _limit_bytes(total, settings)
    return RankRequest(direction, fixed, items, notices, fixed_notices)


def _seconds_left(deadline: float | None) -> float:
    # Each file has its own reading budget, but 51 files that each use it up held a worker
    # for minutes: all of them share what is left of the batch's.
    if deadline is None:
        return TIME_BUDGET_SECONDS
    left = deadline - time.monotonic()
    if left <= 0:
        raise too_slow()
    return min(TIME_BUDGET_SECONDS, left)


def _unique(ids: list[str]) -> list[str]:
    """Ids as given, with a repeated one numbered ("cv.pdf", "cv.pdf #2") so rows stay apart."""
    seen: dict[str, int] = {}
    out = []
    for item_id in ids:
        seen[item_id] = seen.get(item_id, 0) + 1
        out.append(item_id if seen[item_id] == 1 else f"{item_id} #{seen[item_id]}")
    return out
