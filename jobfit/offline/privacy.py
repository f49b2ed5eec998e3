"""Personal details (name, contact, address, birth date) kept out of the analysis."""

from __future__ import annotations

import re

_LABELLED = re.compile(
    r"^\s*(?:full\s+)?(?:name|address|permanent address|current address|e-?mail|phone|mobile|"
    r"contact(?: no| number| details)?|tel|telephone|cell|dob|d\.o\.b|date of birth|birth ?date|"
    r"born|age|gender|sex|marital status|nationality|religion|caste|father'?s name|"
    r"mother'?s name|husband'?s name|passport(?: no)?|pin ?code|zip(?: code)?|linkedin|github)"
    r"\s*[:\-–]",
    re.IGNORECASE,
)
_PERSONAL = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail
    r"|\bhttps?://\S+|\bwww\.\S+"  # links carry names
    r"|\b(?:date of birth|d\.o\.b\.?|dob|born on|marital status)\b[^\n]*"
    r"|\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|"
    r"Blvd|Drive|Dr|Court|Ct|Way|Place|Pl)\b\.?"  # street address
    r"|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"  # US state and ZIP
    r"|(?:\bpin(?:\s?code)?\s*[:\-]?\s*|-\s*)\d{3}\s?\d{3}\b",  # Indian PIN code
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?<![\w])\+?\(?\d[\d\s().\-]{7,18}\d(?![\w])")
# A first line of two to four capitalised words is a name unless it names a role.
_NAME_LINE = re.compile(r"^(?:[A-Z][a-zA-Z'’.-]*\s+){1,3}[A-Z][a-zA-Z'’.-]*$")
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


def personal_spans(line: str) -> list[tuple[int, int]]:
    """Character spans of `line` that hold personal details."""
    spans = [m.span() for m in _PERSONAL.finditer(line)] + _phone_spans(line)
    if _LABELLED.match(line):
        spans.append((0, len(line)))
    return sorted(spans)


# "Maria Lopez, RN" or "Sam Lee, CPA, PMP": a name followed by post-nominal letters.
_POST_NOMINALS = re.compile(r"(?:,\s*[A-Z][A-Za-z.]{1,7})+\s*$")


def name_length(line: str) -> int:
    """How many leading characters of `line` are a person's name heading a resume (0 if none)."""
    suffix = _POST_NOMINALS.search(line)
    name = line[: suffix.start()] if suffix else line
    if _NAME_LINE.match(name.strip()) and not _ROLE_WORDS.search(name):
        return len(name)
    return 0


def mask(line: str, spans: list[tuple[int, int]]) -> str:
    """`line` with the given spans blanked out (same length, so offsets still hold)."""
    chars = list(line)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
