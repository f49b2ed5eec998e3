"""Whether a PDF nests dictionaries and arrays too deeply, told before pypdf parses any of it."""

from __future__ import annotations

from itertools import accumulate

# pypdf reads a nested object by recursion and, when Python's recursion limit stops it, goes on
# from where it was, one logged warning per level: 3.6 MB of "<< /A " took 8 s to fail, before
# any budget check could run. Real PDFs nest a dozen levels; 100 brackets is far past that.
MAX_DEPTH = 100
_STEP = {ord("<"): 1, ord("["): 1, ord(">"): -1, ord("]"): -1}
_OTHERS = bytes(b for b in range(256) if b not in _STEP)


def too_deep(data: bytes) -> bool:
    """Whether open '<' and '[' outside stream data run past MAX_DEPTH ('<<' counts two)."""
    # Each piece but the last ends in stream data, which starts at its last "stream": taking the
    # first would let a "(stream)" string hide the nesting after it.
    *pieces, last = data.split(b"endstream")
    syntax = [_before_stream(piece) for piece in pieces] + [last]
    brackets = b"".join(syntax).translate(None, _OTHERS)
    # Most files have few brackets outside their streams: no need to walk them.
    return len(brackets) > MAX_DEPTH and max(accumulate(_STEP[b] for b in brackets)) > MAX_DEPTH


def _before_stream(piece: bytes) -> bytes:
    at = piece.rfind(b"stream")
    return piece if at < 0 else piece[:at]
