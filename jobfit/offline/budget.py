"""A wall-clock budget for one offline analysis, checked between stages and inside long loops."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

from jobfit.errors import AnalysisTimeout, ConfigError

# Linear code analyses two 50,000-character texts in well under a second; the budget is a net
# for what a test has not foreseen, so one request can never hold a worker for long.
DEFAULT_SECONDS = 5.0
ENV = "JOBFIT_ANALYSIS_SECONDS"
_deadline: ContextVar[float | None] = ContextVar("jobfit_analysis_deadline", default=None)


def seconds_from_env(env: Mapping[str, str] | None = None) -> float:
    """The budget in seconds from JOBFIT_ANALYSIS_SECONDS, else DEFAULT_SECONDS."""
    raw = ((os.environ if env is None else env).get(ENV) or "").strip()
    try:
        seconds = float(raw) if raw else DEFAULT_SECONDS
    except ValueError:
        raise ConfigError(f"{ENV} must be a number; it is {raw!r}.") from None
    if not seconds > 0 or seconds == float("inf"):
        raise ConfigError(f"{ENV} must be a positive number of seconds; it is {raw!r}.")
    return seconds


@contextmanager
def limit(seconds: float) -> Iterator[None]:
    """Within the block, check() raises AnalysisTimeout once `seconds` have passed."""
    token = _deadline.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


def check() -> None:
    """Raise AnalysisTimeout when the current analysis has run over its budget."""
    deadline = _deadline.get()
    if deadline is not None and time.monotonic() > deadline:
        raise AnalysisTimeout(
            "The analysis took too long; the texts may be built to stall it. "
            "Shorten them or remove repeated padding.",
        )
