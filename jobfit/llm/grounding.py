"""Check what the model says against the texts before anyone sees it."""

from __future__ import annotations

import re

from jobfit import tuning
from jobfit.llm.prompts import BLOCKS, ModelAnswer, unescape
from jobfit.offline.injection import find_injections
from jobfit.offline.prose import checked_summary
from jobfit.report import EngineInfo, Notice, Report, Requirement, verdict_for

SCORE_ALLOWANCE = tuning.SCORE_ALLOWANCE

_WEIGHT = {"required": 2, "preferred": 1}
_CREDIT = {"met": 1.0, "partial": 0.5, "missing": 0.0}  # "unknown" items are left out

# Tags shaped like the prompt's own delimiters: an attempt to break out of the data block.
_FORGED_TAG = re.compile(rf"</?\s*(?:{'|'.join(BLOCKS)}|system|instructions?)\b", re.IGNORECASE)


def normalise(text: str) -> str:
    """Collapse every run of whitespace to one space, so line breaks do not break quotes."""
    return " ".join(text.split())


def verify_evidence(requirements: list[Requirement], resume: str) -> tuple[list[Requirement], int]:
    """Drop quotes not found verbatim in `resume`; return the checked list and how many went."""
    haystack = normalise(resume)
    dropped = 0
    checked = []
    for req in requirements:
        kept = []
        for quote in map(unescape, req.evidence):
            needle = normalise(quote)
            if needle and needle in haystack:
                kept.append(quote)
            else:
                dropped += 1
        status = req.status
        # A "met" that rested only on invented quotes is at best partial.
        if req.evidence and not kept and status == "met":
            status = "partial"
        if status in ("missing", "unknown"):
            kept = []
        checked.append(req.model_copy(update={"evidence": kept, "status": status}))
    return checked, dropped


def evidence_score(requirements: list[Requirement]) -> int | None:
    """Score the requirements alone (required weigh double); None when there are none."""
    requirements = [r for r in requirements if r.status in _CREDIT]
    total = sum(_WEIGHT[r.importance] for r in requirements)
    if not total:
        return None
    got = sum(_WEIGHT[r.importance] * _CREDIT[r.status] for r in requirements)
    return round(100 * got / total)


def score_ceiling(offline_score: int, requirements: list[Requirement]) -> int:
    """The highest score the evidence supports: the better of the two analyses, plus allowance."""
    support = max(offline_score, evidence_score(requirements) or 0)
    return min(100, support + SCORE_ALLOWANCE)


def injection_found(*texts: str) -> bool:
    """True when any text holds instruction-like text aimed at a screener."""
    # The offline detector is shared so both engines flag the same phrases.
    return any(find_injections(text) or _FORGED_TAG.search(text) for text in texts)


def ground(
    answer: ModelAnswer, offline: Report, resume: str, job: str, engine: EngineInfo
) -> Report:
    """Turn a model answer into a checked Report: verified quotes, bounded score, flags."""
    requirements, dropped = verify_evidence(answer.requirements, resume)
    notices = []
    if dropped:
        notices.append(
            Notice(
                code="unverified_evidence",
                message=f"{dropped} quote(s) the model gave were not found in the resume "
                "and were removed.",
            )
        )
    ceiling = score_ceiling(offline.score, requirements)
    score = answer.score
    if score > ceiling:
        notices.append(
            Notice(
                code="score_capped",
                message=f"The model scored {score}, far above what the evidence supports; "
                f"the score was capped at {ceiling}.",
            )
        )
        score = ceiling
    # The offline analysis may have flagged it already, with the phrases it found.
    flagged = any(w.code == "prompt_injection" for w in offline.warnings)
    if not flagged and injection_found(resume, job):
        notices.append(
            Notice(
                code="prompt_injection",
                message="The input contains instruction-like text aimed at a screener; "
                "it was treated as data and ignored.",
            )
        )
    return Report(
        score=score,
        # Derived from the final score so a capped score never keeps a "strong" verdict.
        verdict=verdict_for(score),
        summary=checked_summary(answer.summary, offline.summary, resume),
        requirements=requirements,
        skills=offline.skills,
        suggestions=[s.strip() for s in answer.suggestions if s.strip()],
        warnings=offline.warnings,
        engine=engine,
    ).with_warnings(notices)
