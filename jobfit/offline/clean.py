"""The one normalisation every text gets before analysis, so no pattern meets a long space run."""

from __future__ import annotations

import re

# Everything str.splitlines() breaks on becomes "\n", so line-based and offset-based code agree.
BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Half an emoji (a lone surrogate) cannot be encoded as UTF-8: it would fail on the way out.
SURROGATES = re.compile("[\ud800-\udfff]")
# Control characters that are neither spaces nor line breaks separate words, as a space does.
CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f]")
# Two or more spaces of any kind on one line; a single tab or no-break space stays as written.
SPACE_RUNS = re.compile(r"[^\S\n]{2,}")
# Two or more blank lines (a blank line may hold one space once runs are squeezed).
BLANK_RUNS = re.compile(r"\n(?:[^\S\n]?\n)+")


def normalise(text: str) -> str:
    """`text` with one kind of line break, single spaces, at most one blank line in a row."""
    text = SURROGATES.sub("\ufffd", CONTROLS.sub(" ", BREAKS.sub("\n", text)))
    return BLANK_RUNS.sub("\n\n", SPACE_RUNS.sub(" ", text))
