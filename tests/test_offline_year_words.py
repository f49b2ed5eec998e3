"""Totals of years in words, found from the year words alone, as a scan of every word found them."""

import random

from jobfit.offline.years import _NUMBERS, _YEAR_WORDS, _number, word_totals


def _every_word(text: str) -> list[tuple[float, int]]:
    """word_totals as first written: every word of the text visited in Python."""
    out = []
    low = text.lower()
    tokens = low.replace("(", " ").replace(")", " ").split()
    at = 0
    for i, token in enumerate(tokens):
        at = low.find(token, at) + len(token)
        word = token.rstrip(".,;:'")
        scale = _YEAR_WORDS.get(word)
        if scale is None or not i:
            continue
        before = tokens[i - 1]
        if before.isdigit() and i >= 2 and _number(tokens[i - 2]) == int(before):
            before = tokens[i - 2]
        if before.isdigit() and scale == 1:
            continue
        value = _number(before.rstrip("+"))
        if value is None and word == "decades":
            value = 2
        if value is not None:
            out.append((float(value * scale), at))
    return out


def test_word_totals_read_from_the_year_words_find_what_every_word_found():
    rng = random.Random(8)
    words = [*_NUMBERS, *_YEAR_WORDS, "(5)", "5", "25", "twenty-five", "exp", "of", ".", ",", "("]
    for _ in range(3000):
        text = "".join(
            rng.choice(words) + rng.choice([" ", "  ", "\n", "\t", ", ", ". ", "("])
            for _ in range(rng.randint(1, 14))
        )
        assert word_totals(text) == _every_word(text), text


def test_word_totals():
    assert word_totals("Ten years of experience; over a decade in sales.") == [
        (10.0, 9),
        (10.0, 38),
    ]
    assert word_totals("Five (5) years as a nurse") == [(5.0, 14)]
    assert word_totals("5 years") == []
