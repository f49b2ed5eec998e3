"""Evidence: the resume's most telling lines for each requirement, each quoted once a report."""

from __future__ import annotations

import re
from itertools import compress, count
from operator import and_, not_
from typing import NamedTuple

from jobfit import tuning
from jobfit.offline import abbreviations
from jobfit.offline.job import Line
from jobfit.offline.lines import clip
from jobfit.offline.matching import find_mentions
from jobfit.offline.profile import Segment
from jobfit.offline.prose import telling, trim_dangling, whole_clause
from jobfit.offline.text import EDGE, content_stems, tokenize
from jobfit.offline.vocabulary import implied_names

MAX_EVIDENCE = tuning.MAX_EVIDENCE
MAX_QUOTE = tuning.MAX_QUOTE
# "over 20 years", "2016 - 2024": "\b\d{1,2}..." or "\b(?:19|20)\d{2}...", written from the first
# digit ("\d(?<!\w\d)" is "\b\d"), so the search skips to digits: twice as fast, same matches.
_YEARS = re.compile(
    r"\d(?<!\w\d)(?:\d?\+?\s*+(?:years?|yrs?)\b|(?:(?<=1)9|(?<=2)0)\d{2}\s*+[-\u2013\u2014])", re.I
)
_ORDER = {"required": 0, "duty": 1, "preferred": 2}
# A list has this many items or more: quote the items that answer, not the whole list.
LIST_ITEMS = 3


def line_roles(line: Line) -> dict[str, frozenset[str]]:
    """The short forms of the line that name a role, with the title's stems ("PM": project
    manager); read once a line of a posting (line.once)."""
    return abbreviations.role_stems(line.text) if line.stems & _SHORT_ROLES else {}


_SHORT_ROLES = frozenset({"pm", "ba"})


def _quoted_stems(line: Line) -> frozenset[str]:
    """The line's stems with the titles its short forms name: what a quote of it shares."""
    return line.stems.union(*line.once(line_roles).values())


def _hits(line: Line, seg: Segment, dated: bool, stems: frozenset[str] | None = None) -> int:
    """How well `seg` answers `line`; `dated`: _YEARS finds "over 20 years", "2016 - 2024";
    `stems`: the line's, with the titles its short forms name."""
    names, stems = line.names, line.stems if stems is None else stems
    # Most segments share nothing with a line: two isdisjoint() answer that without new sets.
    shared = not (names.isdisjoint(seg.shown) and stems.isdisjoint(seg.stems))
    return (
        (2 * len(names & seg.shown) + len(stems & seg.stems) if shared else 0)
        + 3 * bool(line.degree is not None and seg.degrees)
        + 3 * bool(line.years and dated)
    )


_ITEM_ENDS = str.maketrans(";|", ",,")


def _pieces(text: str) -> list[tuple[int, int]]:
    """Spans of the items of a list-like line ("Python, Django | SQL")."""
    spans, start = [], 0
    for item in text.translate(_ITEM_ENDS).split(","):  # str methods, not a loop per character
        spans.append((start, start + len(item)))
        start += len(item) + 1
    return spans


class _Quoted(dict):
    """Each option's quote (_quote) and whether it tells (telling), read once a report: one
    line of the resume is an option of many requirements."""

    def __missing__(self, option: str) -> tuple[str, bool]:
        quote = _quote(option)
        self[option] = out = (quote, telling(quote))
        return out


class _Reading(dict):
    """The skills (named or implied) and content stems of each piece of a line quoted, read once
    a report: the lines of the resume answer many requirements."""

    def __init__(self) -> None:
        super().__init__()
        self.quoted = _Quoted()

    def __missing__(self, piece: str) -> tuple[frozenset[str], set[str]]:
        tokens = tokenize(piece)
        # The names alone are asked about: with_implied's keys, without counting them.
        shown = implied_names([m.skill.name for m in find_mentions(piece, tokens)])
        self[piece] = out = (shown, content_stems(piece, tokens))
        return out


def _answers(piece: str, line: Line, reading: _Reading) -> bool:
    shown, stems = reading[piece]
    return not (line.names.isdisjoint(shown) and line.stems.isdisjoint(stems))


def _options(text: str, line: Line, reading: _Reading) -> list[str]:
    """Ways to quote `text` for `line`, most focused first, each a verbatim piece of it.

    A list-like line is quoted by the items that answer (so one skills line reads differently
    for each requirement); a line of clauses by the clause that answers; a dated line whole.
    """
    spans = _pieces(text)
    if line.years and len(spans) >= LIST_ITEMS and not _YEARS.search(text):
        return []  # a list of skills says nothing of years
    if line.degree is not None or line.years:
        return [text]
    out = []
    if len(spans) >= LIST_ITEMS:
        # From the first item that answers to the last: read from each end, not every item.
        first = next(
            (k for k, (s, e) in enumerate(spans) if _answers(text[s:e], line, reading)), None
        )
        if first is not None:
            last = next(
                k
                for k in range(len(spans) - 1, first - 1, -1)
                if k == first or _answers(text[spans[k][0] : spans[k][1]], line, reading)
            )
            out.append(text[spans[first][0] : spans[last][1]].strip(EDGE))
    clauses = [c.strip(EDGE) for c in text.split("; ")]
    if len(clauses) > 1:
        out += [c for c in clauses if _answers(c, line, reading)]
    return out + [text]


def _quote(text: str) -> str:
    """A verbatim piece of `text` that ends on a whole phrase, never on "and" or a comma."""
    if len(text) > MAX_QUOTE:
        text = whole_clause(text, MAX_QUOTE) or clip(text, MAX_QUOTE)
    # A line wrapped in the file ends on the first words of the next sentence: stop before them.
    head, stop, tail = text.rpartition(". ")
    if stop and tail[:1].isupper() and tail[-1:] not in ".!?" and len(head.split()) >= 4:
        text = head + "."
    return trim_dangling(text) or text


class _Segments(NamedTuple):
    """What the candidates of every line read of the resume's segments, read once a report."""

    degrees: bool  # some segment names a degree
    shown: list[frozenset[str]]  # each segment's skills shown
    stems: list[frozenset[str]]  # each segment's content stems


def _segments(segments: list[Segment]) -> _Segments:
    shown, stems = [s.shown for s in segments], [s.stems for s in segments]
    return _Segments(any(s.degrees for s in segments), shown, stems)


class _Candidates:
    """The segments that answer one line, best first, with their quote options built lazily."""

    def __init__(
        self,
        line: Line,
        segments: list[Segment],
        dated: list[bool],
        reading: _Reading,
        read: _Segments | None = None,
    ) -> None:
        read = _segments(segments) if read is None else read
        # The degree lines answer a degree requirement, and nothing else does; years of study
        # are no years of experience.
        degrees = line.degree is not None and read.degrees
        study = bool(line.years) and line.degree is None
        names, stems = line.names, line.once(_quoted_stems)  # read once a line of a posting
        ranked = []
        if line.degree is None and not line.years:
            # A line that asks for neither a degree nor years is answered by shared skills or
            # words alone, and most segments share none: the two set tests of every segment
            # run in C, and only the segments sharing something are read here.
            nothing = map(
                and_, map(names.isdisjoint, read.shown), map(stems.isdisjoint, read.stems)
            )
            for i in compress(count(), map(not_, nothing)):
                seg = segments[i]
                if seg.quotable:
                    hits = _hits(line, seg, dated[i], stems)
                    if hits >= 1:  # left out before sorting: most segments answer nothing
                        ranked.append((-hits, i, seg.text))
        else:
            for i, seg in enumerate(segments):
                if seg.quotable and (seg.degrees or not degrees) and not (study and seg.degrees):
                    hits = _hits(line, seg, dated[i], stems)
                    if hits >= 1:
                        ranked.append((-hits, i, seg.text))
        ranked.sort()
        self.line = line
        self.reading = reading
        self.ranked = [(-h, i, text) for h, i, text in ranked]
        self._options: dict[int, list[str]] = {}

    def options(self, i: int, text: str) -> list[str]:
        """Telling quotes of segment `i` for the line; most segments are never asked."""
        if i not in self._options:
            options = _options(text, self.line, self.reading)
            quotes = dict.fromkeys(map(self.reading.quoted.__getitem__, options))
            self._options[i] = [q for q, tells in quotes if tells]
        return self._options[i]


def _pick(
    found: _Candidates,
    used: dict[int, list[str]],
    floor: int,
    strict: bool = True,
    shared: bool = False,
) -> str | None:
    """The best quote not used yet; `strict` also refuses a part of a line already quoted,
    `shared` takes the best quote even if another item uses it."""
    quoted = set() if shared else {q for qs in used.values() for q in qs}
    for hits, i, text in found.ranked:
        if hits < floor:
            break
        for quote in found.options(i, text):
            # A clause of a line already quoted, or the line of a quoted clause, repeats it.
            overlap = any(quote in u or u in quote for u in used.get(i, []))
            if quote not in quoted and not (strict and overlap and not shared):
                used.setdefault(i, []).append(quote)
                return quote
    return None


def quote_order(lines: list[Line]) -> list[int]:
    """The order in which the lines choose quotes: required first, then duties, then preferred."""
    return sorted(range(len(lines)), key=lambda k: (_ORDER.get(lines[k].importance, 1), k))


def choose_evidence(
    wanted: list[tuple[Line, bool]], segments: list[Segment], order: list[int] | None = None
) -> list[tuple]:
    """Quotes for each (line, wanted) pair; a quote serves two items only where one would have
    none without it.

    Each line gets its best quote first, required lines choosing first, so one line of the
    resume is not spent on two quotes of one requirement while another has none. `order`:
    quote_order of the lines, when read before.
    """
    used: dict[int, list[str]] = {}
    out: list[list[str]] = [[] for _ in wanted]
    order = quote_order([line for line, _ in wanted]) if order is None else order
    found: dict[int, _Candidates] = {}
    if any(want for _, want in wanted):
        # Dates are looked for once a segment, however many lines ask for years.
        ask = any(line.years for line, want in wanted if want)
        dated = [bool(_YEARS.search(s.text)) for s in segments] if ask else [False] * len(segments)
        reading, read = _Reading(), _segments(segments)
        found = {
            k: _Candidates(wanted[k][0], segments, dated, reading, read)
            for k in order
            if wanted[k][1]
        }
    # Every item gets a first quote before any gets a second. One shared word is thin
    # evidence: quoted only when nothing better exists. Last resort, the part of a line that
    # answers an item, though another item quotes another part of that line.
    rounds = [(2, True, 0), (1, True, 0), (1, False, 0)]
    for floor, strict, nth in rounds + [(2, True, n) for n in range(1, MAX_EVIDENCE)]:
        for k in found:
            if len(out[k]) == nth:
                quote = _pick(found[k], used, floor, strict)
                if quote is not None:
                    out[k].append(quote)
    # An item met through a line another item quotes still shows it ("M.S. in Statistics" for
    # both the bachelor's and the master's line): a met item with no quote explains nothing.
    for k in found:
        if not out[k] and (quote := _pick(found[k], used, 1, shared=True)) is not None:
            out[k].append(quote)
    return [tuple(q) for q in out]
