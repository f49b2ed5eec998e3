"""Plain-prose helpers: joining names, quoting whole clauses, and checking a summary's shape."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from jobfit.offline import privacy

if TYPE_CHECKING:
    from jobfit.report import Report

MIN_WORDS = 25
MAX_WORDS = 110
MIN_SENTENCES = 2
MAX_SENTENCES = 4
# Words no sentence or quote ends on: one that does was cut mid-phrase.
_CONNECTORS = frozenset("and or nor but including e.g eg i.e ie plus incl".split())
# A quote may not end on these either ("Built APIs with"); a sentence may ("asks for.").
_QUOTE_CONNECTORS = _CONNECTORS | frozenset(
    "such like with without of the a an to for in on at by from into via using".split()
)
# Gendered pronouns are a personal detail a summary must not use.
_PRONOUNS = frozenset("he she him her his hers himself herself".split())
# Phrases that name the field relation; an offline summary always holds one.
RELATION_PHRASES = ("same field", "adjacent field", "different field", "place it in a field")
_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
    "august september october november december present current to till date".split()
)
_HEADING_WORDS = frozenset(
    "education experience skills skill summary profile projects project certifications "
    "languages interests objective achievements references contact details work employment "
    "history professional technical qualifications personal career awards training".split()
)


def join(names: list[str], word: str = "and") -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {word} " + names[-1]


def _last_words(text: str) -> list[str]:
    return text.rstrip(" .").lower().replace(",", " , ").split()[-2:]


def dangling(fragment: str, quote: bool = False) -> bool:
    """True when `fragment` ends mid-phrase: on a comma, "and", "or", "such as" and the like.

    A `quote` is held to more: it may not end on a preposition or an article either.
    """
    text = fragment.strip().rstrip('"').strip()
    if not text:
        return False
    if text[-1] in ",;:(-/&":
        return True
    tail = _last_words(text)
    words = _QUOTE_CONNECTORS if quote else _CONNECTORS
    return bool(tail) and (tail[-1] in words or tail[-2:] == ["such", "as"])


def trim_dangling(text: str) -> str:
    """`text` without a trailing connector ("Built APIs in Flask and" -> "Built APIs in Flask")."""
    out = text.rstrip(" ,;:(-/&")
    while out and dangling(out, quote=True):
        head, _, _ = out.rstrip(" ,;:(-/&").rpartition(" ")
        if not head:
            break
        out = head.rstrip(" ,;:(-/&")
    return out


def whole_clause(text: str, limit: int) -> str | None:
    """`text` if it is short and ends cleanly; else its first sentence or clause; else None.

    Quoting a whole clause, or nothing, means a quote is never cut mid-phrase.
    """
    text = text.strip().rstrip(".;")
    if len(text) <= limit and not dangling(text, quote=True):
        return text
    # A comma may sit inside a list ("Python, Go or Java"): cutting there changes what is asked.
    for stop in (". ", "; "):
        head = text[: limit + 1].rpartition(stop)[0] if stop in text[: limit + 1] else ""
        if len(head.split()) >= 4 and not dangling(head, quote=True) and "(" not in head:
            return head
    return None


def telling(text: str) -> bool:
    """False for a quote that says nothing on its own: a bare date, a heading, a label."""
    words = []
    for w in text.split():
        bare = w.strip(".,()&")
        # Most words are letters once stripped: isalpha() answers for them without a loop.
        if bare.isalpha() or any(c.isalpha() for c in w):
            words.append(bare.lower())
    if not [w for w in words if w not in _MONTHS] or text.rstrip().endswith(":"):
        return False
    # "TECHNICAL SKILLS", "Work Experience": a short line of heading words.
    return not (len(words) <= 3 and _HEADING_WORDS.intersection(words))


def sentences(text: str) -> list[str]:
    """Sentences of `text`: a stop followed by a space and a capital letter, or the end."""
    out, start = [], 0
    for i, ch in enumerate(text):
        end = i + 1 == len(text)
        if ch in ".!?" and (end or (text[i + 1] == " " and text[i + 2 : i + 3].isupper())):
            out.append(text[start : i + 1].strip())
            start = i + 1
    tail = text[start:].strip()
    return out + [tail] if tail else out


def unquoted(text: str) -> str:
    """`text` without its quoted parts."""
    return " ".join(text.replace("\u201c", '"').replace("\u201d", '"').split('"')[::2])


def _quoted(text: str) -> list[str]:
    parts = text.replace("\u201c", '"').replace("\u201d", '"').split('"')
    return parts[1::2]


def _private(text: str, name: str = "") -> bool:
    """True when `text` holds contact details, a gendered pronoun or the candidate's name."""
    words = text.lower().replace(",", " ").replace(".", " ").split()
    named = bool(name.strip()) and name.strip().lower() in text.lower()
    return bool(privacy.personal_spans(text) or _PRONOUNS.intersection(words) or named)


def summary_problems(text: str, name: str = "") -> list[str]:
    """What is wrong with a summary's shape: digits, length, cut quotes, personal details.

    `name` is the candidate's name, when known: a summary must not use it.
    """
    problems = []
    if any(c.isdigit() for c in text):
        problems.append("has digits")
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        problems.append(f"has {words} words")
    found = sentences(text)
    if not MIN_SENTENCES <= len(found) <= MAX_SENTENCES:
        problems.append(f"has {len(found)} sentences")
    cut = any(dangling(q, quote=True) for q in _quoted(text))
    if cut or any(dangling(s.rstrip(".!?")) for s in found):
        problems.append("has a phrase cut short")
    if _private(text, name):
        problems.append("has personal details")
    return problems


def checked_summary(text: str, fallback: str, resume: str = "") -> str:
    """A model's summary without the sentences that carry numbers or personal details.

    The page shows the score beside the summary, and personal details have no place in it;
    when no sentence is left, the offline analysis's `fallback` stands in.
    """
    first = next((ln.strip() for ln in resume.splitlines() if ln.strip()), "")
    name = first[: privacy.name_length(first)]
    found = sentences(text.strip())
    kept = [s for s in found if not any(c.isdigit() for c in s) and not _private(s, name)]
    return " ".join(kept) or fallback


def _repeated(report: Report) -> bool:
    """True when two items quote one line beside other quotes. A line may also be the only
    quote of other items: an item met through a line another item quotes still shows it."""
    besides = Counter()  # per quote, the items that quote it beside another quote
    alone = Counter()
    for r in report.requirements:
        for q in r.evidence:
            (alone if len(r.evidence) == 1 else besides)[q] += 1
    return any(besides[q] + alone[q] > 1 and besides[q] > 1 for q in besides | alone)


def report_problems(report: Report) -> list[str]:
    """Every way an offline report's prose falls short of its shape (empty when sound)."""
    problems = [f"summary {p}" for p in summary_problems(report.summary)]
    if not any(p in report.summary for p in RELATION_PHRASES):
        problems.append("summary names no field relation")
    quotes = [q for r in report.requirements for q in r.evidence]
    if _repeated(report):
        problems.append("evidence quotes a line twice")
    if any(dangling(q, quote=True) for q in quotes):
        problems.append("evidence cut mid-phrase")
    if not all(map(telling, quotes)):
        problems.append("evidence says nothing on its own")
    if any(dangling(q, quote=True) for s in report.suggestions for q in _quoted(s)):
        problems.append("suggestion quotes a cut phrase")
    return problems
