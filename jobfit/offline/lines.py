"""A text's verbatim segments: wrapped lines joined, long lines cut, quotes clipped."""

from __future__ import annotations

import re
from collections.abc import Callable

from jobfit import tuning
from jobfit.offline.text import BULLETS, EDGE

# Sentence ends and inline bullets split long lines into segments a reader can quote.
# A split starts at a run's first space, or at the bullet: a long run is scanned once.
# Any letter may start a sentence (an all-lower-case resume has sentences too); the few
# abbreviations that end on a stop inside one ("e.g.", "etc.") do not end it.
# Every split opens on a space or a bullet, read first, so the search skips to them in C (from
# a lookbehind, it was tried at every character); the lookbehinds then look back past it.
_SPLIT = re.compile(
    rf"[\s{BULLETS}]"
    r"(?:(?<=[.!?;]\s)(?<!e\.g\.\s)(?<!i\.e\.\s)(?<!etc\.\s)(?<!\bvs\.\s)\s*+(?=[a-z0-9(\"'])"
    rf"|(?<=\s)(?<!\s\s)\s*+[{BULLETS}]\s*+|(?<=[{BULLETS}])\s*+)",
    re.IGNORECASE,
)

_ITEM_STARTS = BULLETS + "-*+"  # a line that starts with one starts a new item
_WRAP_ENDS = (",", "\u2013", "\u2014", "-", "&", "/", "(")
# Words a line never ends on unless its sentence goes on below ("experience in", "Led the").
_CONNECTORS = frozenset("a an and as at by for from in into of on or the to with".split())


def _margin(lines: list[str]) -> float:
    """The width a wrapped line reaches: most lines of a wrapped paragraph fill it."""
    # Each non-blank line's width, read in map and filter: this runs over every line.
    widths = sorted(filter(None, map(len, map(str.rstrip, lines))))
    if not widths:
        return float("inf")
    usual = widths[min(len(widths) - 1, int(tuning.WRAP_MARGIN_RANK * len(widths)))]
    return max(usual, tuning.WRAP_MIN_MARGIN)


def _list_goes_on(end: str, start: str) -> bool:
    """True when a comma list breaks mid-item ("Communication, Project" / "management, Java")."""
    # A tab after a comma reads as the space it stands for: spacing never changes a judgement.
    end, start = end.replace(",\t", ", "), start.replace(",\t", ", ")
    head, comma, tail = end.rpartition(", ")
    first = start.split(", ", 1)
    return (
        head.count(", ") + 1 >= tuning.WRAP_LIST_COMMAS
        and len(first) == 2
        and ":" not in first[0]
        and len(tail.split()) <= tuning.WRAP_LIST_ITEM
        and len(first[0].split()) <= tuning.WRAP_LIST_ITEM
    )


def _wrapped(line: str, after: str, margin: float, heading: Callable[[str], bool]) -> bool:
    """True when `after` continues `line`: a PDF wrapped one phrase ("Project / management").

    Letter case never decides it (an all-lower-case resume reads the same): a line wraps when it
    ends on a joining character or word, breaks a comma list mid-item, or fills the margin.
    """
    end, start = line.rstrip(), after.strip()
    if not end or not start or end[-1] in ".!?:;" or start[0] in _ITEM_STARTS:
        return False
    if end.endswith(_WRAP_ENDS):
        return True
    last = end.rsplit("\n", 1)[-1]
    # A line that fills the margin wraps into a line that goes on, or ends its sentence or
    # item; not into a title or a date ("SAP CONSULTANT").
    filled = len(last) >= tuning.WRAP_WIDTH * margin
    goes_on = len(start) >= tuning.WRAP_WIDTH * margin or start[-1] in ".!?;,"
    word = last.rsplit(None, 1)[-1]
    if not (filled and goes_on or word.lower() in _CONNECTORS or _list_goes_on(last, start)):
        return False
    # Checked last, as they only ever say no: most lines would not wrap anyway.
    label, colon, _ = start.partition(":")
    # A heading or a label ("Skills: ...") starts a line of its own.
    return not (
        heading(last) or heading(start) or (colon and len(label.split()) <= tuning.HEADING_WORDS)
    )


def _lines(text: str, heading: Callable[[str], bool]) -> list[str]:
    """The lines of `text`, a wrapped line joined to the one before it (with its line break)."""
    out: list[str] = []
    lines = text.split("\n")
    margin = _margin(lines)
    for line in lines:
        if out and _wrapped(out[-1], line, margin, heading):
            out[-1] += "\n" + line
        else:
            out.append(line)
    return out


def _never(_: str) -> bool:
    return False


def segments(
    text: str, *, max_len: int = 240, heading: Callable[[str], bool] = _never
) -> list[str]:
    """Lines of `text`, long ones cut into sentences; each is a trimmed verbatim substring.

    A line that a PDF wrapped stays one segment, its line break inside, so phrases match;
    `heading` tells a section heading, which is never part of a wrapped line.
    """
    out = []
    for line in _lines(text, heading):
        pieces = [line] if len(line) <= max_len else _SPLIT.split(line)
        for piece in pieces:
            piece = piece.strip(EDGE)
            if len(piece) > 1:
                out.append(piece)
    return out


def clip(segment: str, limit: int = 200) -> str:
    """Cut `segment` to `limit` characters at a word boundary, keeping a verbatim prefix."""
    if len(segment) <= limit:
        return segment
    cut = segment[:limit]
    space = max(cut.rfind(" "), cut.rfind("\t"))  # a tab parts words as a space does
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(EDGE)
