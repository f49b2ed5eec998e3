"""Warn when a text does not read like a resume or a job posting, or the two look swapped."""

from __future__ import annotations

from jobfit.report import Notice

# Section headings: a line that is only one of these (any case, with a trailing colon or #).
RESUME_HEADINGS = frozenset(
    "experience|work experience|professional experience|employment|employment history|"
    "work history|education|skills|technical skills|summary|professional summary|profile|"
    "projects|certifications|publications|objective|career history".split("|")
)
POSTING_HEADINGS = frozenset(
    "requirements|responsibilities|qualifications|minimum qualifications|"
    "preferred qualifications|what you'll do|what you will do|about the role|the role|about you|"
    "who you are|nice to have|nice-to-have|what we offer|benefits|perks|about us|your profile|"
    "job description|must have|what you bring".split("|")
)
# Phrases only one of the two kinds of text uses: a posting addresses the reader.
POSTING_PHRASES = (
    "you will ",
    "you'll ",
    "we are looking",
    "we're looking",
    "we offer",
    "join our",
    "join us",
    "the ideal candidate",
    "you have ",
    "apply ",
)
RESUME_PHRASES = ("- present", "– present", "to present", "university", "bachelor", "b.sc", "bsc ")
# Weaker single words: a text with none of its kind's words is not that kind of text at all.
POSTING_WORDS = frozenset(
    "experience|skills|knowledge|required|requirements|preferred|responsibilities|candidate|"
    "role|team|job|position|salary|remote|hiring|years|degree|ability|work|working|seeking|"
    "benefits|benefit|wage|schedule|full-time|part-time|duties|responsible|must|apply|company|"
    "opportunity|qualified".split("|")
)
RESUME_WORDS = frozenset(
    "experience|education|university|degree|present|worked|developed|built|led|managed|skills|"
    "projects|engineer|developer|manager|designed|years|work|working".split("|")
)
NOT_A_RESUME = (
    "The resume field does not read like a resume: no experience, skills or education were "
    "found in it. Check what you pasted."
)
NOT_A_POSTING = (
    "The job description field does not read like a job posting: no requirements, role or "
    "skills were found in it, so the score means little."
)


def _cues(text: str, headings: frozenset[str], phrases: tuple[str, ...]) -> int:
    """Strong cues of one kind: headings count twice, phrases once each."""
    lowered = text.lower()
    found = sum(2 for line in lowered.splitlines() if line.strip(" \t#*:").strip() in headings)
    return found + sum(1 for phrase in phrases if phrase in lowered)


def _has_word(text: str, words: frozenset[str]) -> bool:
    return any(word.strip(".,;:()") in words for word in text.lower().split())


def input_warnings(resume: str, job: str) -> list[Notice]:
    """Notices for inputs that look wrong: swapped texts, or a text that is neither kind."""
    resume_as = _cues(resume, RESUME_HEADINGS, RESUME_PHRASES)
    resume_as_posting = _cues(resume, POSTING_HEADINGS, POSTING_PHRASES)
    job_as = _cues(job, POSTING_HEADINGS, POSTING_PHRASES)
    job_as_resume = _cues(job, RESUME_HEADINGS, RESUME_PHRASES)
    if resume_as_posting > resume_as and job_as_resume > job_as:
        return [
            Notice(
                code="texts_swapped",
                message="The resume reads like a job posting and the job description like a "
                "resume: they may be in each other's fields. Swap them and analyze again.",
            )
        ]
    return [
        Notice(code=code, message=message)
        for code, text, words, message in (
            ("not_a_resume", resume, RESUME_WORDS, NOT_A_RESUME),
            ("not_a_posting", job, POSTING_WORDS, NOT_A_POSTING),
        )
        if not _has_word(text, words)
    ]
