"""The one report schema shared by both engines, the API, the page and the CLI."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from jobfit import tuning
from jobfit.codes import title_for

Verdict = Literal["strong", "partial", "weak"]
Importance = Literal["required", "preferred"]
# "unknown": what no resume can show (travel, work authorisation, shifts): ask the employer.
Status = Literal["met", "partial", "missing", "unknown"]
FieldRelation = Literal["same", "adjacent", "different"]


class _Strict(BaseModel):
    # Extra keys are an error: the OpenAI engine's output must match exactly.
    model_config = ConfigDict(extra="forbid")


class Requirement(_Strict):
    """One requirement of the job and how the resume answers it."""

    text: str = Field(description="The requirement as the job states it.")
    importance: Importance
    status: Status
    evidence: list[str] = Field(
        description="Verbatim quotes from the resume that support it; empty when missing."
    )


class SkillCount(_Strict):
    """A skill with how often the job and the resume name it."""

    name: str
    job_mentions: int = Field(ge=0)
    resume_mentions: int = Field(ge=0)
    evidence: Literal["demonstrated", "listed"] | None = Field(
        default=None,
        description=(
            "For a matched skill: shown in an experience, project or education line "
            "(demonstrated) or only in a skills list (listed)."
        ),
    )


class Skills(_Strict):
    """Skills the job names, split by whether the resume shows them."""

    matched: list[SkillCount]
    missing: list[SkillCount]


class Notice(_Strict):
    """A warning attached to a report, such as keyword stuffing or hidden text."""

    code: str
    message: str
    # What the page and the CLI show above the message, from the one list (jobfit/codes.py).
    title: str = ""

    @model_validator(mode="after")
    def _title_from_code(self) -> Notice:
        if not self.title:
            self.title = title_for(self.code)
        return self


class TokenUsage(_Strict):
    """Tokens an LLM call used."""

    input_tokens: int = Field(ge=0)
    output_tokens: int = Field(ge=0)


class EngineInfo(_Strict):
    """Which engine produced a report, and its version."""

    name: Literal["offline", "openai"]
    version: str
    model: str | None = None
    prompt_version: str | None = None
    usage: TokenUsage | None = None


class Gain(_Strict):
    """The score a report would have if the resume showed one requirement it does not."""

    requirement: str
    score: int = Field(ge=0, le=100)


class Report(_Strict):
    """A fit report: score, verdict, explanation and evidence."""

    score: int = Field(ge=0, le=100)
    verdict: Verdict
    summary: str
    requirements: list[Requirement]
    skills: Skills
    suggestions: list[str]
    # Offline engine only: each unmet requirement re-scored as met, highest score first.
    gains: list[Gain] = Field(default_factory=list)
    warnings: list[Notice] = Field(default_factory=list)
    engine: EngineInfo
    field_relation: FieldRelation | None = Field(
        default=None,
        description=(
            "Whether the resume is in the job's occupation, an adjacent one or a different one "
            "(offline occupation model); None when either side names no occupation."
        ),
    )

    def with_warnings(self, notices: list[Notice], *, first: bool = False) -> Report:
        """A copy with `notices` added after its own warnings, or before them when `first`."""
        if not notices:
            return self
        warnings = [*notices, *self.warnings] if first else [*self.warnings, *notices]
        return self.model_copy(update={"warnings": warnings})


def verdict_for(score: int) -> Verdict:
    """Map a 0-100 score to its verdict band."""
    if score >= tuning.STRONG_BAND:
        return "strong"
    if score >= tuning.PARTIAL_BAND:
        return "partial"
    return "weak"
