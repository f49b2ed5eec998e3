"""Many at once: read a posting once and score many resumes against it, or one resume many jobs."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from jobfit import pool
from jobfit.compare import check_text
from jobfit.config import MAX_TEXT_CHARS
from jobfit.errors import InputTooLarge, JobfitError
from jobfit.longlived import young_collections_only
from jobfit.offline.clean import normalise
from jobfit.offline.engine import analyze_parts, build_report
from jobfit.offline.job import JobProfile, build_job
from jobfit.offline.reading import ReadResume, read_resume
from jobfit.report import Report

log = logging.getLogger(__name__)

# Each item to rank: an id and its text, or the error met while reading it (a bad file).
Item = tuple[str, "str | JobfitError"]


@dataclass(frozen=True)
class PreparedJob:
    """A posting read once; score() it against as many resumes as needed."""

    text: str = field(repr=False)
    profile: JobProfile = field(repr=False)


@dataclass(frozen=True)
class PreparedResume:
    """A resume with what does not depend on the job read once; score() it against many jobs."""

    text: str = field(repr=False)
    read: ReadResume | None = field(repr=False)  # None: read with the job, as analyze() does


@dataclass(frozen=True)
class Ranked:
    """One ranked item: its id and its report, or the error that kept it out of the ranking."""

    id: str
    report: Report | None = None
    error: JobfitError | None = None


def prepare_job(job: str, *, max_chars: int = MAX_TEXT_CHARS) -> PreparedJob:
    """Check and read `job` once, for score()."""
    text = check_text(job, "jobDesc", max_chars=max_chars)
    text = normalise(text)  # as analyze_parts does, so the reports stay identical
    return PreparedJob(text, build_job(text))


def prepare_resume(resume: str, *, max_chars: int = MAX_TEXT_CHARS) -> PreparedResume:
    """Check `resume` and read its job-independent part once, for score()."""
    text = check_text(resume, "resume", max_chars=max_chars)
    text = normalise(text)
    return PreparedResume(text, read_resume(text))


def score(
    resume: PreparedResume | str, job: PreparedJob | str, *, max_chars: int = MAX_TEXT_CHARS
) -> Report:
    """The report `analyze(resume, job)` gives, without reading a prepared side again."""
    if not isinstance(resume, PreparedResume):
        resume = PreparedResume(check_text(resume, "resume", max_chars=max_chars), None)
    if not isinstance(job, PreparedJob):
        job = prepare_job(job, max_chars=max_chars)
    return build_report(analyze_parts(resume.text, job.profile, resume.read))


def _attempt(item_id: str, text: str | JobfitError, run: Callable[[str], Report]) -> Ranked:
    if isinstance(text, JobfitError):
        return Ranked(item_id, error=text)
    try:
        return Ranked(item_id, report=run(text))
    except JobfitError as error:
        return Ranked(item_id, error=error)
    except Exception as error:  # one odd text must not sink the rest of the batch
        # Only the class name: the message may quote the text.
        log.error("rank: item failed with %s", type(error).__name__)
        return Ranked(
            item_id,
            error=JobfitError("This item could not be analyzed.", code="analysis_failed"),
        )


def _rank(
    items: Iterable[Item],
    run: Callable[[str], Report],
    progress: Callable[[], None] | None,
    deadline: float | None,
    workers: int = 1,
) -> list[Ranked]:
    items = list(items)
    attempt = lambda item: _attempt(item[0], item[1], run)  # noqa: E731
    out: list[Ranked] = []
    workers = pool.usable_workers(workers, len(items))
    with young_collections_only():  # the reports kept so far are not read again and again
        if workers > 1:

            def tick(n: int) -> None:
                for _ in range(n):
                    progress()

            done = None if progress is None else tick
            try:
                out = pool.map_in_workers(attempt, items, workers, done=done, deadline=deadline)
            except TimeoutError:
                raise too_slow() from None
        for item in items[len(out) :]:  # all of them, or what the workers left
            if deadline is not None and time.monotonic() > deadline:
                raise too_slow()
            out.append(attempt(item))
            if progress is not None:
                progress()
    return ordered(out)


def too_slow() -> InputTooLarge:
    """The error of a batch that ran past its time budget."""
    return InputTooLarge(
        "The batch takes longer than the time allowed; send fewer or shorter items.",
        code="batch_too_slow",
    )


def ordered(ranked: Iterable[Ranked]) -> list[Ranked]:
    """Best score first; ties keep their input order; failed items last."""
    return sorted(ranked, key=lambda r: (r.report is None, -(r.report.score if r.report else 0)))


def rank_resumes(
    job: str | PreparedJob,
    resumes: Iterable[Item],
    *,
    max_chars: int = MAX_TEXT_CHARS,
    progress: Callable[[], None] | None = None,
    deadline: float | None = None,
    workers: int = 1,
) -> list[Ranked]:
    """Score each (id, text) resume against `job`, which is read once; best first.

    Past `deadline` (time.monotonic()) the batch stops with InputTooLarge. `workers` > 1 (0: one
    per core) scores on that many processes where the platform allows; the result is the same.
    """
    prepared = job if isinstance(job, PreparedJob) else prepare_job(job, max_chars=max_chars)
    run = lambda text: score(text, prepared, max_chars=max_chars)  # noqa: E731
    return _rank(resumes, run, progress, deadline, workers)


def rank_jobs(
    resume: str | PreparedResume,
    jobs: Iterable[Item],
    *,
    max_chars: int = MAX_TEXT_CHARS,
    progress: Callable[[], None] | None = None,
    deadline: float | None = None,
    workers: int = 1,
) -> list[Ranked]:
    """Score `resume`, read once, against each (id, text) job; best first (see rank_resumes)."""
    prepared = resume
    if not isinstance(prepared, PreparedResume):
        prepared = prepare_resume(resume, max_chars=max_chars)
    run = lambda text: score(prepared, text, max_chars=max_chars)  # noqa: E731
    return _rank(jobs, run, progress, deadline, workers)
