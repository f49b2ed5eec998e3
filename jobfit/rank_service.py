"""POST /rank's work: the offline pass ranks every item; a model engine then judges the top K."""

from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import replace

from jobfit.batch import Ranked, rank_jobs, rank_resumes
from jobfit.compare import Engine
from jobfit.config import Settings
from jobfit.errors import JobfitError
from jobfit.offline import OfflineEngine
from jobfit.rank_input import RankRequest
from jobfit.ranking import items_json, with_item_notices

log = logging.getLogger(__name__)

MIN_MODEL_SECONDS = 2.0  # no model call is started with less of the budget left than this


def run_rank(
    request: RankRequest, engine: Engine, settings: Settings, deadline: float | None = None
) -> dict:
    """Rank the request's items and return the JSON body: rows in order, each with its report."""
    # `deadline` (time.monotonic()) is the request's when reading its files spent part of it.
    if deadline is None:
        deadline = time.monotonic() + settings.rank_budget_seconds
    rank = rank_resumes if request.direction == "resumes" else rank_jobs
    ranked = rank(
        request.fixed, request.items, max_chars=settings.max_text_chars, deadline=deadline
    )
    body: dict = {"direction": request.direction, "engine": "offline"}
    judged: dict[str, str | None] = {}
    if not isinstance(engine, OfflineEngine):
        ranked, judged = _model_pass(request, ranked, engine, settings, deadline)
        body["engine"] = settings.engine
        body["model"] = {
            "top": settings.rank_model_top,
            "judged": [i for i, err in judged.items() if err is None],
            "not_judged": {i: err for i, err in judged.items() if err is not None},
        }
    ranked = with_item_notices(ranked, request.notices, request.fixed_notices)
    items = items_json(ranked, request.notices)
    for item in items:
        item["judged_by_model"] = item["id"] in judged and judged[item["id"]] is None
    body["items"] = items
    body["count"] = len(items)
    body["failed"] = sum(1 for item in items if item["report"] is None)
    return body


def _model_pass(
    request: RankRequest, ranked: list[Ranked], engine: Engine, settings: Settings, deadline: float
) -> tuple[list[Ranked], dict[str, str | None]]:
    """The best K offline items, judged by the model in parallel within the deadline.

    Returns the ranking with the judged reports in place, the top block re-ordered by the scores
    shown, and for each of the K: None when judged, else why not (an error code, or "timeout").
    """
    top = [r for r in ranked if r.report is not None][: settings.rank_model_top]
    texts = dict(request.items)
    left = deadline - time.monotonic()
    if not top or left < MIN_MODEL_SECONDS:
        return ranked, {r.id: "timeout" for r in top}

    def judge(item: Ranked):
        if request.direction == "resumes":
            return engine.analyze(texts[item.id], request.fixed)
        return engine.analyze(request.fixed, texts[item.id])

    outcome: dict[str, str | None] = {}
    pool = ThreadPoolExecutor(max_workers=min(settings.rank_model_parallel, len(top)))
    try:
        futures = {pool.submit(judge, item): item for item in top}
        done, _ = wait(futures, timeout=left)
    finally:
        # Calls still running past the budget are left to their own timeout, not waited for.
        pool.shutdown(wait=False, cancel_futures=True)
    judged_reports = {}
    for future, item in futures.items():
        if future not in done:
            outcome[item.id] = "timeout"
            continue
        error = future.exception()
        if error is not None:
            code = error.code if isinstance(error, JobfitError) else "analysis_failed"
            log.warning("rank: model pass failed for an item: %s", code)
            outcome[item.id] = code
        elif future.result().engine.name == "offline":  # the engine fell back to offline
            outcome[item.id] = "llm_unavailable"
        else:
            outcome[item.id] = None
            judged_reports[item.id] = future.result()
    block = [
        replace(r, report=judged_reports[r.id]) if r.id in judged_reports else r
        for r in ranked[: len(top)]
    ]
    block.sort(key=lambda r: -r.report.score)  # stable: ties keep the offline order
    return block + ranked[len(top) :], outcome
