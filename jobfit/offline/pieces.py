"""A resume's pieces as the screening reads them: verbatim and scanned text, tokens, and what
the checks count in them, each read once."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from jobfit.offline import gaming
from jobfit.offline.text import EDGE, STOP_WORDS, Token, content_stems, meant_stems


class once:  # lower case: a decorator, like the cached_property it stands for
    """functools.cached_property without its lock: read on first use, then kept on the piece.

    A resume makes hundreds of pieces; the lock cost more than most of what they read (3.11).
    """

    def __init__(self, read: Callable[[Any], Any]) -> None:
        self.read = read
        self.name = read.__name__

    def __get__(self, piece: Any, owner: type | None = None) -> Any:
        if piece is None:
            return self
        value = piece.__dict__[self.name] = self.read(piece)
        return value


@dataclass
class Piece:
    """A verbatim piece of the resume, its scanned text and its tokens."""

    text: str  # verbatim
    scan: str  # personal details blanked
    quotable: bool
    tokens: list[Token]

    # What every check reads from the tokens, read as the piece is made: a prepared resume
    # keeps it for every job. What only some pieces need is read on first use (below).
    stems: frozenset[str] = field(init=False, repr=False)  # content stems (and the segment's)
    words: list[str] = field(init=False, repr=False)  # lower-case words (drop_copied)

    def __post_init__(self) -> None:
        self.words = words = list(map(_lower, self.tokens))  # t.lower, read in C
        self.stems = frozenset(meant_stems(words))  # content_stems, from the words at hand

    # A wrapped piece's lines are pieces too, but only the lines of a piece that copies the job
    # reach drop_stuffed and drop_mirrored: the counts are read on first use, not for each line.
    @once
    def counted(self) -> list[str]:
        """The stems of its words but stop words, in their order (drop_stuffed)."""
        return [t[2] for t in self.tokens if t[0] not in STOP_WORDS and len(t[0]) > 1]

    @once
    def counts(self) -> Counter[str]:
        """The stems of `counted`, counted."""
        return Counter(self.counted)

    @once
    def size(self) -> int:
        """How many words `counts` holds."""
        return len(self.counted)

    @once
    def alpha_stems(self) -> frozenset[str]:
        """Every word of letters but stop words (drop_mirrored)."""
        # "Minimum, Qualifications, Preferred" are the posting's too.
        return frozenset([t[2] for t in self.tokens if t[0] not in STOP_WORDS and t[0].isalpha()])

    @once
    def lines(self) -> list[Piece]:
        """The lines a wrapped piece joined, each a piece of its own; a one-line piece itself.

        Kept on the piece: a prepared resume splits its pieces once, not once per job.
        """
        if "\n" not in self.scan:
            return [self]
        return [
            # Each line's tokens moved to the line's start (not tokenised again).
            Piece(self.text[a:b], self.scan[a:b], self.quotable, [_moved(t, a) for t in tokens])
            for a, b, tokens in self._spans()
        ]

    @once
    def line_reads(self) -> list[tuple[int, frozenset[str], list[str]]]:
        """What drop_copied reads of each of `lines`: its word count, content stems and run of
        content words (gaming.content_run), read without making the lines (most stay whole)."""
        if "\n" not in self.scan:
            run = gaming.content_run([t[2] for t in self.tokens], self.stems)
            return [(len(self.words), self.stems, run)]
        out = []
        for _, _, tokens in self._spans():
            stems = frozenset(content_stems("", tokens))  # read from the tokens alone
            out.append((len(tokens), stems, gaming.content_run([t[2] for t in tokens], stems)))
        return out

    def _spans(self) -> list[tuple[int, int, list[Token]]]:
        """Where each line of a wrapped piece starts and ends in `scan`, and its tokens."""
        out, start, tokens, k = [], 0, self.tokens, 0
        for line in self.scan.split("\n"):
            a, b = start + len(line) - len(line.lstrip(EDGE)), start + len(line.rstrip(EDGE))
            if b > a:
                # No token holds an edge character or a line break: the line's tokens are the
                # piece's between a and b.
                j = k
                while j < len(tokens) and tokens[j][4] <= b:
                    j += 1
                out.append((a, b, tokens[k:j]))
                k = j
            start += len(line) + 1
        return out


_lower = itemgetter(0)  # t.lower of a Token
_token = tuple.__new__  # a Token without NamedTuple's Python-level __new__ (text._new_token)


def _moved(t: Token, a: int) -> Token:
    return _token(Token, (t[0], t[1], t[2], t[3] - a, t[4] - a))
