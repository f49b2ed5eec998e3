"""Requirements a resume cannot show (travel, work authorisation, shifts, lifting, a licence to
drive, background checks, clearance eligibility, age): each is 'unknown', to confirm with the
employer, unless the resume states it."""

from __future__ import annotations

# topic -> (cues in a requirement line, cues in a resume that state it): whole words, matched
# on the text lower-cased with punctuation turned to spaces (plain `in` tests, linear).
_TOPICS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "travel": (
        (
            "ability to travel",
            "able to travel",
            "willing to travel",
            "willingness to travel",
            "travel required",
            "travel is required",
            "travel up to",
            "% travel",
            "travel as required",
            "overnight travel",
            "frequent travel",
            "occasional travel",
            "extensive travel",
            "must travel",
            "travel internationally",
            "travel domestically",
            "requires travel",
            "require travel",
            "travel to client",
        ),
        ("willing to travel", "open to travel", "available to travel"),
    ),
    "authorisation": (
        (
            "authorized to work",
            "authorised to work",
            "work authorization",
            "work authorisation",
            "eligible to work",
            "eligibility to work",
            "legally",
            "sponsorship",
            "visa",
            "citizenship",
            "u s citizen",
            "us citizen",
            "right to work",
            "permanent resident",
        ),
        (
            "citizen",
            "authorized to work",
            "authorised to work",
            "green card",
            "work permit",
            "permanent resident",
            "right to work",
        ),
    ),
    "schedule": (
        (
            "shifts",
            "shift work",
            "weekends",
            "nights",
            "evenings",
            "holidays",
            "overtime",
            "on call",
            "flexible schedule",
            "rotating",
            "12 hour",
            "work schedule",
            "any shift",
            "all shifts",
            "night shift",
            "day shift",
        ),
        (
            "weekends",
            "night shift",
            "overtime",
            "on call",
            "rotating shifts",
            "12 hour",
            "all shifts",
        ),
    ),
    "physical": (
        (
            "lift",
            "lifting",
            "lbs",
            "pounds",
            "stand for",
            "standing for",
            "physical demands",
            "physically able",
            "bend",
            "kneel",
            "stoop",
            "climb",
            # On one's feet, outdoors, in the cold: what the work asks of a body.
            "stand and walk",
            "standing and walking",
            "sit for",
            "sitting for",
            "on your feet",
            "on their feet",
            "work outdoors",
            "outdoor conditions",
            "weather conditions",
            "extreme temperatures",
            "cold temperatures",
            "hot temperatures",
            "physical exam",
            "physical examination",
            "pass a physical",
        ),
        ("lifting", "lift up to"),
    ),
    "driving": (
        (
            "driver's license",
            "drivers license",
            "driver license",
            "driving licence",
            "driving license",
            "driver's licence",
            "valid license",
            "driving record",
            "insurable driver",
            "own transportation",
            "reliable transportation",
        ),
        (
            "driver's license",
            "drivers license",
            "driver license",
            "driving licence",
            "driving license",
            "cdl",
            "reliable transportation",
        ),
    ),
    "checks": (
        (
            "background check",
            "drug screen",
            "drug test",
            "criminal background",
            "background screening",
            "pre employment screening",
            # Health and trust checks an employer runs: no resume can pass them in advance.
            "fingerprint clearance",
            "fingerprinting",
            "tb test",
            "tb screening",
            "fully vaccinated",
            "be vaccinated",
            "proof of vaccination",
            "bondable",
            "be bonded",
            "credit check",
        ),
        (),
    ),
    "relocation": (
        (
            "relocate",
            "relocation",
            "reside within",
            "live within",
            "commute to",
            "commutable distance",
            "commuting distance",
        ),
        ("willing to relocate", "open to relocation"),
    ),
    # Eligibility for a clearance is the employer's to test; a held clearance ("Active TS/SCI")
    # is stated, and an "active clearance" line is judged as usual.
    "clearance": (
        (
            "eligible to obtain",
            "eligibility to obtain",
            "ability to obtain",
            "able to obtain",
            "obtain and maintain",
            "eligible for a security clearance",
            "eligible for security clearance",
            "clearance eligibility",
        ),
        ("clearance",),
    ),
    "age": (
        (
            "16 years of age",
            "18 years of age",
            "21 years of age",
            "18 years old",
            "21 years old",
            "age 18",
            "age of 18",
            "age 21",
            "age of 21",
        ),
        (),
    ),
}
# Lines longer than this ask for more than a condition of the job: judge them as usual.
_MAX_WORDS = 25


# Every ASCII character but letters, digits, "%" and "'" turns to a space: one translate()
# instead of a test per character (topic() runs on every requirement line for every resume).
_SPACES = {c: " " for c in range(128) if not (chr(c).isalnum() or chr(c) in "%'")}
# The cues padded once, not on every test.
_PADDED = {
    name: (tuple(f" {c} " for c in asked), tuple(f" {c} " for c in stated))
    for name, (asked, stated) in _TOPICS.items()
}


def _words(text: str) -> str:
    """`text` lower-cased, punctuation as spaces, padded: " ability to travel 25% "."""
    low = text.lower().replace("\u2019", "'").replace("%", " % ")
    if low.isascii():
        kept = low.translate(_SPACES)
    else:
        kept = "".join(c if c.isalnum() or c in "%'" else " " for c in low)
    return " " + " ".join(kept.split()) + " "


def _has(text: str, padded: tuple[str, ...]) -> bool:
    # A plain loop: generators cost more than the tests here.
    for cue in padded:
        if cue in text:
            return True
    return False


# Each condition in words, for a summary that must not quote its numbers ("up to 30%").
NAMES = {
    "travel": "the travel the job asks for",
    "authorisation": "the right to work",
    "schedule": "the hours and shifts",
    "physical": "the physical demands",
    "driving": "a driving licence",
    "checks": "the background checks",
    "relocation": "relocation",
    "clearance": "eligibility for a clearance",
    "age": "the minimum age",
}


# The line cues listed under their first word: a cue is whole words, so a line can hold only the
# cues its words start, and is tested for those alone, not for every cue of every topic.
_ORDER = tuple(_PADDED)  # the first topic a line's cues name is its topic


def _by_first() -> dict[str, list[tuple[int, str]]]:
    """first word -> (rank of the topic in _ORDER, padded cue) of each line cue."""
    out: dict[str, list[tuple[int, str]]] = {}
    for rank, (cues, _) in enumerate(_PADDED.values()):
        for cue in cues:
            out.setdefault(cue.split()[0], []).append((rank, cue))
    return out


_BY_FIRST = _by_first()


def topic(line: str) -> str | None:
    """The condition of employment a requirement line states, or None for an ordinary line."""
    text = _words(line)
    words = text.split()
    if len(words) > _MAX_WORDS:
        return None
    found = [r for w in _BY_FIRST.keys() & words for r, cue in _BY_FIRST[w] if cue in text]
    return _ORDER[min(found)] if found else None


def stated(name: str, resume_lines: list[str]) -> list[str]:
    """The resume lines that state the condition `name` ("Valid driver's license"), if any."""
    cues = _PADDED[name][1]
    return [ln for ln in resume_lines if _has(_words(ln), cues)]
