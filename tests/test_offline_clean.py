"""The one normalisation: its fast paths give what the full substitutions give."""

from __future__ import annotations

import sys

import pytest

from jobfit.offline import clean
from jobfit.offline.clean import normalise


def _in_full(text: str) -> str:
    """normalise() as every substitution, run on every text."""
    text = clean.BREAKS.sub("\n", text)
    text = clean.SURROGATES.sub("\ufffd", clean.CONTROLS.sub(" ", text))
    return clean.BLANK_RUNS.sub("\n\n", clean.SPACE_RUNS.sub(" ", text))


def test_the_odd_characters_are_those_the_three_substitutions_replace():
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        replaced = any(p.search(c) for p in (clean.BREAKS, clean.CONTROLS, clean.SURROGATES))
        assert bool(clean._ODD.search(c)) is replaced, hex(code)


def test_every_pair_of_ascii_characters_normalises_as_in_full():
    ascii_chars = [chr(c) for c in range(128)]
    for a in ascii_chars:
        for b in ascii_chars:
            assert normalise(a + b) == _in_full(a + b), (a, b)


@pytest.mark.parametrize(
    "text",
    [
        "a\tb\t\tc",
        "a \x1fb",
        "a\x1f\x1fb",
        "a\u00a0 b",
        "a\u2003\u2003b",
        "caf\u00e9  au lait",
        "one two\n\n\n\nthree",
        "x\r\n\r\n\r\ny  z",
        "plain text, single spaces\nand lines",
    ],
)
def test_normalise_is_the_full_substitutions(text):
    assert normalise(text) == _in_full(text)
