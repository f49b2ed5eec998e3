"""Short forms that name a role in one context and something else in another (PM, BA).

Judged from the words around them, never from letter case: "5 pm" is a time in any case.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from jobfit import tuning
from jobfit.offline.matching import _STATES, _is_place
from jobfit.offline.text import content_stems, words

# "9 PM", "AM/PM", "PM shift": a time of day, not a project manager.
_TIME_BEFORE = frozenset({"am", "a.m", "noon", "midnight"})
_TIME_AFTER = frozenset(
    "shift shifts hours hour est pst cst mst edt pdt cdt et pt gmt utc ist".split()
)
# "Senior BA", "as a BA", "BA team", "BA/QA": the business analyst; elsewhere "BA" is the degree.
_ROLE_BEFORE = frozenset(
    "senior sr lead junior jr technical functional it agile principal associate staff".split()
)
_ROLE_AFTER = frozenset(
    """role roles team teams lead work tasks activities practice responsibilities manager qa pm
    developer developers consultant""".split()
)
_PRODUCT = frozenset({"product", "products"})


def _is_time(before: Sequence[str], after: Sequence[str]) -> bool:
    prev = before[-1] if before else ""
    return prev.isdigit() or prev in _TIME_BEFORE or bool(after and after[0] in _TIME_AFTER)


def ba_is_role(before: Sequence[str], after: Sequence[str]) -> bool:
    """True when "BA" between these lower-case words is a business analyst, not the degree."""
    if after and after[0] in _ROLE_AFTER:
        return True
    if before and before[-1] in _ROLE_BEFORE:
        return True
    # "worked as a BA"; "a BA in English" is a degree.
    return before[-2:] in (["as", "a"], ["as", "an"]) and not (after and after[0] in ("in", "of"))


def role(words: Sequence[str], i: int) -> tuple[str, ...] | None:
    """The role title that words[i] ("pm", "ba") stands for here, or None when it is no role."""
    word = words[i]
    before, after = words[max(0, i - 2) : i], words[i + 1 : i + 2]
    if word == "pm":
        if _is_time(before, after):
            return None
        window = tuning.SHORT_FORM_WINDOW
        near = words[max(0, i - window) : i + window + 1]
        return ("product", "manager") if _PRODUCT.intersection(near) else ("project", "manager")
    if word == "ba" and ba_is_role(list(before), list(after)):
        return ("business", "analyst")
    return None


_STATE_WORDS = frozenset(code.lower() for code in _STATES)


def only_places(word: str, texts: Iterable[str]) -> bool:
    """True when every "pa" of `texts` is a state after a town ("Pittsburgh, PA"), so it says
    nothing of "PA-C" or an "MD or DO degree". `word`: a lower-case two-letter stem."""
    if word not in _STATE_WORDS:
        return False
    found = False
    for text in texts:
        low = text.lower()
        at = low.find(word)
        while at != -1:
            end = at + len(word)
            whole = (not at or not low[at - 1].isalnum()) and not low[end : end + 1].isalnum()
            if whole:
                if not _is_place(text, at, end):
                    return False
                found = True
            at = low.find(word, end)
    return found


# After "years as a", a short form is a role whatever follows ("as a BA in banking").
_AS_ROLE = {"pm": ("project", "manager"), "ba": ("business", "analyst")}


def role_stems(text: str, as_role: bool = False) -> dict[str, frozenset[str]]:
    """Each short form of `text` that names a role here, with the stems of the role's title
    ("PM experience": {"pm": {"project", "manag"}}); `as_role`: `text` follows "as"."""
    low = words(text)
    out = {}
    for i, word in enumerate(low):
        if word in _AS_ROLE:
            as_role = as_role or low[max(0, i - 2) : i] in (["as", "a"], ["as", "an"])
            title = role(low, i) or (_AS_ROLE[word] if as_role else None)
            if title is not None:
                out[word] = frozenset(content_stems(" ".join(title)))
    return out


def used_as_role(word: str, texts: Iterable[str]) -> bool:
    """True when some text uses `word` ("pm") as a role, not as a time ("7 PM - 7 AM")."""
    for text in texts:
        low = words(text)
        if any(w == word and role(low, i) for i, w in enumerate(low)):
            return True
    return False
