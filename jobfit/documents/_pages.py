"""Drop what a PDF prints on every page rather than in the text: page numbers, running heads."""

from __future__ import annotations

from collections import Counter

# Only lines this close to a page's top or bottom can be page furniture; body text is left alone.
EDGE = 3
PAGE_WORDS = {"page", "p.", "pg", "pg.", "seite", "página", "pagina"}


def drop_page_furniture(pages: list[str]) -> list[str]:
    """Remove page markers ("1/2", "Page 1 of 2", "- 1 -") and lines repeated at page edges."""
    split = [page.split("\n") for page in pages]
    edges = [_edge_indexes(lines) for lines in split]
    # A running head or foot recurs at the edges of most pages; its first appearance is kept.
    seen: Counter[str] = Counter()
    for lines, idx in zip(split, edges, strict=True):
        seen.update({_key(lines[i]) for i in idx})
    repeated = {k for k, n in seen.items() if k and n >= 2 and n * 2 > len(pages)}
    kept_once: set[str] = set()
    out = []
    for number, (lines, idx) in enumerate(zip(split, edges, strict=True), start=1):
        drop = set()
        for i in idx:
            key = _key(lines[i])
            if _is_marker(lines[i], number):
                drop.add(i)
            elif key in repeated:
                if key in kept_once:
                    drop.add(i)
                kept_once.add(key)
        out.append("\n".join(line for i, line in enumerate(lines) if i not in drop).strip("\n"))
    return out


def _edge_indexes(lines: list[str]) -> list[int]:
    """Indexes of the first and last EDGE non-blank lines of a page."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:EDGE] + filled[-EDGE:]))


def _key(line: str) -> str:
    """A line with its digits masked, so "Jane Doe, page 2" recurs as "Jane Doe, page 3"."""
    text = " ".join(line.lower().split())
    if sum(ch.isalpha() for ch in text) < 3:
        return ""  # too short to tell a running head from content
    return "".join("#" if ch.isdigit() else ch for ch in text)


def _is_marker(line: str, number: int) -> bool:
    """True for a line that is only a page number: "2", "- 2 -", "2/3", "2 of 3", "Page 2 of 3"."""
    words = line.lower().replace("/", " / ").replace("|", " ").split()
    if words and words[0] in PAGE_WORDS:
        words = words[1:]
    if len(words) == 3 and words[0] == "-" and words[2] == "-":
        words = words[1:2]  # "- 2 -"
    if len(words) == 1:
        return _number(words[0]) == number
    if len(words) == 3 and words[1] in {"/", "of", "von", "de"}:
        page, total = _number(words[0]), _number(words[2])
        return page is not None and total is not None and 0 < page <= total
    return False


def _number(word: str) -> int | None:
    # ASCII only and short: int() refuses some Unicode digits and very long digit strings.
    return int(word) if word.isascii() and word.isdigit() and len(word) <= 4 else None
