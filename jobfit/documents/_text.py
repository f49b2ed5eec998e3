"""Plain-text decoding and the clean-up every extracted text goes through."""

from __future__ import annotations

import codecs
import re
import unicodedata

_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
# Symbol and Wingdings bullets land in the private use area; keep them as bullets before
# the rest of that area (icon fonts) is dropped.
_PUA_BULLETS = str.maketrans(dict.fromkeys("\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06c\uf0a8", "•"))
_PUA = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")
# Zero-width characters and soft hyphens split keywords invisibly; control characters are noise.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile("[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_BULLET_START = re.compile(r"^[●▪■◦‣∙⁃◆♦➢➤►▶✓✔]\s*", re.MULTILINE)
_CID = re.compile(r"\(cid:\d+\)")
_HYPHEN_BREAK = re.compile(r"([a-z]{2})-\n([a-z])")
_BLANK_RUNS = re.compile(r"\n{3,}")
# Half an emoji (a lone surrogate, as a PDF string can hold) cannot be encoded as UTF-8 JSON.
_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_text(text: str, *, dehyphenate: bool = False) -> str:
    """Normalise extracted text: ligatures, icon junk, invisible characters, bullets, spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.translate(_LIGATURES).translate(_PUA_BULLETS)
    text = _PUA.sub("", text)
    text = _CID.sub("", text)
    text = _INVISIBLE.sub("", text)
    text = _SURROGATES.sub("\ufffd", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BULLET_START.sub("• ", text)
    if dehyphenate:
        # Line-end hyphenation from PDF layout ("Devel-\noping"); the rest of the line moves up.
        text = _HYPHEN_BREAK.sub(r"\1\2", text)
    return _BLANK_RUNS.sub("\n\n", text).strip()


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes) -> str | None:
    """Decode a text file (UTF-8/16/32 with a BOM, UTF-8, else cp1252), or None if binary."""
    text = _decode(data)
    return text if text is not None and _looks_like_text(text) else None


def _decode(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # cp1252 leaves five bytes undefined; latin-1 maps them, so one stray byte does not fail a file.
    if any(byte in data for byte in b"\x81\x8d\x8f\x90\x9d"):
        return data.decode("latin-1")
    return data.decode("cp1252")


def _looks_like_text(text: str) -> bool:
    # Binary junk decodes to control, unassigned and surrogate code points; prose has almost none.
    sample = text[:65536]
    junk = sum(
        1 for char in sample if char not in "\t\n\r\f" and unicodedata.category(char) in _JUNK
    )
    return junk <= max(2, len(sample) // 100)


_JUNK = {"Cc", "Cn", "Cs", "Co"}
