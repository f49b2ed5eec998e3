"""The patterns that name a degree, by level, and the words that name a degree, not its subject."""

from __future__ import annotations

import re

from jobfit.offline.text import stem

# Levels: 0 high school, 1 diploma/associate, 2 bachelor, 3 master, 4 doctorate. "Master" alone
# is a degree only before "of", "in" or "degree": not "master pages", "Master Electrician".
# Degrees named for their field (BSN, M.Ed., DNP) are degrees of their level in any case.
_DEGREE_WORDS = [
    (4, r"ph\.?\s?d|doctorate|doctoral|ed\.\s?d|dnp|pharm\.?\s?d|psy\.?\s?d"),
    (
        3,
        r"masters|master's|master(?=[ \t]+(?:of|in|degree)\b)|"
        r"m\.?\s?sc|m\.?\s?tech|mba|m\.b\.a|mca|m\.com|m\.?\s?eng|llm|ll\.m|"
        r"post[- \t]?graduat\w*|pgdm|pgdbm|msn|m\.s\.n|m\.\s?ed|msw|mfa|"
        r"advanced[ \t](?:graduate[ \t])?degree",
    ),
    (
        2,
        r"bachelors?|bachelor's|b\.?\s?sc|b\.?\s?tech|b\.?\s?eng|bca|bba|b\.com|bcom|llb|ll\.b|"
        r"undergraduate[ \t]degree|(?<!advanced\s)graduate[ \t]degree|four[- \t]year[ \t]degree|"
        r"university[ \t]degree|college[ \t]degree|bsn|b\.s\.n|b\.\s?ed|bsw|bfa|b\.c\.a|b\.b\.a",
    ),
    # "High school diploma" is no diploma of a college; "A.A.S." ends on its dot, so "a.s.a.p."
    # names none.
    (
        1,
        r"(?<!school\s)(?<!ged\s)diploma|associate'?s?[ \t]degree|"
        r"associate[ \t]of[ \t](?:applied[ \t])?(?:arts|science|occupational)|"
        r"a\.a\.s\.|a\.a\.|a\.s\.|a\.o\.s\.|aas|adn",
    ),
]
# Level 0, searched after the others: a high school education, which every degree includes.
# Named with what was earned there: "High School Math Teacher" names a job, not a diploma.
_SCHOOL_WORDS = (
    r"(?:high[- \t]school|secondary[ \t]school|h\.s\.)[ \t](?:diploma|graduate|education|"
    r"equivalency|certificate)|graduated[ \t]from[ \t]high[ \t]school|ged|g\.e\.d|hse|"
    r"h\.s\.c|s\.s\.c|hsc|ssc"
)
# Two-letter degrees are ordinary words in lower case ("be", "me", "ms"), so case matters.
SHORT_DEGREES = [
    (4, r"PhD|Ph\.D"),
    (3, r"MS|M\.S|MA|M\.A|ME|M\.E|MSc|MTech|M\.Tech"),
    (2, r"BS|B\.S|BA|B\.A|BE|B\.E|BSc|BTech|B\.Tech|BCA|BBA|B\.Com|LLB"),
]
# Dotted short degrees ("b.s.", "m.a.") and "bs in ..." are degrees in any case: an all-lower-case
# resume keeps its degrees. ("be", "me" stay case-bound: "be in charge" is no degree.)
_CASELESS_DEGREES = [
    (3, r"m\.s|m\.a|m\.e|ms(?=\s+in\s)|ma(?=\s+in\s)"),
    (2, r"b\.s|b\.a|b\.e|bs(?=\s+in\s)|ba(?=\s+in\s)"),
]
DEGREE_RES = [
    (level, re.compile(rf"(?<![\w.])(?:{words})(?![\w])", re.IGNORECASE))
    for level, words in _DEGREE_WORDS
] + [(level, re.compile(rf"(?<![\w.])(?:{words})(?![a-zA-Z])")) for level, words in SHORT_DEGREES]
DEGREE_RES += [
    (level, re.compile(rf"(?<![\w.])(?:{words})(?![a-zA-Z])", re.IGNORECASE))
    for level, words in _CASELESS_DEGREES
]
DEGREE_RES.append((0, re.compile(rf"(?<![\w.])(?:{_SCHOOL_WORDS})(?![\w])", re.IGNORECASE)))


# Words that name a degree rather than its subject ("BS", "bachelor's degree").
DEGREE_STEMS = frozenset(
    stem(w)
    for w in """bs ba be bsc btech b.tech b.sc b.e b.s b.a beng bcom b.com bca bba ms ma msc mtech
    m.tech m.sc m.s m.a meng mba mca phd ph.d bachelor bachelors master masters degree degrees
    diploma associate doctorate doctoral undergraduate graduate postgraduate university college
    four year science arts bsn msn dnp adn aas high school ged hse secondary equivalency
    accredited program programme institution""".split()
)
