"""The resume as the analysis sees it: clean segments, skills, words, years, degrees, warnings."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from jobfit.offline import gaming, privacy
from jobfit.offline.credentials import degree_levels, resume_years
from jobfit.offline.injection import find_injections, has_hidden_characters
from jobfit.offline.matching import find_mentions
from jobfit.offline.text import GENERIC_WORDS, STOP_WORDS, content_stems, segments, tokenize
from jobfit.report import Notice

SHORT_LINE = 80  # a short line with contact details is a contact line: drop it whole


@dataclass
class Segment:
    """A verbatim piece of the resume and what it contains."""

    text: str
    quotable: bool
    skills: Counter[str]
    stems: frozenset[str]


@dataclass
class ResumeProfile:
    """Everything the scoring needs from the resume."""

    segments: list[Segment]
    skills: Counter[str]
    stems: frozenset[str]
    years: float
    degrees: set[int]
    warnings: list[Notice] = field(default_factory=list)


def _personal_free(raw: list[str]) -> list[tuple[str, str, bool]]:
    """(verbatim, text to scan, quotable) for each segment, personal details removed."""
    out = []
    for i, seg in enumerate(raw):
        if i == 0 and privacy.looks_like_name(seg):
            continue
        spans = privacy.personal_spans(seg)
        if spans and (len(seg) <= SHORT_LINE or spans[0] == (0, len(seg))):
            continue
        out.append((seg, privacy.mask(seg, spans), not spans))
    return out


def _keyword_counts(text: str) -> Counter[str]:
    return Counter(t.stem for t in tokenize(text) if t.lower not in STOP_WORDS and len(t.lower) > 1)


def build_resume(resume: str, job_words: list[str], job_keywords: set[str]) -> ResumeProfile:
    """Read `resume` against the job's lower-case words and keyword stems."""
    warnings = []
    injections = find_injections(resume)
    if injections:
        shown = "; ".join(f'"{p[:60]}"' for p in injections[:3])
        warnings.append(
            Notice(
                code="prompt_injection",
                message=(
                    f"The resume contains instructions aimed at an automated screener ({shown}); "
                    "they were ignored and did not affect the score."
                ),
            )
        )
    if has_hidden_characters(resume):
        warnings.append(
            Notice(
                code="hidden_text",
                message=(
                    "The resume contains invisible characters (zero-width or direction overrides)."
                ),
            )
        )
    kept = [s for s in _personal_free(segments(resume)) if not find_injections(s[1])]

    words = [[t.lower for t in tokenize(scan)] for _, scan, _ in kept]
    copied = gaming.copied_fractions(words, job_words)
    if sum(f * len(w) for f, w in zip(copied, words, strict=True)) >= 20:
        warnings.append(
            Notice(
                code="job_text_copied",
                message=(
                    "Parts of the resume repeat the job description word for word; "
                    "those parts were left out of the score."
                ),
            )
        )
    kept = [s for s, f in zip(kept, copied, strict=True) if f < 0.5]

    counts = [_keyword_counts(scan) for _, scan, _ in kept]
    sizes = [sum(c.values()) for c in counts]
    keywords = {k for k in job_keywords if k not in GENERIC_WORDS}
    stuffed = gaming.stuffed_keywords(counts, sizes, keywords)
    if stuffed:
        warnings.append(
            Notice(
                code="keyword_stuffing",
                message=(
                    f"The resume repeats {', '.join(sorted(stuffed)[:5])} far more often than "
                    "prose does; repetition does not raise the score."
                ),
            )
        )
        # Lines that are mostly one repeated keyword are stuffing, not evidence.
        kept = [
            s
            for s, c, n in zip(kept, counts, sizes, strict=True)
            if not any(
                c[k] >= gaming.STUFF_LINE and c[k] / max(1, n) >= gaming.STUFF_LINE_SHARE
                for k in stuffed
            )
        ]

    segs = []
    for seg, scan, quotable in kept:
        mentions = find_mentions(scan)
        segs.append(
            Segment(
                seg,
                quotable,
                Counter(m.skill.name for m in mentions),
                frozenset(content_stems(scan)),
            )
        )
    skills: Counter[str] = Counter()
    stems: set[str] = set()
    for s in segs:
        skills.update(s.skills)
        stems |= s.stems
    body = "\n".join(scan for _, scan, _ in kept)
    return ResumeProfile(
        segs, skills, frozenset(stems), resume_years(body), degree_levels(body), warnings
    )
