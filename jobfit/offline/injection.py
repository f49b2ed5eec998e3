"""Detect instructions aimed at an automated screener hidden in a resume."""

from __future__ import annotations

import re

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


def find_injections(text: str) -> list[str]:
    """The instruction-like phrases in `text` aimed at a screener, in order, without repeats."""
    found: list[str] = []
    for m in _INJECTION.finditer(text):
        phrase = " ".join(m.group().split())
        if phrase.lower() not in (f.lower() for f in found):
            found.append(phrase)
    return found


def has_hidden_characters(text: str) -> bool:
    """True when `text` holds zero-width or direction-override characters."""
    return bool(_HIDDEN.search(text))
