"""The candidate's personal details: withheld from the model, and kept out of its answer."""

from __future__ import annotations

from dataclasses import dataclass

from jobfit.llm.prompts import ModelAnswer
from jobfit.redaction import KINDS, Redacted, find_personal, redact, scrub
from jobfit.report import Notice, Report

_WORDS = {
    "email": ("e-mail address", "e-mail addresses"),
    "phone": ("phone number", "phone numbers"),
    "url": ("link", "links"),
    "address": ("street address", "street addresses"),
    "name": ("mention of the name", "mentions of the name"),
}


@dataclass(frozen=True)
class Withheld:
    """The two texts as the model sees them, and what was replaced in each."""

    resume: Redacted
    job: Redacted

    def guard(self, text: str) -> str:
        """`text` with any personal detail of either original text in it replaced."""
        return scrub(scrub(text, self.resume), self.job)

    def count(self, kind: str) -> int:
        """How many details of `kind` were replaced in the two texts."""
        return self.resume.counts[kind] + self.job.counts[kind]


def withhold(resume: str, job: str) -> Withheld:
    """Replace e-mails, phones, links, street addresses and the candidate's name in both texts."""
    # The name is found at the head of the resume; a job ad that names the candidate loses it too.
    redacted = redact(resume)
    return Withheld(redacted, redact(job, name=redacted.name or ""))


def offline_facts(offline: Report, withheld: Withheld) -> Report:
    """The offline report for the prompt: its requirements quote the original job, so guard them."""
    requirements = [
        r.model_copy(update={"text": withheld.guard(r.text)}) for r in offline.requirements
    ]
    return offline.model_copy(update={"requirements": requirements})


def check_answer(answer: ModelAnswer, withheld: Withheld) -> tuple[ModelAnswer, int]:
    """The answer with every personal detail it repeats replaced by a placeholder; how many."""
    removed = 0

    def clean(text: str) -> str:
        nonlocal removed
        # A place both texts' details point at (the name is looked for in both) counts once.
        pairs = ((text, withheld.resume), (text, withheld.job))
        found = len({(f.start, f.end) for pair in pairs for f in find_personal(*pair)})
        if not found:
            return text
        removed += found
        return withheld.guard(text)

    requirements = [
        r.model_copy(update={"text": clean(r.text), "evidence": [clean(q) for q in r.evidence]})
        for r in answer.requirements
    ]
    update = {
        "summary": clean(answer.summary),
        "requirements": requirements,
        "suggestions": [clean(s) for s in answer.suggestions],
    }
    return answer.model_copy(update=update), removed


def notice(withheld: Withheld, removed: int = 0) -> Notice | None:
    """The warning that says what was withheld from the model, or None when nothing was."""
    parts = []
    for kind in KINDS:
        count = withheld.count(kind)
        if count:
            one, many = _WORDS[kind]
            parts.append(f"{count} {one if count == 1 else many}")
    if not parts and not removed:
        return None
    message = "Before the AI analysis, personal details were replaced by placeholders"
    message += f": {', '.join(parts)}." if parts else "."
    if removed:
        message += f" {removed} personal detail(s) the model repeated were removed from its answer."
    return Notice(code="redacted", message=message)
