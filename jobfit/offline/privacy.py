"""Personal details (name, contact, address, birth date) kept out of the analysis."""

from __future__ import annotations

import re

_LABELLED = re.compile(
    r"^\s*+(?:full\s++)?(?:name|address|permanent address|current address|e-?mail|phone|mobile|"
    r"contact(?: no| number| details)?|tel|telephone|cell|dob|d\.o\.b|date of birth|birth ?date|"
    r"born|age|gender|sex|marital status|nationality|religion|caste|father'?s name|"
    r"mother'?s name|husband'?s name|passport(?: no)?|pin ?code|zip(?: code)?|linkedin|github|"
    r"photo(?: caption)?|picture|image|headshot)"
    r"\s*+[:\-–]",
    re.IGNORECASE,
)
_PERSONAL = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail, from the start of its word
    r"|\bhttps?://\S+|\bwww\.\S+"  # links carry names
    r"|\b(?:date of birth|d\.o\.b\.?|dob|born on|marital status)\b[^\n]*"
    r"|[\[(](?:photo|picture|headshot)\b[^\])\n]*+[\])]"  # "[photo of Ana at work]"
    r"|\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|"
    r"Blvd|Drive|Dr|Court|Ct|Way|Place|Pl)\b\.?"  # street address
    r"|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"  # US state and ZIP
    r"|(?:\bpin(?:\s?code)?\s*+[:\-]?\s*+|-\s*+)\d{3}\s?\d{3}\b",  # Indian PIN code
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?<![\w])\+?\(?\d[\d\s().\-]{7,18}\d(?![\w])")
# A first line of two to four capitalised words is a name unless it names a role.
_NAME_LINE = re.compile(r"^(?:[A-Z][a-zA-Z'’.-]*+\s++){1,3}[A-Z][a-zA-Z'’.-]*+$")
_ROLE_WORDS = re.compile(
    r"\b(?:engineer|developer|manager|analyst|designer|consultant|specialist|scientist|"
    r"architect|administrator|accountant|lawyer|advocate|teacher|executive|officer|assistant|"
    r"intern|lead|director|trainer|tester|resume|curriculum|vitae|profile|summary|skills|"
    r"education|experience|objective|details|developer|programmer|recruiter|nurse)s?\b",
    re.IGNORECASE,
)


def _phone_spans(line: str) -> list[tuple[int, int]]:
    # Year ranges ("2014 - 2018") look like phone numbers; real ones have 9 to 15 digits.
    return [
        m.span() for m in _PHONE.finditer(line) if 9 <= sum(c.isdigit() for c in m.group()) <= 15
    ]


# Each _PERSONAL pattern needs one of these, or digits as _NUMBERED finds them (a street
# number before a street, a ZIP or a PIN code); an ASCII line with neither skips the search.
_PERSONAL_WORDS = ("@", "http", "www.", "birth", "d.o.b", "dob", "born", "marital")
_PERSONAL_WORDS += ("photo", "picture", "image", "headshot")
_DIGITS = "0123456789"
_LABEL_ENDS = ":-\u2013"  # what _LABELLED's label ends on
# Read in a lower-cased ASCII line: most lines with digits hold dates and figures, not these.
# Written from the first digit (\d{5} as \d\d{4}...), so the search skips to digits in C: with
# an alternation first, it tried every alternative at every character.
_NUMBERED = re.compile(
    r"\d(?:\d{4}|\d{2}\s\d{3}|\s+(?:[a-z]+\s+){1,3}"
    r"(?:street|st|avenue|ave|road|rd|lane|ln|boulevard|blvd|drive|dr|court|ct|way|place|pl)\b)"
)


def _has_any(text: str, parts: tuple[str, ...] | str) -> bool:
    # A plain loop: this runs on every line of every resume, and generators cost more here.
    for part in parts:
        if part in text:
            return True
    return False


def personal_words(text: str) -> tuple[str, ...]:
    """The words personal_spans looks for that `text` holds: no line of it holds another."""
    low = text.lower()
    return tuple([w for w in _PERSONAL_WORDS if w in low])


def personal_spans(line: str, words: tuple[str, ...] = _PERSONAL_WORDS) -> list[tuple[int, int]]:
    """Character spans of `line` that hold personal details.

    `words`: personal_words() of a text that `line` is a piece of, so fewer are looked for.
    """
    # Other scripts' digits and letters may match ASCII ones: a line not in ASCII is searched
    # in full. Most lines hold no digit, and fewer than 9 in all (so no phone number): checks
    # far cheaper than the searches (a hot spot, run on every line of every resume).
    spans = []
    if not line.isascii():
        spans = [m.span() for m in _PERSONAL.finditer(line)] + _phone_spans(line)
    else:
        low = line.lower()
        digits = _has_any(line, _DIGITS)
        if _has_any(low, words) or (digits and _NUMBERED.search(low)):
            spans = [m.span() for m in _PERSONAL.finditer(line)]
        if digits and sum(map(line.count, _DIGITS)) >= 9:
            spans += _phone_spans(line)
    # A label ends on one of these: most lines hold none, and looking costs less than matching.
    if _has_any(line, _LABEL_ENDS) and _LABELLED.match(line):
        spans.append((0, len(line)))
    spans.sort()
    return spans


_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


def _post_nominals(line: str) -> int:
    """Where the post-nominal letters end `line` ("Maria Lopez, RN" or "Sam Lee, CPA, PMP").

    Read from the end, one ", ABC" at a time: a pattern searched from every comma would read
    a long chain of them again from each comma. Returns len(line) when there are none.
    """
    found = len(line)
    end = len(line.rstrip())
    while True:
        start = end
        while start and line[start - 1] in _LETTERS:
            start -= 1
        if not 2 <= end - start <= 8 or not ("A" <= line[start] <= "Z"):
            return found
        comma = start
        while comma and line[comma - 1].isspace():
            comma -= 1
        if not comma or line[comma - 1] != ",":
            return found
        found = end = comma - 1


def name_length(line: str) -> int:
    """How many leading characters of `line` are a person's name heading a resume (0 if none)."""
    if line.islower() and line.isascii():
        # Capitals tell nothing in a lower-case line ("jane doe, rn"): read it as capitalised
        # (same length, so the offsets hold), as the same line in capitals reads.
        line = line.title()
    name = line[: _post_nominals(line)]
    if _NAME_LINE.match(name.strip()) and not _ROLE_WORDS.search(name):
        return len(name)
    return 0


def mask(line: str, spans: list[tuple[int, int]]) -> str:
    """`line` with the given spans blanked out (same length, so offsets still hold)."""
    chars = list(line)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
