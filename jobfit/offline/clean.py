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
# Every character BREAKS, CONTROLS or SURROGATES replace: most texts hold none, and one search
# for them costs a third of the three substitutions (normalise runs on every text, every pair).
_ODD = re.compile("[\x00-\x08\x0b-\x1e\x7f\x85\u2028\u2029\ud800-\udfff]")


def normalise(text: str) -> str:
    """`text` with one kind of line break, single spaces, at most one blank line in a row."""
    if _ODD.search(text):
        text = SURROGATES.sub("\ufffd", CONTROLS.sub(" ", BREAKS.sub("\n", text)))
    # Once _ODD's are gone, an ASCII text's only spaces but " " are tabs and "\x1f" (a test
    # checks every pair): without them, a run is "  ", which str methods find far faster.
    if "  " in text or not text.isascii() or "\t" in text or "\x1f" in text:
        text = SPACE_RUNS.sub(" ", text)
    return BLANK_RUNS.sub("\n\n", text)
