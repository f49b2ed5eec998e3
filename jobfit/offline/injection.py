"""Detect instructions aimed at an automated screener hidden in a resume."""

from __future__ import annotations

import re
from functools import lru_cache

_PATTERNS = [
    r"\b(?:ignore|disregard|forget|override|bypass)\s++(?:all\s++|any\s++|the\s++|your\s++|"
    r"everything\s++)?(?:(?:previous|prior|above|earlier|preceding|other|existing)\s++)?"
    r"(?:instructions?|prompts?|rules|directions|guidelines|context|criteria)\b",
    r"\b(?:ignore|disregard|forget)\s+(?:everything|all)\s+(?:above|before|previous\w*)\b",
    r"\b(?:system|developer)\s+(?:prompt|message|instructions?)\b",
    r"\byou\s+are\s+(?:now\s+)?(?:an?\s+|the\s+)?(?:ai|a\.i\.|assistant|language model|llm|chatgpt|"
    r"gpt[\w-]*|chatbot|bot|screener|recruit\w*\s+(?:ai|bot|assistant))\b",
    r"\bas\s+an?\s+(?:ai\s+(?:language\s+)?model|ai\s+assistant|(?:large\s+)?language\s+model|llm)\b",
    r"\b(?:rate|score|rank|grade|mark)\s++(?:this|the|my|me)(?:\s*+(?:candidate|resume|cv|"
    r"applicant|profile|person))?\s++(?:as\s++|at\s++|with\s++)?(?:an?\s++|the\s++)?"
    r"(?:\d{1,3}|perfect|highly|top|excellent|strong|highest|best)",
    r"\b(?:give|assign|award)\s++(?:(?:this|the|my|me)\s*+)?(?:(?:candidate|resume|cv|applicant)"
    r"\s*+)?(?:a\s++)?(?:score|rating|match)\s++(?:of\s++)?(?:\d{1,3}|100%?)",
    r"\b(?:this|the)\s+(?:candidate|applicant|resume)\s+(?:is|should be)\s+(?:a\s+)?"
    r"(?:perfect|ideal|excellent|strong|top)\s+(?:fit|match|candidate)\b",
    r"\b(?:recommend|shortlist|hire)\s+(?:this|the)\s+(?:candidate|applicant)\s+"
    r"(?:immediately|now|regardless)\b",
    r"\bnew\s+instructions?\s*:",
    r"\b(?:pretend|act)\s+(?:to\s+be|as|you\s+are)\s+(?:an?\s+)?(?:ai|assistant|recruiter|hr|screener)\b",
    r"<\|?(?:im_start|im_end|system|endoftext)\|?>|\[/?(?:INST|SYS)\]|###\s*(?:instruction|system)",
    r"^[^\S\n]*+(?:system|assistant)\s*+:",  # from a line's start, never across blank lines
]
_INJECTION = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE | re.MULTILINE)
# Zero-width and bidirectional control characters hide text from a human reader.
_HIDDEN = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]")


# Words each pattern above cannot match without (one of each group), so a text that lacks them is
# not searched for that pattern: the scan was a hot spot, run on every resume and every line of it.
_DIGITS = tuple("0123456789")
_ANCHORS = [  # the rarest group first: most texts fail it and the others go unchecked
    (("ignore", "disregard", "forget", "override", "bypass"),),
    (("ignore", "disregard", "forget"),),
    (("prompt", "message", "instruction"), ("system", "developer")),
    (("you",), ("are",)),
    (("model", "assistant", "llm"), ("as",)),
    (
        ("rate", "score", "rank", "grade", "mark"),
        (*_DIGITS, "perfect", "highly", "top", "excellent", "strong", "highest", "best"),
        ("this", "the", "my", "me"),
    ),
    (("give", "assign", "award"), ("score", "rating", "match"), _DIGITS),
    (
        ("candidate", "applicant", "resume"),
        ("perfect", "ideal", "excellent", "strong", "top"),
        ("fit", "match", "candidate"),
        ("this", "the"),
    ),
    (("candidate", "applicant"), ("recommend", "shortlist", "hire"), ("this", "the")),
    (("instruction",), ("new",), (":",)),
    (("pretend", "act"), ("ai", "assistant", "recruiter", "hr", "screener")),
    (("<", "[", "#"),),
    (("system", "assistant"), (":",)),
]
# The only non-ASCII characters that IGNORECASE matches to an ASCII letter (checked by a test).
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


@lru_cache(maxsize=256)
def _alternation(alive: tuple[int, ...]) -> re.Pattern[str]:
    # Leaving out patterns that cannot match anywhere in a text leaves every match the same.
    return re.compile("|".join(f"(?:{_PATTERNS[i]})" for i in alive), _INJECTION.flags)


def _pattern_for(text: str) -> re.Pattern[str] | None:
    """The patterns that might match in `text`, as one alternation; None if none can."""
    low = text.lower()
    if not text.isascii():
        if any(chr(c) in text for c in _FOLD):
            low = text.translate(_FOLD).lower()
        low += " 0"  # any Unicode digit matches \d: count one present, not look for them all
    alive = []
    # Plain loops: this runs on every line of every resume, and generators cost more here.
    for i, groups in enumerate(_ANCHORS):
        for group in groups:
            for word in group:
                if word in low:
                    break
            else:
                break  # no word of this group: the pattern cannot match
        else:
            alive.append(i)
    return _alternation(tuple(alive)) if alive else None


def find_injections(text: str) -> list[str]:
    """The instruction-like phrases in `text` aimed at a screener, in order, without repeats."""
    found: list[str] = []
    pattern = _pattern_for(text)
    if pattern is None:
        return found
    for m in pattern.finditer(text):
        phrase = " ".join(m.group().split())
        if phrase.lower() not in (f.lower() for f in found):
            found.append(phrase)
    return found


def has_hidden_characters(text: str) -> bool:
    """True when `text` holds zero-width or direction-override characters."""
    return bool(_HIDDEN.search(text))
