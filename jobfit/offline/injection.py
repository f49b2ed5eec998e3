"""Detect instructions aimed at an automated screener hidden in a resume."""

from __future__ import annotations

import re
from collections.abc import Iterable

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


# Each pattern alone, to try it where it can start: the alternation above, run over a whole
# resume, costs about as much as all its patterns run one by one.
_SINGLE = [re.compile(p, _INJECTION.flags) for p in _PATTERNS]
_DIGITS = tuple("0123456789")
# Per pattern: the words it starts with (after a word boundary), then the groups of words it
# cannot match without (one of each group). A text that lacks them is not searched for it.
_ANCHORS = [
    (("ignore", "disregard", "forget", "override", "bypass"), ()),
    (("ignore", "disregard", "forget"), ()),
    (("system", "developer"), (("prompt", "message", "instruction"),)),
    (("you",), (("are",),)),
    (("as",), (("model", "assistant", "llm"),)),
    (
        ("rate", "score", "rank", "grade", "mark"),
        (
            (*_DIGITS, "perfect", "highly", "top", "excellent", "strong", "highest", "best"),
            ("this", "the", "my", "me"),
        ),
    ),
    (("give", "assign", "award"), (("score", "rating", "match"), _DIGITS)),
    (
        ("this", "the"),
        (
            ("candidate", "applicant", "resume"),
            ("perfect", "ideal", "excellent", "strong", "top"),
            ("fit", "match", "candidate"),
        ),
    ),
    (("recommend", "shortlist", "hire"), (("candidate", "applicant"), ("this", "the"))),
    (("new",), (("instruction",), (":",))),
    (("pretend", "act"), (("ai", "assistant", "recruiter", "hr", "screener"),)),
]
_BRACKETS = len(_ANCHORS)  # "<|im_start|>", "[INST]", "### system": start at their sign
# The start words first: in most pieces they fail sooner than the other groups (dev resumes).
_GATES = [(starts, *groups) for starts, groups in _ANCHORS]
_GATES += [(("<", "[", "###"),), ((":",), ("system", "assistant"))]  # "system:" at a line start
EVERY_PATTERN = tuple(range(len(_GATES)))
_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
# The only non-ASCII characters that IGNORECASE matches to an ASCII letter (checked by a test).
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _found(low: str, word: str, out: set[tuple[int, int]], i: int, bound: bool) -> None:
    """Add (where, i) for each place `word` starts in `low` (at a word start when `bound`)."""
    at = low.find(word)
    while at != -1:
        if not bound or not at or low[at - 1] not in _WORD:
            out.add((at, i))
        at = low.find(word, at + 1)


def _folded(text: str) -> tuple[str, str]:
    """`text` lower-cased as IGNORECASE reads it (same length), and that for the word gates."""
    low = text.lower()
    if text.isascii():
        return low, low
    if any(chr(c) in text for c in _FOLD):
        low = text.translate(_FOLD).lower()  # same length: offsets still hold
    return low, low + " 0"  # any Unicode digit matches \d: count one present, not look for them all


def _alive(gate: str, among: Iterable[int]) -> list[int]:
    """The patterns of `among` whose words are all in `gate`: the only ones that might match."""
    # _has_all written out: this runs for every pattern of `among` on every line of a resume.
    out = []
    for i in among:
        for group in _GATES[i]:
            for word in group:
                if word in gate:
                    break
            else:
                break  # no word of this group: the pattern cannot match
        else:
            out.append(i)
    return out


def _starts(low: str, alive: list[int]) -> list[tuple[int, int]]:
    """(where, pattern) for every place an alive pattern might match, in order.

    A superset of the places the alternation can match at: trying them in this order, each
    pattern alone, finds what the alternation finds.
    """
    out: set[tuple[int, int]] = set()
    for i in alive:
        if i < _BRACKETS:
            for word in _ANCHORS[i][0]:
                _found(low, word, out, i, True)
        elif i == _BRACKETS:
            for sign in ("<", "[", "###"):
                _found(low, sign, out, i, False)
        else:
            words: set[tuple[int, int]] = set()
            for word in ("system", "assistant"):
                _found(low, word, words, i, False)
            # The pattern reads from the start of each one's line: look back only as far as
            # the word before, so a long line of them is read once.
            line = last = 0
            for at, _ in sorted(words):
                line = low.rfind("\n", last, at) + 1 or line
                last = at
                out.add((line, i))
    return sorted(out)


def find_injections(text: str, among: Iterable[int] = EVERY_PATTERN) -> list[str]:
    """The instruction-like phrases in `text` aimed at a screener, in order, without repeats.

    `among`: the patterns to look for (within() of a text that `text` is a piece of).
    """
    found: list[str] = []
    low, gate = _folded(text)
    alive = _alive(gate, among)
    if not alive:
        return found
    end = 0
    for at, i in _starts(low, alive):
        if at < end:
            continue  # inside a match already found, as the alternation would skip it
        m = _SINGLE[i].match(text, at)
        if m is None:
            continue
        end = m.end()
        phrase = " ".join(m.group().split())
        if phrase.lower() not in (f.lower() for f in found):
            found.append(phrase)
    return found


# "system:" or "assistant:" counts only at a line's start, which a piece cut mid-line has.
_LINE_START = len(_GATES) - 1
_COLON = re.compile(r"(?<!\s)\s*+:")  # read from a run's start only: linear in any search


def _speaks(low: str) -> bool:
    """True when the folded text `low` holds "system" or "assistant" before a colon."""
    # Found by str.find, then matched where each ends: a search for the two words ran through
    # every character.
    for word in ("system", "assistant"):
        at = low.find(word)
        while at != -1:
            at += len(word)
            if _COLON.match(low, at):
                return True
            at = low.find(word, at)
    return False


def within(text: str, found: list[str]) -> tuple[int, ...]:
    """The patterns a piece of `text` left as it is may match; `found`: find_injections(text).

    A piece is the text's own characters between non-word ones (lines.segments): where a
    pattern matches in it, it matches in the text, but for "system:" at a line's start, a
    place a piece cut from mid-line starts at (and "system:" is in the text).
    """
    if found:
        return EVERY_PATTERN
    return (_LINE_START,) if _speaks(_folded(text)[0]) else ()


def has_hidden_characters(text: str) -> bool:
    """True when `text` holds zero-width or direction-override characters."""
    # They are all outside ASCII, and isascii() reads a flag (most resumes are ASCII).
    return not text.isascii() and _HIDDEN.search(text) is not None
