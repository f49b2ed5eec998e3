"""Posting lines about applying, pay, benefits or the agency, which ask the candidate nothing."""

from __future__ import annotations

# Phrases of such lines, matched on the line lower-cased with punctuation turned to spaces
# (plain `in` tests: linear). "Please email your resume", "No fees for you", "401k", "EOE".
_CUES = (
    " email your resume",
    " send your resume",
    " submit your resume",
    " your resume to ",
    " resume to us ",
    " apply now ",
    " apply online ",
    " apply today ",
    " click apply ",
    " to apply ",
    " please apply ",
    " please email ",
    " please send ",
    " please submit ",
    " in confidence ",
    " confidentiality is assured ",
    " no fees ",
    " 401k ",
    " 401 k ",
    " paid time off ",
    " health insurance ",
    " dental insurance ",
    " vision insurance ",
    " benefits package ",
    " competitive salary ",
    " competitive pay ",
    " competitive wage ",
    " sign on bonus ",
    " equal opportunity ",
    " eoe ",
    " affirmative action ",
    " without regard to ",
    " following positions ",
    " positions available ",
    " our client ",
    " our clients ",
    " we represent ",
)
# Words that make a line ask something of the candidate, whatever else it says.
_ASKS = (
    " must ",
    " required ",
    " requires ",
    " experience ",
    " years ",
    " degree ",
    " certified ",
    " certification ",
    " license ",
    " licence ",
    " ability ",
    " able to ",
    " knowledge ",
    " skills ",
)
_PUNCTUATION = str.maketrans(
    {c: " " for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u2013\u2014\u2022"}
)


def is_boilerplate(line: str) -> bool:
    """True for a line about applying, pay, benefits or the agency that asks nothing itself."""
    text = " ".join(line.lower().translate(_PUNCTUATION).split()).join("  ")
    return any(c in text for c in _CUES) and not any(a in text for a in _ASKS)
