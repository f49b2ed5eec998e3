"""The one entry point: check the two texts, then hand them to the engine the settings chose."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from jobfit.config import MAX_TEXT_CHARS, Settings
from jobfit.errors import InputTooLarge, InvalidInput
from jobfit.report import Notice, Report


class Engine(Protocol):
    """Anything that turns a resume and a job description into a Report."""

    def analyze(self, resume: str, job: str) -> Report: ...


def build_engine(settings: Settings) -> Engine:
    """Return the engine the settings ask for: OpenAI when configured, else offline."""
    if settings.engine == "openai":
        # Imported here: the offline path needs no prompts or grounding. The openai SDK itself
        # waits for the first analysis (OpenAIEngine.client), so GET / never pays for it.
        from jobfit.llm.engine import OpenAIEngine

        return OpenAIEngine(settings)
    from jobfit.offline import OfflineEngine

    return OfflineEngine()


def check_text(value: object, field: str, *, max_chars: int = MAX_TEXT_CHARS) -> str:
    """Return `value` if it is a non-blank string within the limit, else raise."""
    if value is None:
        raise InvalidInput(f"The field '{field}' is required.", field=field, code="missing_field")
    if not isinstance(value, str):
        raise InvalidInput(
            f"The field '{field}' must be a string.", field=field, code="invalid_type"
        )
    if not value.strip():
        raise InvalidInput(f"The field '{field}' is blank.", field=field, code="blank_field")
    if len(value) > max_chars:
        raise InputTooLarge(
            f"The field '{field}' has {len(value):,} characters; the limit is {max_chars:,}."
        )
    return value


def analyze(
    resume: str,
    job: str,
    *,
    engine: Engine | None = None,
    max_chars: int = MAX_TEXT_CHARS,
    warnings: Sequence[Notice] = (),
) -> Report:
    """Analyse how well `resume` fits `job` and return a Report.

    `warnings` found while reading the texts (hidden text in an upload...) come first in it.
    """
    resume = check_text(resume, "resume", max_chars=max_chars)
    job = check_text(job, "jobDesc", max_chars=max_chars)
    if engine is None:
        from jobfit.offline import OfflineEngine

        engine = OfflineEngine()
    return engine.analyze(resume, job).with_warnings(list(warnings), first=True)
