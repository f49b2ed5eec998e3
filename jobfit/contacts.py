"""Where e-mail addresses, URLs, phone numbers and street addresses sit in a text."""

from __future__ import annotations

import re

# Every quantifier below is bounded or runs over one character class with a fixed neighbour,
# so each pattern does constant work per start position: linear in the text by construction.
EMAIL = re.compile(
    r"(?<![\w.+%-])[\w.+%-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![\w-])"
)
URL = re.compile(r"(?<![\w@.-])(?:https?://|www\.)[^\s<>\"'`{}|\\^\[\]]+", re.IGNORECASE)
# Profile hosts written without a scheme ("linkedin.com/in/jane"); only with a path, since the
# bare host is a company name ("worked on GitHub.com").
PROFILE = re.compile(
    r"(?<![\w@./-])(?:[a-z0-9-]{1,63}\.){0,3}(?:linkedin|github|gitlab|bitbucket|behance|"
    r"dribbble|medium|twitter|x|facebook|instagram|kaggle|stackoverflow|about)"
    r"\.(?:com|org|net|me)/[^\s<>\"'`{}|\\^\[\]]+",
    re.IGNORECASE,
)
# A run of digits and the separators phone numbers use; which runs are phones is decided in code.
NUMBERISH = re.compile(r"[+(]{0,2}\d[\d ().-]*")
EXTENSION = re.compile(r"[ ,]{0,2}(?:ext|extension|x)\.?[ ]?\d{1,6}\b", re.IGNORECASE)
PHONE_LABEL = re.compile(
    r"\b(?:phone|tel|telephone|mobile|mob|cell|ph|contact|whatsapp|fax|call)\b[^\n\d]{0,12}$",
    re.IGNORECASE,
)
DIGITS = re.compile(r"\d+")
STREET = re.compile(
    r"\b\d{1,6}[A-Za-z]?(?:[ \t][A-Z][A-Za-z'’.-]{0,30}){1,4}[ \t](?:Street|St|Avenue|Ave|Road|"
    r"Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Terrace|Ter|Highway|Hwy|Parkway|Pkwy|"
    r"Circle|Cir)\b\.?(?:,?[ \t](?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Room|Rm|#)\.?[ \t]?#?"
    r"[A-Za-z0-9-]{1,8})?"
)

# "Springfield, IL 62704" after a street address belongs to it.
CITY_TAIL = re.compile(
    r",?(?:[ \t][A-Z][A-Za-z.'’-]{0,30}){1,3},[ \t][A-Z]{2}[ \t]\d{5}(?:-\d{4})?\b"
)

_URL_TAIL = ".,;:!?)]}'\""
_CURRENCY = "$€£₹¥"
# What may follow a street address: the end of the line, or a separator before the city.
_ADDRESS_END = "\n\r,;|•·)-–"

Span = tuple[int, int, str]


def emails(text: str) -> list[Span]:
    """Spans of e-mail addresses."""
    return [(*m.span(), "email") for m in EMAIL.finditer(text)]


def urls(text: str) -> list[Span]:
    """Spans of links: with a scheme or www., and profile hosts with a path."""
    out = []
    for pattern in (URL, PROFILE):
        for m in pattern.finditer(text):
            end = m.start() + len(m.group().rstrip(_URL_TAIL))
            if end - m.start() > 4:
                out.append((m.start(), end, "url"))
    return out


def addresses(text: str) -> list[Span]:
    """Spans of street addresses: number, capitalised street name, suffix, optional unit."""
    out = []
    for m in STREET.finditer(text):
        after = text[m.end() : m.end() + 3]
        # "Argued 12 Supreme Court cases" is not an address: one ends the line or the clause.
        if after.lstrip(" ")[:1] in _ADDRESS_END or after.startswith(("  ", "\t")):
            city = CITY_TAIL.match(text, m.end())
            out.append((m.start(), city.end() if city else m.end(), "address"))
    return out


def phones(text: str) -> list[Span]:
    """Spans of phone numbers (with their extension), but not years, ranges, dates or money."""
    out = []
    for run in NUMBERISH.finditer(text):
        for start, end, groups, gaps in _candidates(run):
            span = _phone(text, start, end, groups, gaps)
            if span:
                out.append(span)
    return out


def _candidates(run: re.Match) -> list[tuple[int, int, list[str], list[str]]]:
    """Cut a run of digits and separators into candidate numbers at gaps wider than 3."""
    out: list[tuple[int, int, list[str], list[str]]] = []
    groups: list[str] = []
    gaps: list[str] = []
    chars, offset = run.group(), run.start()
    start = last = 0
    for m in DIGITS.finditer(chars):
        gap = chars[last : m.start()]
        if groups and len(gap) > 3:
            out.append((offset + start, offset + last, groups, gaps))
            groups, gaps, start = [], [], m.start()
        elif groups:
            gaps.append(gap)
        groups.append(m.group())
        last = m.end()
    out.append((offset + start, offset + last, groups, gaps))
    return out


def _is_year(group: str) -> bool:
    return len(group) == 4 and group[:2] in ("19", "20")


def _phone(text: str, start: int, end: int, groups: list[str], gaps: list[str]) -> Span | None:
    digits = "".join(groups)
    if not 7 <= len(digits) <= 15:
        return None
    plus = text[start : start + 2].lstrip("(").startswith("+") or digits.startswith("00")
    labelled = PHONE_LABEL.search(text[max(0, start - 30) : start]) is not None
    before = text[max(0, start - 8) : start].rstrip(" ")[-1:]
    ext = EXTENSION.match(text, end)
    after = text[end : end + 2]
    if len(digits) < 8 and not labelled:
        return None  # "555-0102" is a phone number only after "Phone:"
    if (before and before in _CURRENCY + "./_") or after[:1] == "%":
        return None  # money, versions, decimals, percentages
    if not ext and after[:1].isalpha() and not after[1:].isalpha():
        return None  # "120000k", "2000000L": an amount with its unit
    if len(groups) == 1:
        ok = plus or labelled or 10 <= len(digits) <= 13
    else:
        ok = not (
            sum(map(_is_year, groups)) >= 2  # "2019 - 2021"
            or (_is_year(groups[0]) and not (plus or labelled))  # "PI 2013 700 448", a patent
            or gaps == ["."]  # "041.369585", a decimal or licence number
            or (len(groups) == 2 and _is_year(groups[1]))  # "ISO 9001-2015"
            or _is_date(groups)
            or (len(groups) == 4 and all(g == "." for g in gaps) and max(map(len, groups)) <= 3)
            or all(g.endswith("0") for g in groups)  # "1000-5000", "500000 - 700000"
            or any(len(g) == 1 for g in groups[2 if plus else 1 :])  # "1 2 3 4", "10.0.1.2"
            or (max(map(len, groups)) <= 2 and not (plus or digits.startswith("0")))
            or ([len(g) for g in groups] == [5, 4] and not labelled)  # ZIP+4
        )
    if not ok:
        return None
    return (start, ext.end() if ext else end, "phone")


def _is_date(groups: list[str]) -> bool:
    sizes = [len(g) for g in groups]
    return len(groups) == 3 and (
        (sizes[0] == 4 and max(sizes[1:]) <= 2) or (max(sizes[:2]) <= 2 and sizes[2] == 4)
    )
