"""Replace a resume's personal details with placeholders before it leaves for a model."""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field

from jobfit import contacts
from jobfit.names import detect_name, name_spans, name_words

KINDS = ("email", "phone", "url", "address", "name")
PLACEHOLDERS = {kind: f"[{kind.upper()}]" for kind in KINDS}
# Where two finds overlap the earlier kind names the merged span: a name inside an e-mail
# address is part of the address.
_PRIORITY = {kind: i for i, kind in enumerate(KINDS)}

__all__ = [
    "KINDS",
    "PLACEHOLDERS",
    "Finding",
    "Redacted",
    "RedactionSummary",
    "detect_name",
    "find_personal",
    "redact",
    "scrub",
]


class RedactionSummary(BaseModel):
    """What was replaced by placeholders before the texts went to the model, and how often."""

    model_config = ConfigDict(extra="forbid")

    email: int = Field(default=0, ge=0)
    phone: int = Field(default=0, ge=0)
    url: int = Field(default=0, ge=0)
    address: int = Field(default=0, ge=0)
    name: int = Field(default=0, ge=0)
    answer_removed: int = Field(
        default=0,
        ge=0,
        description="Parts of the model's answer removed because they held a personal detail.",
    )


@dataclass(frozen=True)
class Redacted:
    """A redacted text, how many of each kind were replaced, and the originals (never log them)."""

    text: str = field(repr=False)
    counts: dict[str, int]
    values: tuple[tuple[str, str], ...] = field(default=(), repr=False)  # (kind, original)
    name: str | None = field(default=None, repr=False)

    def summary(self, answer_removed: int = 0) -> RedactionSummary:
        """The counts as a report field."""
        return RedactionSummary(**self.counts, answer_removed=answer_removed)


@dataclass(frozen=True)
class Finding:
    """A personal detail found in a text: its kind and where it sits."""

    kind: str
    start: int
    end: int


def redact(text: str, *, name: str | None = None) -> Redacted:
    """Replace e-mails, phones, URLs, street addresses and the candidate's name by placeholders.

    `name=None` detects the name from the first lines; `name=""` leaves names alone.
    """
    if name is None:
        name = detect_name(text)
    spans = _resolve(
        contacts.emails(text)
        + contacts.urls(text)
        + contacts.phones(text)
        + contacts.addresses(text)
        + name_spans(text, name_words(name))
    )
    parts, counts, values, last = [], dict.fromkeys(KINDS, 0), [], 0
    for start, end, kind in spans:
        parts += [text[last:start], PLACEHOLDERS[kind]]
        counts[kind] += 1
        values.append((kind, text[start:end]))
        last = end
    parts.append(text[last:])
    return Redacted("".join(parts), counts, tuple(dict.fromkeys(values)), name or None)


def find_personal(text: str, redacted: Redacted | str) -> list[Finding]:
    """Where `text` (a model's answer) repeats a personal detail of the original resume.

    `redacted` is what redact() returned for the resume, or the original resume text.
    """
    if isinstance(redacted, str):
        redacted = redact(redacted)
    folded = _fold(text)
    spans = [
        (start, end, kind)
        for kind, value in redacted.values
        if kind in ("email", "url", "address")
        # An address is looked for by its street ("123 Main Street"), without unit or city.
        for start, end in _occurrences(
            folded, _fold(value.partition(",")[0] if kind == "address" else value)
        )
    ]
    # A phone number comes back in any format: compare the last seven digits before any
    # extension ("555-010-2030 ext. 42" -> "0102030").
    phones = {
        _digits(contacts.EXTENSION.split(value, maxsplit=1)[0])[-7:]
        for kind, value in redacted.values
        if kind == "phone"
    }
    for run in contacts.NUMBERISH.finditer(text) if phones else ():
        if any(p in _digits(run.group()) for p in phones):
            spans.append((run.start(), run.start() + len(run.group().rstrip(" (.-")), "phone"))
    spans += name_spans(text, name_words(redacted.name))
    return [Finding(kind, start, end) for start, end, kind in _resolve(spans)]


def scrub(text: str, redacted: Redacted | str) -> str:
    """`text` with every personal detail of the original resume replaced by its placeholder."""
    parts, last = [], 0
    for f in find_personal(text, redacted):
        parts += [text[last : f.start], PLACEHOLDERS[f.kind]]
        last = f.end
    return "".join([*parts, text[last:]])


def _resolve(spans: list[contacts.Span]) -> list[contacts.Span]:
    """Sorted spans with overlaps merged, so no part of either is left in the clear."""
    out: list[contacts.Span] = []
    for start, end, kind in sorted(spans, key=lambda s: (s[0], _PRIORITY[s[2]], -s[1])):
        if out and start < out[-1][1]:
            first, last, other = out[-1]
            out[-1] = (first, max(last, end), min(kind, other, key=_PRIORITY.__getitem__))
        else:
            out.append((start, end, kind))
    return out


def _fold(text: str) -> str:
    # Lower-case without changing the length, so offsets in the folded text hold in the original.
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _occurrences(haystack: str, needle: str) -> list[tuple[int, int]]:
    out, at = [], haystack.find(needle) if needle else -1
    while at >= 0:
        out.append((at, at + len(needle)))
        at = haystack.find(needle, at + len(needle))
    return out
