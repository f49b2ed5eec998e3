"""Years of experience: the totals a text states and the years its date ranges cover."""

from __future__ import annotations

import re
from datetime import UTC, datetime

_EXPLICIT_YEARS = re.compile(
    r"\b(\d{1,2}(?:\.\d)?)\s*+\+?\s*+(?:years?|yrs?)\b(?:\s++\d{1,2}\s++months?)?"
    r"(?=[^.\n]{0,40}\b(?:experience|exp|exprience|industry|work))",
    re.IGNORECASE,
)
_MONTHS = re.compile(r"\b(\d{1,3})\s*+months?\b", re.IGNORECASE)
# "2015 - 2019", "June 2015 to Aug. 2019", "06/2015 - 08/2019", "01/2016 to Current": the start
# year, then the end's month as a word or as "08/" (its start month needs no reading: the match
# begins at the start year).
_RANGE = re.compile(
    r"\b((?:19|20)\d{2})\s*+(?:-|–|—|to|till|until)\s*+(?:[A-Za-z]{3,9}\.?,?\s++|\d{1,2}/)?"
    r"((?:19|20)\d{2}|present|current|date|now|today)\b",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _found(text: str, heads: tuple[str, ...]) -> list[int]:
    """Every place one of `heads` starts in `text`, in order (searched in C)."""
    out = []
    for head in heads:
        at = text.find(head)
        while at != -1:
            out.append(at)
            at = text.find(head, at + 1)
    return sorted(out)


def _centuries(text: str) -> list[int]:
    """Every place a word starts with "19" or "20", in order: where a year can start."""
    # One after a word character has no \b before it: no year starts there.
    return [at for at in _found(text, ("19", "20")) if not at or text[at - 1] not in _WORD_CHARS]


def _digit_runs(text: str) -> list[int]:
    """Where each run of digits starts: every place a number after a word boundary can start."""
    return [m.start() for m in _DIGITS.finditer(text)]


def _numbers_before(text: str, low: str, words: tuple[str, ...], longest: int) -> list[int]:
    """Every place a number of at most `longest` characters can start and be followed by one of
    `words` (lower case), with spaces and one "+" at most between ("5+ years", "18 months").

    `low`: text.lower(), as long as `text`. A resume has a few such words and a hundred
    numbers (dates, phones): the totals are tried before the words, not at every number.
    """
    out = []
    # Back from each word over the spaces and "+" to where its number ends: linear, as no
    # walk passes a word, so none passes a character another walk did.
    for word in words:
        at = low.find(word)
        while at != -1:
            end = at
            while end and text[end - 1].isspace():
                end -= 1
            if end and text[end - 1] == "+":
                end -= 1
                while end and text[end - 1].isspace():
                    end -= 1
            out.extend(range(max(0, end - longest), end))
            at = low.find(word, at + 1)
    return sorted(set(out))


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """pattern.finditer(text), tried only at `starts` (every place a match can begin)."""
    found = []
    end = 0
    for at in starts:
        if at >= end and (m := pattern.match(text, at)):
            found.append(m)
            end = m.end()
    return found


def this_year() -> int:
    """The year "present" means in a date range: a recruiter reading it today counts to today."""
    return datetime.now(UTC).year


def resume_years(text: str) -> float:
    """A conservative estimate of the years of experience a resume shows."""
    best = 0.0
    # Each search reads the whole resume: skip those whose words are missing (no letter but
    # these lower-cases to them or matches them ignoring case), and try the year patterns only
    # where a year can start.
    low = text.lower()
    named_years, named_months = "year" in low or "yr" in low, "month" in low
    # Both totals are a number at a word's start before "years" or "months": tried only just
    # before those words (a search for every run of digits read the whole resume). Where
    # lower() changes the length ("\u0130"), its places are not the text's: every run is tried.
    one_to_one = len(low) == len(text)
    if named_years:
        starts = _numbers_before(text, low, ("year", "yr"), 4) if one_to_one else _digit_runs(text)
        for m in _matches_at(_EXPLICIT_YEARS, text, starts):
            best = max(best, float(m.group(1)))
    if named_months:
        starts = _numbers_before(text, low, ("month",), 3) if one_to_one else _digit_runs(text)
        for m in _matches_at(_MONTHS, text, starts):
            best = max(best, int(m.group(1)) / 12)
    centuries = _centuries(text)
    now = this_year()
    spans = []
    for m in _matches_at(_RANGE, text, centuries):
        start = int(m.group(1))
        end_text = m.group(2)
        end = int(end_text) if end_text.isdigit() else now
        if start <= end <= start + 50:
            spans.append((start, end))
    if spans:
        # Ranges overlap (two jobs at once, or a degree during a job): count the covered years once.
        covered = set()
        for start, end in spans:
            covered.update(range(start, max(end, start + 1)))
        best = max(best, float(len(covered)))
    if named_years or "decade" in low:
        best = max(best, _word_years(text))
    return best


# The same dates and totals, read per job by field_years.
RANGE = _RANGE

# Totals in words: "ten years of experience", "twenty-five years", "over a decade".
_UNITS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
_UNITS += " fifteen sixteen seventeen eighteen nineteen"
_NUMBERS = {w: n for n, w in enumerate(_UNITS.split(), 1)}
_NUMBERS.update({"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a": 1, "an": 1})
_YEAR_WORDS = {"year": 1, "years": 1, "yrs": 1, "decade": 10, "decades": 10}
_WORK = ("experience", "exp", "industry", "work")
_AFTER = 40  # characters after the total in which its sentence names experience (as above)


def _number(word: str) -> int | None:
    """The value of a number in words ("ten", "twenty-five", "5"), else None."""
    if word.isdigit() and len(word) <= 2:
        return int(word)
    tens, _, unit = word.partition("-")
    if unit:
        return _NUMBERS[tens] + _NUMBERS[unit] if tens in _NUMBERS and unit in _NUMBERS else None
    return _NUMBERS.get(word)


# A year word as a whole token ("years", "decade.", "yrs,"): the only places word_totals reads.
_YEAR_TOKEN = re.compile(r"(?<!\S)(?:years?|yrs|decades?)[.,;:']*+(?!\S)")
_BEFORE = 64  # characters before a year word in which its number stands ("twenty-five (25)")


def word_totals(text: str) -> list[tuple[float, int]]:
    """Each total of years written in words ("Ten years", "a decade", "Five (5) years"), with
    where it ends; a digit alone before "years" is left to the patterns above."""
    out = []
    # Brackets read as spaces ("Five (5) years"): same length, so positions hold.
    low = text.lower().replace("(", " ").replace(")", " ")
    # Only the year words are visited, found in C; the words before each are read back from it.
    # The pattern is tried only where one starts: a search tried its look-behind at every place.
    for m in _matches_at(_YEAR_TOKEN, low, _found(low, ("year", "yrs", "decade"))):
        word = m.group().rstrip(".,;:'")
        scale = _YEAR_WORDS[word]
        tokens = low[max(0, m.start() - _BEFORE) : m.start()].split()
        if not tokens:
            continue
        before = tokens[-1]
        # "Five (5) years": the digits repeat the words before them.
        if before.isdigit() and len(tokens) >= 2 and _number(tokens[-2]) == int(before):
            before = tokens[-2]
        if before.isdigit() and scale == 1:
            continue  # "5 years": the patterns read it, with what stands between
        value = _number(before.rstrip("+"))
        if value is None and word == "decades":
            value = 2  # "decades of experience": two at the least
        if value is not None:
            out.append((float(value * scale), m.end()))
    return out


def worked_word_totals(text: str) -> list[tuple[float, int]]:
    """word_totals that their sentence says are of experience ("ten years of experience"), not
    an age or a deadline ("ten years old", "within a year of hire")."""
    out = []
    for value, end in word_totals(text):
        after = text[end : end + _AFTER].split(".")[0].split("\n")[0].lower()
        if any(w in after for w in _WORK):
            out.append((value, end))
    return out


def _word_years(text: str) -> float:
    return max((value for value, _ in worked_word_totals(text)), default=0.0)


def stated_years(text: str) -> float:
    """The largest total of years `text` states ("over 20 years of experience"), else 0."""
    digits = max((float(m.group(1)) for m in _EXPLICIT_YEARS.finditer(text)), default=0.0)
    return max(digits, _word_years(text)) if _has_year_word(text) else digits


def _has_year_word(text: str) -> bool:
    low = text.lower()
    return "year" in low or "decade" in low or "yrs" in low
